using RelationshipKit.Bonds;

namespace RelationshipKit.Tests.Bonds;

public class BondTargetTests
{
    [Fact]
    public void Ctor_DefaultWeightIsOne()
    {
        var target = new BondTarget(BondDimension.Basis, 0.8);
        target.Dimension.Should().Be(BondDimension.Basis);
        target.Score.Should().Be(0.8);
        target.Weight.Should().Be(1);
        target.ToString().Should().Be("basis=0.8");
        new BondTarget(BondDimension.Basis, 0.8, 2).ToString().Should().Be("basis=0.8×2");
    }

    [Fact]
    public void Default_HasWeightZero()
    {
        default(BondTarget).Weight.Should().Be(0);
    }

    [Fact]
    public void Ctor_ScoreOutOfRange_Throws()
    {
        var act = () => new BondTarget(BondDimension.Basis, 2);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("score must be in [-1, 1]; was 2. (Parameter 'score')\nActual value was 2.");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(10.5)]
    [InlineData(double.NaN)]
    public void Ctor_WeightOutOfRange_Throws(double weight)
    {
        var act = () => new BondTarget(BondDimension.Basis, 0.5, weight);
        var text = weight.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"weight must be in (0, 10]; was {text}. (Parameter 'weight')\nActual value was {text}.");
    }

    [Fact]
    public void Ctor_MaxWeight_IsAccepted()
    {
        new BondTarget(BondDimension.Basis, 0.5, BondTarget.MaxWeight).Weight.Should().Be(10);
    }

    [Fact]
    public void Ctor_UndefinedDimension_Throws()
    {
        var act = () => new BondTarget((BondDimension)12, 0.5, 1);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("dimension must be a defined BondDimension; was 12. (Parameter 'dimension')\nActual value was 12.");
    }

    [Fact]
    public void Equality_DimensionScoreAndWeight()
    {
        EqualityContract.Verify(
            new BondTarget(BondDimension.Basis, 0.5, 2),
            new BondTarget(BondDimension.Basis, 0.5, 2),
            new BondTarget(BondDimension.Basis, 0.5),
            new BondTarget(BondDimension.Basis, 0.4, 2),
            new BondTarget(BondDimension.Affect, 0.5, 2),
            default);
    }
}
