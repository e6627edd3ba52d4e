using RelationshipKit.Bonds;

namespace RelationshipKit.Tests.Bonds;

public partial class BondClassifierTests
{
    /// <summary>Voluntary, emotional, positive, intense, enduring: the committed partnership of Bollen &amp; Emes (2008) and Fournier (1998).</summary>
    private static readonly BondProfile PartnershipProfile = BondProfile.Empty
        .WithScore(BondDimension.Voluntariness, 0.9)
        .WithScore(BondDimension.Basis, 0.8)
        .WithScore(BondDimension.Affect, 0.8)
        .WithScore(BondDimension.Intensity, 0.7)
        .WithScore(BondDimension.Duration, 0.9)
        .WithScore(BondDimension.SwitchingEase, -0.5);

    /// <summary>Forced, low emotion: the marriage of convenience of Bollen &amp; Emes (2008) (tax office, vehicle registry).</summary>
    private static readonly BondProfile ConvenienceProfile = BondProfile.Empty
        .WithScore(BondDimension.Voluntariness, -0.8)
        .WithScore(BondDimension.Basis, -0.8)
        .WithScore(BondDimension.Affect, 0.0)
        .WithScore(BondDimension.Intensity, -0.5)
        .WithScore(BondDimension.CategoryInvolvement, -0.7)
        .WithScore(BondDimension.Engagement, -0.5);

    private static BondArchetypeCatalog TwoArchetypes() => new(
    [
        new BondArchetype("rational", "Rational", "", [new(BondDimension.Basis, -1), new(BondDimension.Voluntariness, -1)], ""),
        new BondArchetype("emotional", "Emotional", "", [new(BondDimension.Basis, 1), new(BondDimension.Voluntariness, 1)], ""),
    ]);

    [Fact]
    public void Classify_CommittedPartnershipProfile_IsCommittedPartnership_BollenEmes2008()
    {
        var result = BondClassifier.Default.Classify(PartnershipProfile);
        result.HasMatch.Should().BeTrue();
        result.Best!.Archetype.Id.Should().Be(FournierArchetypes.CommittedPartnership);
        result.Best.Rank.Should().Be(1);
        result.Best.Confidence.Should().BeGreaterThan(result.Matches[1].Confidence);
    }

    [Fact]
    public void Classify_ForcedLowEmotionProfile_IsMarriageOfConvenience_BollenEmes2008()
    {
        var result = BondClassifier.Default.Classify(ConvenienceProfile);
        result.Best!.Archetype.Id.Should().Be(FournierArchetypes.MarriageOfConvenience);
        result.Best.Confidence.Should().BeGreaterThan(0.5);
    }

    public static TheoryData<string> FournierIds => [.. BondArchetypeCatalog.Fournier.Archetypes.Select(a => a.Id)];

    [Theory]
    [MemberData(nameof(FournierIds))]
    public void Classify_EachFournierSignature_RanksItsOwnArchetypeFirst(string id)
    {
        var archetype = BondArchetypeCatalog.Fournier.Get(id);
        var best = BondClassifier.Default.Classify(archetype.SignatureProfile).Best!;
        best.Archetype.Should().BeSameAs(archetype);
        best.Distance.Should().Be(0);
        best.Coverage.Should().Be(1);
        best.MissingDimensions.Should().BeEmpty();
    }

    [Fact]
    public void Classify_RanksAllComparedArchetypes_ConfidencesSumToOne()
    {
        var result = BondClassifier.Default.Classify(PartnershipProfile);
        result.Matches.Should().HaveCount(15);
        result.NotCompared.Should().BeEmpty();
        result.Matches.Select(m => m.Rank).Should().Equal(Enumerable.Range(1, 15));
        result.Matches.Select(m => m.Distance).Should().BeInAscendingOrder();
        result.Matches.Select(m => m.Confidence).Should().BeInDescendingOrder();
        result.Matches.Sum(m => m.Confidence).Should().BeApproximately(1.0, 1e-12);
        result.Matches.Should().OnlyContain(m => m.Distance >= 0 && m.Distance <= 1 && m.Coverage > 0 && m.Coverage <= 1);
        result.Profile.Should().BeSameAs(PartnershipProfile);
        result.ToString().Should().Be(result.Best!.ToString());
    }

