using RelationshipKit.Bonds;

namespace RelationshipKit.Tests.Bonds;

public class BondScoreTests
{
    [Fact]
    public void Ctor_StoresDimensionAndValue()
    {
        var score = new BondScore(BondDimension.Affect, -0.25);
        score.Dimension.Should().Be(BondDimension.Affect);
        score.Value.Should().Be(-0.25);
        score.ToString().Should().Be("affect=-0.25");
    }

    [Theory]
    [InlineData(1.0000001)]
    [InlineData(-1.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Ctor_ValueOutsideMinusOneToOne_Throws(double value)
    {
        var act = () => new BondScore(BondDimension.Basis, value);
        var text = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"value must be in [-1, 1]; was {text}. (Parameter 'value')\nActual value was {text}.");
    }

    [Fact]
    public void Ctor_UndefinedDimension_Throws()
    {
        var act = () => new BondScore((BondDimension)(-1), 0.5);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("dimension must be a defined BondDimension; was -1. (Parameter 'dimension')\nActual value was -1.");
    }

    [Fact]
    public void Default_IsNeutralVoluntariness()
    {
        default(BondScore).Should().Be(new BondScore(BondDimension.Voluntariness, 0));
    }

    [Fact]
    public void Equality_DimensionAndValue()
    {
        EqualityContract.Verify(
            new BondScore(BondDimension.Basis, 0.5),
            new BondScore(BondDimension.Basis, 0.5),
            new BondScore(BondDimension.Basis, 0.6),
            new BondScore(BondDimension.Affect, 0.5),
            default);
    }

    [Fact]
    public void Equality_NegativeZeroEqualsZero()
    {
        EqualityContract.Verify(new BondScore(BondDimension.Basis, -0.0), new BondScore(BondDimension.Basis, 0.0), new BondScore(BondDimension.Basis, 0.1));
        new BondScore(BondDimension.Basis, -0.0).ToString().Should().Be("basis=0");
    }
}
