using RelationshipKit.Bonds;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>The code shown on docs/concepts/bonds.md, compiled and run here.</summary>
public class BondSnippets
{
    /// <summary>
    /// Stands in for <see cref="System.Console"/> so the snippets read as user code while the tests capture what they
    /// print (and never race the README test, which redirects the real console).
    /// </summary>
    private StringWriter Console { get; } = new() { NewLine = "\n" };

    private string[] Printed => Console.ToString().TrimEnd('\n').Split('\n');

    [Fact]
    public void Profile_MissingIsNotZero()
    {
        #region bond-profile
        // Scores run from -1 (the first pole) to +1 (the second):
        // voluntariness -1 imposed … +1 voluntary.
        var profile = BondProfile.Empty
            // freely chosen:
            .WithScore(BondDimension.Voluntariness, 0.9)
            // emotional attachment:
            .WithScore(BondDimension.Basis, 0.8)
            .WithScore(BondDimension.Affect, 0.8)
            .WithScore(BondDimension.Intensity, 0.7)
            .WithScore(BondDimension.Duration, 0.9);

        bool hasSymmetry = profile.TryGetScore(BondDimension.Symmetry, out _);
        // false: missing, not 0
        Console.WriteLine(profile);
        // voluntariness=0.9,basis=0.8,affect=0.8,intensity=0.7,duration=0.9
        #endregion

        hasSymmetry.Should().BeFalse();
        Printed.Should().Equal("voluntariness=0.9,basis=0.8,affect=0.8,intensity=0.7,duration=0.9");
        profile.ToString().Should().Be("voluntariness=0.9,basis=0.8,affect=0.8,intensity=0.7,duration=0.9");
    }

    [Fact]
    public void Classify_CommittedPartnership()
    {
        var profile = BondProfile.Empty
            .WithScore(BondDimension.Voluntariness, 0.9)
            .WithScore(BondDimension.Basis, 0.8)
            .WithScore(BondDimension.Affect, 0.8)
            .WithScore(BondDimension.Intensity, 0.7)
            .WithScore(BondDimension.Duration, 0.9);

        #region bond-classify
        BondClassification result = BondClassifier.Default.Classify(profile);
        foreach (BondMatch match in result.Matches.Take(3))
        {
            Console.WriteLine(
                $"{match.Rank}. {match.Archetype.DisplayName}: " +
                $"confidence {match.Confidence:0.00}, distance {match.Distance:0.00}");
        }

        Console.WriteLine(result.Best!.Explanation);
        #endregion

        result.Best.Archetype.Id.Should().Be(FournierArchetypes.CommittedPartnership);
        Printed.Should().HaveCount(4);
        Printed[0].Should().StartWith("1. Committed partnership: confidence 0.");
        Printed[3].Should().Be(result.Best.Explanation);
        result.Matches[1].Archetype.Id.Should().Be(FournierArchetypes.BestFriendship);
        result.Best.Explanation.Should().StartWith("Close on voluntariness (0.90 vs 0.90), basis (0.80 vs 0.80)");
    }

    [Fact]
    public void Advise_TaxOfficeWithVoluntarinessPinned()
    {
        #region bond-advice
        // A tax-office-like bond: no real choice, low emotional attachment
        // (seed 000, after Bollen & Emes 2008).
        var taxOffice = BondProfile.Empty
            .WithScore(BondDimension.Voluntariness, -0.7)
            .WithScore(BondDimension.Basis, -0.8)
            .WithScore(BondDimension.Engagement, -0.6)
            .WithScore(BondDimension.Affect, 0.0)
            .WithScore(BondDimension.Intensity, -0.6)
            .WithScore(BondDimension.Duration, 0.6);

        // Citizens cannot choose their tax office: hold voluntariness fixed.
        BondDimension[] pinned = [BondDimension.Voluntariness];

        var partnership = BondClassifier.Default.Advise(
            taxOffice, FournierArchetypes.CommittedPartnership, pinned);
        Console.WriteLine(partnership.Outcome);
        Console.WriteLine(partnership.Explanation);

        var kinship = BondClassifier.Default.Advise(
            taxOffice, FournierArchetypes.Kinship, pinned);
        foreach (BondChange change in kinship.Changes)
        {
            Console.WriteLine(change);
        }
        #endregion

        partnership.CurrentClassification.Best!.Archetype.Id.Should().Be(FournierArchetypes.MarriageOfConvenience);
        partnership.Outcome.Should().Be(BondAdviceOutcome.BlockedByPinned);
        partnership.ReleaseToReach.Should().Equal(BondDimension.Voluntariness);
        kinship.Outcome.Should().Be(BondAdviceOutcome.Reachable);
        kinship.Changes.Should().NotContain(c => c.Dimension == BondDimension.Voluntariness);
        Printed.Should().Equal(
            "BlockedByPinned",
            "No move of the free dimensions makes committed-partnership the best match while voluntariness is held fixed. Releasing voluntariness would make it reachable.",
            "raise basis from -0.80 to 0.46 (toward emotional)",
            "raise intensity from -0.60 to 0.12 (toward intense)");
        DocsPage.ShouldShowOutput("concepts/bonds.md", DocsPage.Wrap(string.Join('\n', Printed)));
    }

    [Fact]
    public void CustomCatalog_UserArchetype()
    {
        #region bond-custom-catalog
        var fanClub = new BondArchetype(
            id: "fan-club",
            displayName: "Fan club",
            description: "Enthusiasts who chose the brand, love it and show it.",
            signature:
            [
                new BondTarget(BondDimension.Voluntariness, 0.9),
                // weight 2: a defining dimension
                new BondTarget(BondDimension.Affect, 0.9, weight: 2),
                new BondTarget(BondDimension.Visibility, 1.0, weight: 2),
                new BondTarget(BondDimension.Engagement, 0.8),
            ],
            source: "our segmentation workshop, 2026");

        var catalog = new BondArchetypeCatalog(
            BondArchetypeCatalog.Fournier.Archetypes.Append(fanClub));
        var classifier = new BondClassifier(catalog);

        var fan = BondProfile.Empty
            .WithScore(BondDimension.Voluntariness, 1.0)
            .WithScore(BondDimension.Affect, 0.8)
            .WithScore(BondDimension.Visibility, 0.9)
            .WithScore(BondDimension.Engagement, 0.9);
        Console.WriteLine(classifier.Classify(fan).Best);
        // 1. fan-club (confidence …)
        #endregion

        classifier.Classify(fan).Best!.Archetype.Should().BeSameAs(fanClub);
        Printed.Single().Should().StartWith("1. fan-club (confidence ");
    }

    [Fact]
    public void Classify_EmptyProfile_IsAResult()
    {
        #region bond-no-match
        BondClassification nothing = BondClassifier.Default.Classify(BondProfile.Empty);
        if (!nothing.HasMatch)
        {
            Console.WriteLine("Score at least one dimension first.");
        }
        #endregion

        nothing.HasMatch.Should().BeFalse();
        Printed.Should().Equal("Score at least one dimension first.");
        nothing.Best.Should().BeNull();
    }
}
