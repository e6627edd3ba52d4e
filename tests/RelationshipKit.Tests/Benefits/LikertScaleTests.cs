using RelationshipKit.Benefits;

namespace RelationshipKit.Tests.Benefits;

public class LikertScaleTests
{
    [Fact]
    public void FivePoint_IsTheDefault()
    {
        default(LikertScale).Should().Be(LikertScale.FivePoint);
        LikertScale.FivePoint.Should().Be(new LikertScale(5));
        LikertScale.FivePoint.Min.Should().Be(1);
        LikertScale.FivePoint.Max.Should().Be(5);
        LikertScale.FivePoint.Midpoint.Should().Be(3);
        LikertScale.FivePoint.ToString().Should().Be("1-5");
    }

    [Fact]
    public void SevenPoint_RunsFromOneToSeven()
    {
        LikertScale.SevenPoint.Points.Should().Be(7);
        LikertScale.SevenPoint.Max.Should().Be(7);
        LikertScale.SevenPoint.Midpoint.Should().Be(4);
        LikertScale.SevenPoint.ToString().Should().Be("1-7");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(6)]
    [InlineData(10)]
    public void Ctor_NotFiveOrSeven_Throws(int points)
    {
        var act = () => new LikertScale(points);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"points must be 5 or 7; was {points}. (Parameter 'points'){Environment.NewLine}Actual value was {points}.");
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void Contains_WholeScores(int score, bool expected)
    {
        LikertScale.FivePoint.Contains(score).Should().Be(expected);
        LikertScale.SevenPoint.Contains(6).Should().BeTrue();
    }

    [Theory]
    [InlineData(0.999, false)]
    [InlineData(1.0, true)]
    [InlineData(3.45, true)]
    [InlineData(5.0, true)]
    [InlineData(5.001, false)]
    [InlineData(double.NaN, false)]
    [InlineData(double.PositiveInfinity, false)]
    public void Contains_Values(double value, bool expected)
    {
        LikertScale.FivePoint.Contains(value).Should().Be(expected);
    }

    [Fact]
    public void Equality_ByPoints()
    {
        EqualityContract.Verify(LikertScale.SevenPoint, new LikertScale(7), LikertScale.FivePoint, default);
        EqualityContract.Verify(default, new LikertScale(5), LikertScale.SevenPoint);
    }
}
