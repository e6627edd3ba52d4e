using RelationshipKit.Bonds;
using RelationshipKit.Satisfaction;
using RelationshipKit.Tests.Satisfaction;

namespace RelationshipKit.Tests;

public class RelationshipStrengthTests
{
    private static readonly string Nl = Environment.NewLine;

    public static TheoryData<string, double> FournierStrengths => new()
    {
        // (0.9 + 0.8 + 0.6 + 2·0.8 + 0.9) / 6
        { FournierArchetypes.CommittedPartnership, 0.8 },
        // (-0.7 - 0.8 - 0.6 + 2·0 + 0.6) / 6
        { FournierArchetypes.MarriageOfConvenience, -0.25 },
        // (-0.2 + 0.6 + 0.6 - 2·1.0 + 0) / 6
        { FournierArchetypes.Enmity, -1.0 / 6 },
    };

    [Theory]
    [MemberData(nameof(FournierStrengths))]
    public void From_FournierSignatures_MatchTheDocumentedFigures(string archetypeId, double expected)
    {
        BondArchetypeCatalog.Fournier.TryGet(archetypeId, out var archetype).Should().BeTrue();
        var profile = new BondProfile(archetype!.Signature.Select(t => new BondScore(t.Dimension, t.Score)));

        RelationshipStrength.From(profile).Value.Should().BeApproximately(expected, 1e-12);
    }

    [Fact]
    public void From_IgnoresStructuralDimensions()
    {
        var warm = BondProfile.Empty.WithScore(BondDimension.Affect, 0.6);
        var lockedIn = warm.WithScore(BondDimension.SwitchingEase, -1).WithScore(BondDimension.InteractionFrequency, 1).WithScore(BondDimension.Intensity, 1);

        RelationshipStrength.From(lockedIn).Should().Be(RelationshipStrength.From(warm));
        RelationshipStrength.From(warm).Value.Should().Be(0.6);
    }

    [Fact]
    public void From_WithSatisfaction_WeighsItLikeAffect()
    {
        // (2·0.5 + 2·(2·1.0 − 1)) / (2 + 2) = 0.75
        var profile = BondProfile.Empty.WithScore(BondDimension.Affect, 0.5);
        RelationshipStrength.From(profile, 1.0).Value.Should().Be(0.75);
        RelationshipStrength.From(profile, Ratings.At("c01", 0, 5)).Value.Should().Be(0.75);
    }

    [Fact]
    public void From_SatisfactionOnly_IsTheMappedSatisfaction()
    {
        RelationshipStrength.From(BondProfile.Empty, 0.25).Value.Should().Be(-0.5);
        RelationshipStrength.From(BondProfile.Empty, Ratings.At("c01", 0, 0, SatisfactionScale.ZeroToTen)).Value.Should().Be(-1.0);
    }

    [Fact]
    public void From_NoStrengthDimension_Throws()
    {
        var profile = BondProfile.Empty.WithScore(BondDimension.SwitchingEase, -0.5);
        var act = () => RelationshipStrength.From(profile);
        act.Should().Throw<ArgumentException>()
            .WithMessage("profile must score at least one of voluntariness, basis, engagement, affect or duration; it scores switching-ease=-0.5. (Parameter 'profile')");
        RelationshipStrength.TryFrom(profile, out var strength).Should().BeFalse();
        strength.Should().Be(RelationshipStrength.Neutral);
    }

    [Fact]
    public void From_EmptyProfile_SaysItScoresNothing()
    {
        var act = () => RelationshipStrength.From(BondProfile.Empty);
        act.Should().Throw<ArgumentException>()
            .WithMessage("profile must score at least one of voluntariness, basis, engagement, affect or duration; it scores nothing. (Parameter 'profile')");
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void From_SatisfactionOutsideZeroOne_Throws(double satisfaction)
    {
        var act = () => RelationshipStrength.From(BondProfile.Empty, satisfaction);
        var shown = satisfaction.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"satisfaction must be in [0, 1]; was {shown}. (Parameter 'satisfaction'){Nl}Actual value was {shown}.");
    }

    [Fact]
    public void From_NullArguments_Throw()
    {
        var fromProfile = () => RelationshipStrength.From(null!);
        fromProfile.Should().Throw<ArgumentNullException>().WithParameterName("profile");
        var fromRating = () => RelationshipStrength.From(BondProfile.Empty, (SatisfactionRating)null!);
        fromRating.Should().Throw<ArgumentNullException>().WithParameterName("satisfaction");
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Ctor_OutsideMinusOneOne_Throws(double value)
    {
        var act = () => new RelationshipStrength(value);
        var shown = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"value must be in [-1, 1]; was {shown}. (Parameter 'value'){Nl}Actual value was {shown}.");
    }

    [Fact]
    public void Default_IsNeutral()
    {
        default(RelationshipStrength).Value.Should().Be(0);
        RelationshipStrength.Neutral.ToString().Should().Be("0.00");
        new RelationshipStrength(-0.0).Should().Be(RelationshipStrength.Neutral);
    }

    [Fact]
    public void DimensionWeights_AreDocumented() =>
        RelationshipStrength.DimensionWeights.Select(p => (p.Key, p.Value)).Should().Equal(
            (BondDimension.Voluntariness, 1.0), (BondDimension.Basis, 1.0), (BondDimension.Engagement, 1.0), (BondDimension.Affect, 2.0), (BondDimension.Duration, 1.0));

    [Fact]
    public void EqualityAndOrdering_CompareTheValue()
    {
        EqualityContract.Verify(new RelationshipStrength(0.5), new RelationshipStrength(0.5), new RelationshipStrength(0.4));
        ComparisonContract.Verify(new RelationshipStrength(-0.2), new RelationshipStrength(-0.2), new RelationshipStrength(0), new RelationshipStrength(1));
    }
}