    [Fact]
    public void Classify_DistanceAndConfidence_FollowTheDocumentedFormulas()
    {
        // One archetype at basis=1 (weight 1), voluntariness=0 (weight 3); the other at the profile itself.
        var catalog = new BondArchetypeCatalog(
        [
            new BondArchetype("far", "Far", "", [new(BondDimension.Basis, 1), new(BondDimension.Voluntariness, 0, 3)], ""),
            new BondArchetype("near", "Near", "", [new(BondDimension.Basis, 0), new(BondDimension.Voluntariness, 0)], ""),
        ]);
        var profile = BondProfile.Empty.WithScore(BondDimension.Basis, 0).WithScore(BondDimension.Voluntariness, 0);
        var result = new BondClassifier(catalog, 0.25).Classify(profile);

        var far = result.Matches[1];
        far.Archetype.Id.Should().Be("far");
        var expectedDistance = 0.5 * Math.Sqrt(((1 * 1.0) + (3 * 0.0)) / (1 + 3)); // ½·√(Σw·diff² / Σw) = 0.25
        far.Distance.Should().Be(expectedDistance);
        far.Distance.Should().Be(0.25);
        var expectedConfidence = Math.Exp(-0.25 / 0.25) / (1 + Math.Exp(-0.25 / 0.25));
        far.Confidence.Should().BeApproximately(expectedConfidence, 1e-15);
        result.Matches[0].Confidence.Should().BeApproximately(1 - expectedConfidence, 1e-15);
        far.Contributions.Should().Equal(
            new BondDimensionContribution(BondDimension.Voluntariness, 0, 0, 3, 0),
            new BondDimensionContribution(BondDimension.Basis, 0, 1, 1, 1));
    }

    [Fact]
    public void Classify_MissingDimensions_AreLeftOutNotTreatedAsZero()
    {
        var partial = BondProfile.Empty.WithScore(BondDimension.Voluntariness, 0.9).WithScore(BondDimension.Basis, 0.8);
        var match = BondClassifier.Default.Classify(partial).Matches.Single(m => m.Archetype.Id == FournierArchetypes.CommittedPartnership);
        match.Distance.Should().Be(0, "both scored dimensions equal the signature; the missing ones are not zeros");
        match.Contributions.Select(c => c.Dimension).Should().Equal(BondDimension.Voluntariness, BondDimension.Basis);
        match.MissingDimensions.Should().HaveCount(10).And.NotContain([BondDimension.Voluntariness, BondDimension.Basis]);
        match.Coverage.Should().BeApproximately(4.0 / 14.0, 1e-15, "weights 2 + 2 of a total of 14");
    }

    [Fact]
    public void Classify_Explanation_ListsCloseFarAndNotScoredDimensions()
    {
        var profile = BondProfile.Empty.WithScore(BondDimension.Voluntariness, 0.5).WithScore(BondDimension.Basis, -0.9).WithScore(BondDimension.Affect, 0.4);
        var catalog = new BondArchetypeCatalog(
        [
            new BondArchetype("partner", "Partner", "", [new(BondDimension.Voluntariness, 0.9), new(BondDimension.Basis, 0.8), new(BondDimension.Duration, 0.9)], ""),
        ]);
        var match = new BondClassifier(catalog).Classify(profile).Best!;
        match.Explanation.Should().Be("Close on voluntariness (0.50 vs 0.90). Far on basis (-0.90 vs 0.80). Not scored: duration.");
        match.Contributions.Sum(c => c.Share).Should().BeApproximately(1, 1e-12);
        match.Confidence.Should().Be(1);
        match.ToString().Should().Be("1. partner (confidence 1)");
    }

