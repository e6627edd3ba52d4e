using RelationshipKit.Benefits;
using RelationshipKit.Satisfaction;

namespace RelationshipKit.Tests.Satisfaction;

public class SatisfactionScaleTests
{
    private static readonly string Nl = Environment.NewLine;

    [Fact]
    public void FivePoint_IsTheDefault()
    {
        default(SatisfactionScale).Should().Be(SatisfactionScale.FivePoint);
        SatisfactionScale.FivePoint.Should().Be(new SatisfactionScale(1, 5));
        SatisfactionScale.FivePoint.Min.Should().Be(1);
        SatisfactionScale.FivePoint.Max.Should().Be(5);
        SatisfactionScale.FivePoint.Points.Should().Be(5);
        SatisfactionScale.FivePoint.ToString().Should().Be("1-5");
    }

    [Fact]
    public void ZeroToTen_IsTheNpsScale()
    {
        SatisfactionScale.ZeroToTen.Min.Should().Be(0);
        SatisfactionScale.ZeroToTen.Max.Should().Be(10);
        SatisfactionScale.ZeroToTen.Points.Should().Be(11);
        SatisfactionScale.ZeroToTen.ToString().Should().Be("0-10");
        SatisfactionScale.SevenPoint.ToString().Should().Be("1-7");
    }

    [Fact]
    public void FromLikert_KeepsThePoints()
    {
        SatisfactionScale.FromLikert(LikertScale.FivePoint).Should().Be(SatisfactionScale.FivePoint);
        SatisfactionScale.FromLikert(LikertScale.SevenPoint).Should().Be(SatisfactionScale.SevenPoint);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(-1)]
    public void Ctor_MinNotZeroOrOne_Throws(int min)
    {
        var act = () => new SatisfactionScale(min, 10);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"min must be 0 or 1; was {min}. (Parameter 'min'){Nl}Actual value was {min}.");
    }

    [Theory]
    [InlineData(1, 2, "[3, 10] (at least three points from min 1)")]
    [InlineData(0, 11, "[2, 10] (at least three points from min 0)")]
    public void Ctor_MaxOutOfRange_Throws(int min, int max, string range)
    {
        var act = () => new SatisfactionScale(min, max);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"max must be in {range}; was {max}. (Parameter 'max'){Nl}Actual value was {max}.");
    }

    [Theory]
    [InlineData(1, 0.0)]
    [InlineData(4, 0.75)]
    [InlineData(5, 1.0)]
    public void Normalize_MapsOntoZeroOne(int score, double expected) =>
        SatisfactionScale.FivePoint.Normalize(score).Should().Be(expected);

    [Fact]
    public void Normalize_OffScale_Throws()
    {
        var act = () => SatisfactionScale.FivePoint.Normalize(0);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"score must be in [1, 5] on the 1-5 scale; was 0. (Parameter 'score'){Nl}Actual value was 0.");
    }

    [Theory]
    [InlineData(3, false)]
    [InlineData(4, true)]
    [InlineData(5, true)]
    public void IsTopTwoBox_FivePoint(int score, bool expected) =>
        SatisfactionScale.FivePoint.IsTopTwoBox(score).Should().Be(expected);

    [Fact]
    public void IsTopTwoBox_ZeroToTen_IsNineAndTen()
    {
        SatisfactionScale.ZeroToTen.IsTopTwoBox(8).Should().BeFalse();
        SatisfactionScale.ZeroToTen.IsTopTwoBox(9).Should().BeTrue();
        SatisfactionScale.ZeroToTen.Contains(0).Should().BeTrue();
        SatisfactionScale.FivePoint.Contains(0).Should().BeFalse();
    }

    [Fact]
    public void Equality_ComparesBothEnds() =>
        EqualityContract.Verify(SatisfactionScale.SevenPoint, new SatisfactionScale(1, 7), SatisfactionScale.FivePoint, new SatisfactionScale(0, 7));
}
