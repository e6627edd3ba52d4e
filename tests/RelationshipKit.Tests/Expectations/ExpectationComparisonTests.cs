using RelationshipKit.Bonds;
using RelationshipKit.Expectations;
using RelationshipKit.RelationshipTypes;

namespace RelationshipKit.Tests.Expectations;

public class ExpectationComparisonTests
{
    private static readonly RelationshipExpectation Customer = new(
        RelationshipType.DedicatedPersonalAssistance,
        BondProfile.Empty
            .WithScore(BondDimension.Voluntariness, 0.9)
            .WithScore(BondDimension.Basis, 0.8)
            .WithScore(BondDimension.Affect, 0.8)
            .WithScore(BondDimension.InteractionFrequency, 0.4));

    private static readonly RelationshipExpectation Company = new(
        RelationshipType.SelfService,
        BondProfile.Empty
            .WithScore(BondDimension.Voluntariness, 0.9)
            .WithScore(BondDimension.Basis, -0.6)
            .WithScore(BondDimension.Affect, 0.2)
            .WithScore(BondDimension.Formality, 0.4));

    [Fact]
    public void Compare_WorkedExample_RanksTheMismatchesByDistance()
    {
        var comparison = ExpectationComparison.Compare(Customer, Company);

        comparison.Aspects.Select(a => (a.Kind, a.Dimension, Math.Round(a.Distance, 4), a.IsMismatch)).Should().Equal(
            (ExpectationAspectKind.BondDimension, BondDimension.Basis, 0.7, true),
            (ExpectationAspectKind.RelationshipType, (BondDimension?)null, 0.6667, true),
            (ExpectationAspectKind.BondDimension, BondDimension.Affect, 0.3, true),
            (ExpectationAspectKind.BondDimension, BondDimension.Voluntariness, 0.0, false));
        comparison.Mismatches.Should().HaveCount(3);
        comparison.NotCompared.Should().Equal(BondDimension.Formality, BondDimension.InteractionFrequency);
        comparison.IsAligned.Should().BeFalse();
        comparison.ToString().Should().Be("3 mismatches: basis (0.70), relationship type (0.67), affect (0.30)");
    }

    [Fact]
    public void Compare_DescribesBothSides()
    {
        var comparison = ExpectationComparison.Compare(Customer, Company);

        comparison.Aspects[0].Description.Should().Be(
            "basis: the customer expects emotional (0.80), the company offers rational (-0.60); distance 0.70");
        comparison.Aspects[1].Description.Should().Be(
            "relationship type: the customer expects dedicated-personal-assistance, the company offers self-service "
            + "(human contact: a named contact expected, none offered; human involvement: very high expected, none offered; "
            + "personalisation: very high expected, none offered; an ongoing relationship expected, none offered); distance 0.67");
        comparison.Aspects[1].ExpectedType.Should().Be(RelationshipType.DedicatedPersonalAssistance);
        comparison.Aspects[1].OfferedType.Should().Be(RelationshipType.SelfService);
        comparison.Aspects[0].ExpectedScore.Should().Be(0.8);
        comparison.Aspects[0].OfferedScore.Should().Be(-0.6);
        comparison.Aspects[^1].ToString().Should().Be("voluntariness: the customer expects voluntary (0.90), the company offers voluntary (0.90); distance 0.00");
    }

    [Fact]
    public void Compare_SameRelationship_IsAligned()
    {
        var comparison = ExpectationComparison.Compare(Customer, Customer);
        comparison.IsAligned.Should().BeTrue();
        comparison.Aspects.Should().OnlyContain(a => a.Distance == 0);
        comparison.Aspects[0].Description.Should().Be("relationship type: both dedicated-personal-assistance; distance 0.00");
        comparison.ToString().Should().Be("aligned on 5 aspects");
    }

    [Fact]
    public void Compare_CommunityExpectedButNotOffered_IsOneAttribute()
    {
        var comparison = ExpectationComparison.Compare(
            new RelationshipExpectation(RelationshipType.Communities, BondProfile.Empty),
            new RelationshipExpectation(RelationshipType.AutomatedServices, BondProfile.Empty));

        // communities vs automated services: involvement low vs none (1/4), personalisation low vs medium (1/4),
        // peer community expected, none offered (1): (0.25 + 0.25 + 1) / 6 = 0.25, not above the threshold.
        comparison.Aspects[0].Distance.Should().BeApproximately(0.25, 1e-12);
        comparison.IsAligned.Should().BeTrue();
    }

    [Fact]
    public void Compare_TypeOnOneSideOnly_IsNotCompared()
    {
        var comparison = ExpectationComparison.Compare(
            new RelationshipExpectation(null, BondProfile.Empty.WithScore(BondDimension.Basis, 1)),
            Company);
        comparison.Aspects.Should().ContainSingle().Which.Dimension.Should().Be(BondDimension.Basis);
        comparison.Aspects[0].Distance.Should().Be(0.8);
    }

    [Fact]
    public void Expectation_NothingExpected_Throws()
    {
        var act = () => new RelationshipExpectation(null, BondProfile.Empty);
        act.Should().Throw<ArgumentException>().WithMessage(
            "bonds must score at least one dimension when type is null; an expectation of nothing cannot be compared. (Parameter 'bonds')");
    }

    [Fact]
    public void Expectation_UndefinedType_Throws()
    {
        var act = () => new RelationshipExpectation((RelationshipType)42, BondProfile.Empty);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"type must be a defined RelationshipType value; was 42. (Parameter 'type'){Environment.NewLine}Actual value was 42.");
    }

    [Fact]
    public void Expectation_EqualityAndText()
    {
        EqualityContract.Verify(
            new RelationshipExpectation(RelationshipType.SelfService, BondProfile.Empty.WithScore(BondDimension.Basis, 0.5)),
            new RelationshipExpectation(RelationshipType.SelfService, BondProfile.Empty.WithScore(BondDimension.Basis, 0.5)),
            new RelationshipExpectation(RelationshipType.Communities, BondProfile.Empty.WithScore(BondDimension.Basis, 0.5)),
            new RelationshipExpectation(null, BondProfile.Empty.WithScore(BondDimension.Basis, 0.5)));
        Customer.ToString().Should().Be("dedicated-personal-assistance; voluntariness=0.9,basis=0.8,interaction-frequency=0.4,affect=0.8");
        new RelationshipExpectation(null, BondProfile.Empty.WithScore(BondDimension.Basis, 0.5)).ToString().Should().Be("(any type); basis=0.5");
    }

    [Fact]
    public void Compare_Null_Throws()
    {
        FluentActions.Invoking(() => ExpectationComparison.Compare(null!, Company)).Should().Throw<ArgumentNullException>().WithParameterName("expected");
        FluentActions.Invoking(() => ExpectationComparison.Compare(Customer, null!)).Should().Throw<ArgumentNullException>().WithParameterName("offered");
    }
}