    [Fact]
    public void Classify_EmptyProfile_IsAResultWithNoMatch()
    {
        var result = BondClassifier.Default.Classify(BondProfile.Empty);
        result.HasMatch.Should().BeFalse();
        result.Best.Should().BeNull();
        result.Matches.Should().BeEmpty();
        result.NotCompared.Should().HaveCount(15);
        result.TryGetMatch(FournierArchetypes.Fling, out _).Should().BeFalse();
        result.ToString().Should().Be("no archetype could be compared with the profile");
    }

    [Fact]
    public void Classify_ArchetypeWithoutSharedDimension_IsNotCompared()
    {
        var catalog = new BondArchetypeCatalog(
        [
            new BondArchetype("public", "Public", "", [new(BondDimension.Visibility, 1)], ""),
            new BondArchetype("warm", "Warm", "", [new(BondDimension.Affect, 1)], ""),
        ]);
        var result = new BondClassifier(catalog).Classify(BondProfile.Empty.WithScore(BondDimension.Affect, -1));
        result.Matches.Select(m => m.Archetype.Id).Should().Equal("warm");
        result.NotCompared.Select(a => a.Id).Should().Equal("public");
        result.Best!.Distance.Should().Be(1);
        result.Best.Confidence.Should().Be(1);
    }

    [Fact]
    public void Classify_Ties_GoToHigherCoverageThenCatalogOrder()
    {
        var catalog = new BondArchetypeCatalog(
        [
            new BondArchetype("first", "First", "", [new(BondDimension.Basis, 0.5), new(BondDimension.Duration, 1)], ""),
            new BondArchetype("second", "Second", "", [new(BondDimension.Basis, 0.5)], ""),
            new BondArchetype("third", "Third", "", [new(BondDimension.Basis, 0.5)], ""),
        ]);
        var result = new BondClassifier(catalog).Classify(BondProfile.Empty.WithScore(BondDimension.Basis, 0.5));
        result.Matches.Select(m => m.Archetype.Id).Should().Equal("second", "third", "first");
        result.Matches.Select(m => m.Confidence).Should().OnlyContain(c => Math.Abs(c - (1.0 / 3)) < 1e-15);
    }

    [Fact]
    public void Classify_TinyTemperature_NeverProducesNaN()
    {
        var result = new BondClassifier(BondArchetypeCatalog.Fournier, double.Epsilon).Classify(PartnershipProfile);
        result.Matches.Should().OnlyContain(m => double.IsFinite(m.Confidence));
        result.Best!.Confidence.Should().Be(1);
        result.Matches[1].Confidence.Should().Be(0);
    }

