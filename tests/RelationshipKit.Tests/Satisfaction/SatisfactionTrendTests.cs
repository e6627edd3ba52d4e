using RelationshipKit.Satisfaction;

namespace RelationshipKit.Tests.Satisfaction;

public class SatisfactionTrendTests
{
    [Fact]
    public void Of_RisingOnePointEvery45Days_IsTwoPointsPer90Days()
    {
        var trend = SatisfactionTrend.Of([Ratings.At("c01", 90, 5), Ratings.At("c01", 0, 3), Ratings.At("c01", 45, 4)]);

        trend.Customer.Should().Be(new CustomerId("c01"));
        trend.Status.Should().Be(SatisfactionTrendStatus.Known);
        trend.IsKnown.Should().BeTrue();
        trend.RatingCount.Should().Be(3);
        trend.SlopePer90Days.Should().BeApproximately(2.0, 1e-12);
        trend.ToString().Should().Be("c01: +2 points per 90 days (3 ratings on 1-5)");
    }

    [Fact]
    public void Of_FallingRatings_IsTheLeastSquaresSlope()
    {
        // t = 0, 30, 60, 90 days, y = 5, 4, 4, 3: Sxy = -90, Sxx = 4500, slope -0.02 a day, -1.8 per 90 days.
        var trend = SatisfactionTrend.Of([Ratings.At("c01", 0, 5), Ratings.At("c01", 30, 4), Ratings.At("c01", 60, 4), Ratings.At("c01", 90, 3)]);
        trend.SlopePer90Days.Should().BeApproximately(-1.8, 1e-12);
    }

    [Fact]
    public void Of_TwoRatings_IsUnknown()
    {
        var trend = SatisfactionTrend.Of([Ratings.At("c01", 0, 1), Ratings.At("c01", 10, 5)]);
        trend.Status.Should().Be(SatisfactionTrendStatus.TooFewRatings);
        trend.IsKnown.Should().BeFalse();
        trend.SlopePer90Days.Should().BeNull();
        trend.ToString().Should().Be("c01: unknown, too few ratings (2)");
    }

    [Fact]
    public void Of_AllAtOneInstant_IsUnknown()
    {
        var trend = SatisfactionTrend.Of([Ratings.At("c01", 5, 1), Ratings.At("c01", 5, 3), Ratings.At("c01", 5, 5)]);
        trend.Status.Should().Be(SatisfactionTrendStatus.NoTimeSpread);
        trend.SlopePer90Days.Should().BeNull();
        trend.ToString().Should().Be("c01: unknown, all 3 ratings at one instant");
    }

    [Fact]
    public void Of_Empty_Throws()
    {
        var act = () => SatisfactionTrend.Of([]);
        act.Should().Throw<ArgumentException>().WithMessage("ratings must hold at least one rating; was empty. (Parameter 'ratings')");
    }

    [Fact]
    public void Of_TwoCustomers_Throws()
    {
        var act = () => SatisfactionTrend.Of([Ratings.At("c01", 0, 1), Ratings.At("c02", 10, 5)]);
        act.Should().Throw<ArgumentException>()
            .WithMessage("ratings must all be of one customer; ratings[1] is of \"c02\", ratings[0] of \"c01\". Use ByCustomer for many customers. (Parameter 'ratings')");
    }

    [Fact]
    public void ByCustomer_GroupsAndOrdersByCustomer()
    {
        var trends = SatisfactionTrend.ByCustomer(
        [
            Ratings.At("b", 0, 2), Ratings.At("a", 0, 4), Ratings.At("b", 45, 3), Ratings.At("b", 90, 4), Ratings.At("a", 30, 4),
        ]);

        trends.Select(t => t.Customer.Value).Should().Equal("a", "b");
        trends[0].Status.Should().Be(SatisfactionTrendStatus.TooFewRatings);
        trends[1].SlopePer90Days.Should().BeApproximately(2.0, 1e-12);
    }

    [Fact]
    public void ByCustomer_OneCustomerOnTwoScales_Throws()
    {
        var act = () => SatisfactionTrend.ByCustomer([Ratings.At("a", 0, 4), Ratings.At("b", 0, 9, SatisfactionScale.ZeroToTen), Ratings.At("a", 1, 9, SatisfactionScale.ZeroToTen)]);
        act.Should().Throw<ArgumentException>()
            .WithMessage("ratings must use one scale per customer; ratings[2] rates \"a\" on 0-10, an earlier rating on 1-5. (Parameter 'ratings')");
    }

    [Fact]
    public void ByCustomer_Empty_IsEmpty() => SatisfactionTrend.ByCustomer([]).Should().BeEmpty();

    [Fact]
    public void Equality_ComparesAllProperties()
    {
        var rising = SatisfactionTrend.Of([Ratings.At("c01", 0, 3), Ratings.At("c01", 45, 4), Ratings.At("c01", 90, 5)]);
        EqualityContract.Verify(
            rising,
            SatisfactionTrend.Of([Ratings.At("c01", 90, 5), Ratings.At("c01", 45, 4), Ratings.At("c01", 0, 3)]),
            SatisfactionTrend.Of([Ratings.At("c01", 0, 3), Ratings.At("c01", 45, 4), Ratings.At("c01", 90, 4)]),
            SatisfactionTrend.Of([Ratings.At("c02", 0, 3), Ratings.At("c02", 45, 4), Ratings.At("c02", 90, 5)]),
            SatisfactionTrend.Of([Ratings.At("c01", 0, 3), Ratings.At("c01", 45, 4)]));
    }
}
