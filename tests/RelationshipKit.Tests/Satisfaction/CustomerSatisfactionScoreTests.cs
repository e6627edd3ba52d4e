using RelationshipKit.Satisfaction;

namespace RelationshipKit.Tests.Satisfaction;

public class CustomerSatisfactionScoreTests
{
    private static readonly string Nl = Environment.NewLine;

    [Fact]
    public void Compute_TopTwoBoxShare()
    {
        // 5, 4, 3, 2, 5 on 1-5: three of five are 4 or 5, CSAT 60 %.
        var csat = CustomerSatisfactionScore.Compute(Ratings.Scores(SatisfactionScale.FivePoint, 5, 4, 3, 2, 5));

        csat.RatingCount.Should().Be(5);
        csat.SatisfiedCount.Should().Be(3);
        csat.Percent.Should().Be(60.0);
        csat.HasValue.Should().BeTrue();
        csat.Scale.Should().Be(SatisfactionScale.FivePoint);
        csat.ToString().Should().Be("CSAT 60% (3 of 5 on 1-5)");
    }

    [Fact]
    public void Compute_SevenPoint_CountsSixAndSeven()
    {
        var csat = CustomerSatisfactionScore.Compute([5, 6, 7, 4], SatisfactionScale.SevenPoint);
        csat.Percent.Should().Be(50.0);
        csat.Should().Be(CustomerSatisfactionScore.Compute(Ratings.Scores(SatisfactionScale.SevenPoint, 5, 6, 7, 4)));
    }

    [Fact]
    public void Compute_NoRatings_HasNoValue()
    {
        var csat = CustomerSatisfactionScore.Compute(Array.Empty<SatisfactionRating>());
        csat.HasValue.Should().BeFalse();
        csat.Percent.Should().BeNull();
        csat.ToString().Should().Be("CSAT unknown (no ratings)");
        csat.Should().Be(default(CustomerSatisfactionScore));
    }

    [Fact]
    public void Compute_MixedScales_Throws()
    {
        var ratings = new[] { Ratings.At("a", 0, 4), Ratings.At("b", 1, 9, SatisfactionScale.ZeroToTen) };
        var act = () => CustomerSatisfactionScore.Compute(ratings);
        act.Should().Throw<ArgumentException>()
            .WithMessage("ratings must share one scale; ratings[1] is on 0-10, ratings[0] on 1-5. (Parameter 'ratings')");
    }

    [Fact]
    public void Compute_NullRating_Throws()
    {
        var act = () => CustomerSatisfactionScore.Compute([Ratings.At("a", 0, 4), null!]);
        act.Should().Throw<ArgumentException>().WithMessage("ratings must not contain null; ratings[1] is null. (Parameter 'ratings')");
    }

    [Fact]
    public void Compute_ScoreOffScale_Throws()
    {
        var act = () => CustomerSatisfactionScore.Compute([4, 6], SatisfactionScale.FivePoint);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"scores[1] must be in [1, 5] on the 1-5 scale; was 6. (Parameter 'scores[1]'){Nl}Actual value was 6.");
    }

    [Fact]
    public void IsSatisfied_IsTheTopTwoBoxes()
    {
        CustomerSatisfactionScore.IsSatisfied(4, SatisfactionScale.FivePoint).Should().BeTrue();
        CustomerSatisfactionScore.IsSatisfied(3, SatisfactionScale.FivePoint).Should().BeFalse();
    }

    [Fact]
    public void Equality_ComparesScaleAndCounts()
    {
        var value = CustomerSatisfactionScore.Compute([4, 2], SatisfactionScale.FivePoint);
        EqualityContract.Verify(
            value,
            CustomerSatisfactionScore.Compute([2, 5], SatisfactionScale.FivePoint),
            CustomerSatisfactionScore.Compute([4, 4], SatisfactionScale.FivePoint),
            CustomerSatisfactionScore.Compute([7, 2], SatisfactionScale.SevenPoint));
    }
}