    [Fact]
    public void Classify_Null_Throws()
    {
        var act = () => BondClassifier.Default.Classify(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("profile");
    }

    [Fact]
    public void Ctor_Defaults()
    {
        BondClassifier.Default.Catalog.Should().BeSameAs(BondArchetypeCatalog.Fournier);
        BondClassifier.Default.Temperature.Should().Be(0.1);
        new BondClassifier(TwoArchetypes()).Temperature.Should().Be(BondClassifier.DefaultTemperature);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Ctor_TemperatureNotPositive_Throws(double temperature)
    {
        var act = () => new BondClassifier(BondArchetypeCatalog.Fournier, temperature);
        var text = temperature.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"temperature must be a finite number > 0; was {text}. (Parameter 'temperature')\nActual value was {text}.");
    }

    [Fact]
    public void Ctor_NullCatalog_Throws()
    {
        var act = () => new BondClassifier(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("catalog");
    }

    [Fact]
    public void Advise_ConvenienceToPartnership_RaisesEmotionalAttachmentAndVoluntariness_BollenEmes2008()
    {
        var convenience = BondArchetypeCatalog.Fournier.Get(FournierArchetypes.MarriageOfConvenience).SignatureProfile;
        var advice = BondClassifier.Default.Advise(convenience, FournierArchetypes.CommittedPartnership);

        advice.Outcome.Should().Be(BondAdviceOutcome.Reachable);
        advice.Target.Id.Should().Be(FournierArchetypes.CommittedPartnership);
        var basis = advice.Changes.Should().ContainSingle(c => c.Dimension == BondDimension.Basis).Subject;
        basis.IsRaise.Should().BeTrue();
        basis.TowardPole.Should().Be("emotional");
        var voluntariness = advice.Changes.Should().ContainSingle(c => c.Dimension == BondDimension.Voluntariness).Subject;
        voluntariness.IsRaise.Should().BeTrue();
        voluntariness.TowardPole.Should().Be("voluntary");
        advice.AdvisedClassification.Best!.Archetype.Id.Should().Be(FournierArchetypes.CommittedPartnership);
        advice.CurrentClassification.Best!.Archetype.Id.Should().Be(FournierArchetypes.MarriageOfConvenience);
        advice.Profile.Should().Be(convenience);
        advice.Explanation.Should().StartWith("To make Committed partnership the best match, raise voluntariness from -0.70 to 0.90 (toward voluntary), raise basis from -0.80 to 0.80 (toward emotional)");
    }

    [Fact]
    public void Advise_ForcedLowEmotionProfileToPartnership_RaisesEmotionalAttachmentAndVoluntariness_BollenEmes2008()
    {
        var advice = BondClassifier.Default.Advise(ConvenienceProfile, FournierArchetypes.CommittedPartnership);
        advice.Outcome.Should().Be(BondAdviceOutcome.Reachable);
        advice.Changes.Should().Contain(c => c.Dimension == BondDimension.Basis && c.IsRaise);
        advice.Changes.Should().Contain(c => c.Dimension == BondDimension.Voluntariness && c.IsRaise);
        advice.AdvisedClassification.Best!.Archetype.Id.Should().Be(FournierArchetypes.CommittedPartnership);
    }

    [Fact]
    public void Advise_MovesTheFewestDimensions_TheLeastDistance()
    {
        // Profile at basis = voluntariness = -0.2 is nearer "rational". One dimension suffices to reach "emotional"
        // when it passes 0.2; both dimensions cost the same, so the earlier one (voluntariness) is chosen, and the
        // first 1/20 step past 0.2 is 7/20 of the way: -0.2 + 0.35 · 1.2 = 0.22.
        var profile = BondProfile.Empty.WithScore(BondDimension.Basis, -0.2).WithScore(BondDimension.Voluntariness, -0.2);
        var advice = new BondClassifier(TwoArchetypes()).Advise(profile, "emotional");
        advice.Outcome.Should().Be(BondAdviceOutcome.Reachable);
        advice.Changes.Should().Equal(new BondChange(BondDimension.Voluntariness, -0.2, 0.22));
        advice.AdvisedProfile.Should().Be(profile.WithScore(BondDimension.Voluntariness, 0.22));
        advice.AdvisedClassification.Best!.Archetype.Id.Should().Be("emotional");
        advice.Explanation.Should().Be(
            "To make Emotional the best match, raise voluntariness from -0.20 to 0.22 (toward voluntary). It is ranked 2 now (confidence 0.12) and would be ranked 1 (confidence 0.52).");
    }

    public static TheoryData<string, string> FournierPairs
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var from in BondArchetypeCatalog.Fournier.Archetypes)
            {
                foreach (var to in BondArchetypeCatalog.Fournier.Archetypes.Where(a => a != from))
                {
                    data.Add(from.Id, to.Id);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(FournierPairs))]
    public void Advise_BetweenAnyTwoFournierSignatures_MakesTheTargetTheBestMatch(string from, string to)
    {
        var profile = BondArchetypeCatalog.Fournier.Get(from).SignatureProfile;
        var advice = BondClassifier.Default.Advise(profile, to);
        advice.Outcome.Should().Be(BondAdviceOutcome.Reachable);
        advice.Changes.Should().NotBeEmpty();
        advice.AdvisedClassification.Best!.Archetype.Id.Should().Be(to);
        advice.AdvisedProfile.Should().Be(advice.Changes.Aggregate(profile, (p, c) => p.WithScore(c.Dimension, c.To)));
        var target = BondArchetypeCatalog.Fournier.Get(to).SignatureProfile;
        foreach (var change in advice.Changes)
        {
            var goal = target.GetScore(change.Dimension);
            Math.Abs(goal - change.To).Should().BeLessThan(Math.Abs(goal - change.From), "every move heads toward the target's signature");
        }
    }

    [Fact]
    public void Advise_TargetAlreadyBest_NeedsNoChange()
    {
        var advice = BondClassifier.Default.Advise(PartnershipProfile, FournierArchetypes.CommittedPartnership);
        advice.Outcome.Should().Be(BondAdviceOutcome.AlreadyBestMatch);
        advice.Changes.Should().BeEmpty();
        advice.AdvisedProfile.Should().BeSameAs(PartnershipProfile);
        advice.AdvisedClassification.Should().BeSameAs(advice.CurrentClassification);
        advice.Explanation.Should().MatchRegex(@"^Committed partnership is already the best match \(confidence 0\.\d\d\); no change is needed\.$");
        advice.ToString().Should().Be(advice.Explanation);
    }

    [Fact]
    public void Advise_NoSharedDimension_IsUnreachable()
    {
        var catalog = new BondArchetypeCatalog(
        [
            new BondArchetype("public", "Public", "", [new(BondDimension.Visibility, 1), new(BondDimension.Formality, 1)], ""),
            new BondArchetype("warm", "Warm", "", [new(BondDimension.Affect, 1)], ""),
        ]);
        var advice = new BondClassifier(catalog).Advise(BondProfile.Empty.WithScore(BondDimension.Affect, -1), "public");
        advice.Outcome.Should().Be(BondAdviceOutcome.Unreachable);
        advice.Changes.Should().BeEmpty();
        advice.Explanation.Should().Be("The profile scores none of the dimensions in the signature of public (formality, visibility); score at least one of them to compare it.");
    }

    [Fact]
    public void Advise_TargetOutrankedEvenAtItsSignature_IsUnreachable()
    {
        var catalog = new BondArchetypeCatalog(
        [
            new BondArchetype("broad", "Broad", "", [new(BondDimension.Basis, 0.5)], ""),
            new BondArchetype("narrow", "Narrow", "", [new(BondDimension.Basis, 0.5), new(BondDimension.Duration, 1), new(BondDimension.Affect, 1)], ""),
        ]);
        var advice = new BondClassifier(catalog).Advise(BondProfile.Empty.WithScore(BondDimension.Basis, -0.5), "narrow");
        advice.Outcome.Should().Be(BondAdviceOutcome.Unreachable);
        advice.AdvisedProfile.Should().Be(advice.Profile);
        advice.Explanation.Should().Be(
            "No move of the dimensions the profile scores makes narrow the best match: even at its signature, broad ranks first on those dimensions. Score more of its signature's dimensions (affect, duration) to tell them apart.");
    }

    [Fact]
    public void Advise_UnknownTarget_ThrowsListingKnownIds()
    {
        var act = () => new BondClassifier(TwoArchetypes()).Advise(PartnershipProfile, "fling");
        act.Should().Throw<ArgumentException>().WithMessage("targetArchetypeId must be one of rational, emotional; was \"fling\". (Parameter 'targetArchetypeId')");
    }

    [Fact]
    public void Advise_NullArguments_Throw()
    {
        FluentActions.Invoking(() => BondClassifier.Default.Advise(null!, FournierArchetypes.Fling)).Should().Throw<ArgumentNullException>().WithParameterName("profile");
        FluentActions.Invoking(() => BondClassifier.Default.Advise(PartnershipProfile, null!)).Should().Throw<ArgumentNullException>().WithParameterName("targetArchetypeId");
    }
}
