using RelationshipKit.Bonds;

namespace RelationshipKit.Tests.Bonds;

public partial class BondClassifierTests
{
    /// <summary>The tax office of seed 000: no choice (a structural fact), low emotional attachment.</summary>
    private static readonly BondProfile TaxOffice = BondProfile.Empty
        .WithScore(BondDimension.Voluntariness, -0.7)
        .WithScore(BondDimension.Basis, -0.8)
        .WithScore(BondDimension.Engagement, -0.6)
        .WithScore(BondDimension.Affect, 0.0)
        .WithScore(BondDimension.Intensity, -0.6)
        .WithScore(BondDimension.Duration, 0.6);

    [Theory]
    [MemberData(nameof(FournierPairs))]
    public void Advise_PinnedStructure_NeverMovesAPinnedDimension(string from, string to)
    {
        var pinned = BondDimensions.InRole(BondDimensionRole.Factor).Append(BondDimension.Voluntariness).ToArray();
        var profile = BondArchetypeCatalog.Fournier.Get(from).SignatureProfile;

        var advice = BondClassifier.Default.Advise(profile, to, pinned);

        advice.Changes.Select(c => c.Dimension).Should().NotIntersectWith(pinned);
        foreach (var dimension in pinned)
        {
            advice.AdvisedProfile.TryGetScore(dimension, out var after).Should().Be(profile.TryGetScore(dimension, out var before));
            after.Should().Be(before);
        }

        advice.Pinned.Should().Equal(pinned.Order());
        switch (advice.Outcome)
        {
            case BondAdviceOutcome.Reachable:
                advice.AdvisedClassification.Best!.Archetype.Id.Should().Be(to);
                advice.ReleaseToReach.Should().BeEmpty();
                break;
            case BondAdviceOutcome.BlockedByPinned:
                advice.ReleaseToReach.Should().NotBeEmpty().And.BeSubsetOf(pinned);
                var released = advice.ReleaseTogether ? [.. pinned.Except(advice.ReleaseToReach)] : pinned.Where(d => d != advice.ReleaseToReach[0]).ToArray();
                BondClassifier.Default.Advise(profile, to, released).Outcome.Should().Be(BondAdviceOutcome.Reachable, "releasing the named dimensions makes the target reachable");
                break;
            default:
                advice.Outcome.Should().Be(BondAdviceOutcome.Unreachable);
                break;
        }
    }

    [Fact]
    public void Advise_TaxOfficeToPartnership_VoluntarinessPinned_NamesIt()
    {
        var advice = BondClassifier.Default.Advise(TaxOffice, FournierArchetypes.CommittedPartnership, [BondDimension.Voluntariness]);

        advice.Outcome.Should().Be(BondAdviceOutcome.BlockedByPinned);
        advice.Changes.Should().BeEmpty();
        advice.ReleaseToReach.Should().Equal(BondDimension.Voluntariness);
        advice.ReleaseTogether.Should().BeFalse();
        advice.AdvisedProfile.Should().BeSameAs(TaxOffice);
        advice.Explanation.Should().Be(
            "No move of the free dimensions makes committed-partnership the best match while voluntariness is held fixed. Releasing voluntariness would make it reachable.");
    }

    [Fact]
    public void Advise_TaxOfficeToKinship_VoluntarinessPinned_RaisesAttachment()
    {
        var advice = BondClassifier.Default.Advise(TaxOffice, FournierArchetypes.Kinship, [BondDimension.Voluntariness]);

        advice.Outcome.Should().Be(BondAdviceOutcome.Reachable);
        advice.Changes.Should().Equal(new BondChange(BondDimension.Basis, -0.8, 0.46), new BondChange(BondDimension.Intensity, -0.6, 0.12));
        advice.Explanation.Should().EndWith("Held fixed: voluntariness.");
    }

    [Fact]
    public void Advise_TwoPinsNeededTogether_SaysSo()
    {
        var profile = TaxOffice.WithScore(BondDimension.CategoryInvolvement, -0.8);
        var advice = BondClassifier.Default.Advise(profile, FournierArchetypes.CommittedPartnership, [BondDimension.CategoryInvolvement, BondDimension.Voluntariness]);

        advice.Outcome.Should().Be(BondAdviceOutcome.BlockedByPinned);
        advice.ReleaseToReach.Should().Equal(BondDimension.Voluntariness, BondDimension.CategoryInvolvement);
        advice.ReleaseTogether.Should().BeTrue();
        advice.Explanation.Should().Be(
            "No move of the free dimensions makes committed-partnership the best match while voluntariness and category involvement are held fixed. Releasing voluntariness and category involvement together would make it reachable.");
    }

    [Fact]
    public void Advise_NoPins_IsTheTwoArgumentAdvice() =>
        BondClassifier.Default.Advise(TaxOffice, FournierArchetypes.CommittedPartnership, []).Explanation
            .Should().Be(BondClassifier.Default.Advise(TaxOffice, FournierArchetypes.CommittedPartnership).Explanation);

    [Fact]
    public void Advise_UndefinedPin_Throws()
    {
        var act = () => BondClassifier.Default.Advise(TaxOffice, FournierArchetypes.Kinship, [(BondDimension)40]);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"pinned must be a defined BondDimension; was 40. (Parameter 'pinned'){Environment.NewLine}Actual value was 40.");
    }

    [Fact]
    public void Advise_NullPins_Throws() =>
        FluentActions.Invoking(() => BondClassifier.Default.Advise(TaxOffice, FournierArchetypes.Kinship, null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("pinned");
}
