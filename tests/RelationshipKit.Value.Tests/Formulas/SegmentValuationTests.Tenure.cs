using RelationshipKit.Value.Formulas;

namespace RelationshipKit.Value.Tests.Formulas;

public partial class SegmentValuationTests
{
    /// <summary>Seed 002's book buyer: 1000 six times a year, retained 5 years on average (r = 0.8), won for 40 000.</summary>
    private static CustomerSegment BookBuyer(CostToServeSchedule costToServe) =>
        new("book buyers", 1, Pln(1000), 6, RetentionRate.PerYear(0.8), costToServe, Pln(40_000));

    [Fact]
    public void BySegment_BookBuyerWithoutCosts_IsTheSeedsLoss()
    {
        var value = CustomerLifetimeValue.BySegment([BookBuyer(CostToServeSchedule.Constant(Pln(0)))])["book buyers"];

        value.LifetimeValue.Should().Be(Pln(30_000));
        value.Acquisition.Outcome.Should().Be(AcquisitionOutcome.Loss);
        value.NetValue.Should().Be(Pln(-10_000));
        Math.Round(value.BreakEvenPeriods!.Value, 2).Should().Be(6.67m);
        value.BreakEvenPeriods.Should().Be(value.Acquisition.BreakEvenPeriods);
        Math.Round(value.Acquisition.AdditionalPeriodsToBreakEven!.Value, 2).Should().Be(1.67m);
    }

    [Fact]
    public void BySegment_CostFallingWithTenure_IsWorthMoreThanAtTheFirstYearsCost()
    {
        // The seed: "over time the cost per customer falls". Illustrative figures: 3 000 in the first year.
        var constant = CustomerLifetimeValue.BySegment([BookBuyer(CostToServeSchedule.Constant(Pln(3_000)))])["book buyers"];

        // Falling by half a year: expected cost 3 000 / (1 − 0.5 × 0.8) = 5 000 instead of 3 000 × 5 = 15 000.
        var falling = CustomerLifetimeValue.BySegment([BookBuyer(CostToServeSchedule.Falling(Pln(3_000), 0.5))])["book buyers"];

        constant.CostToServe.Should().Be(Pln(15_000));
        constant.LifetimeValue.Should().Be(Pln(15_000));
        constant.BreakEvenPeriods.Should().Be(40_000m / 3_000m);
        falling.CostToServe.Amount.Should().BeApproximately(5_000m, 0.0000001m);
        falling.LifetimeValue.Amount.Should().BeApproximately(25_000m, 0.0000001m);

        // Margins 3 000, 4 500, 5 250, 5 625, 5 812.5, 5 906.25, 5 953.125 (cumulative 36 046.875), then 5 976.5625:
        // 7 + 3 953.125 / 5 976.5625 = 7.6614 years instead of 13.33.
        Math.Round(falling.BreakEvenPeriods!.Value, 4).Should().Be(7.6614m);
        falling.Acquisition.PaybackPeriods.Should().BeNull("the simple payback assumes a constant margin");
    }

    [Fact]
    public void BySegment_CostSchedule_ContinuesWithTheLastAmount()
    {
        // 3 000, 1 500, then 750 a year: 3 000 + 1 500 × 0.8 + 750 × 0.64 + 750 × 0.64 × 0.8 / 0.2 = 6 600.
        var schedule = CostToServeSchedule.FromPeriods([Pln(3_000), Pln(1_500), Pln(750)]);
        var value = CustomerLifetimeValue.BySegment([BookBuyer(schedule)])["book buyers"];

        value.CostToServe.Amount.Should().BeApproximately(6_600m, 0.0000001m);

        // Margins 3 000, 4 500, 5 250 (cumulative 12 750), then 5 250 a year: 3 + 27 250 / 5 250 = 8.19 years.
        Math.Round(value.BreakEvenPeriods!.Value, 2).Should().Be(8.19m);
    }

    [Fact]
    public void BySegment_CostSchedule_Discounted()
    {
        // d = 0.25, r = 0.8: s = 0.64. Falling by half: 3 000 / (1 − 0.5 × 0.64) = 4 411.76…
        var valuation = CustomerLifetimeValue.BySegment([BookBuyer(CostToServeSchedule.Falling(Pln(3_000), 0.5))], DiscountRate.PerYear(0.25));
        valuation["book buyers"].CostToServe.Amount.Should().BeApproximately(3_000m / 0.68m, 0.0000001m);
        valuation.TotalValue.Should().Be(valuation["book buyers"].TotalValue);
    }

    [Fact]
    public void BySegment_MarginNeverPositive_NeverBreaksEven()
    {
        var costly = new CustomerSegment("costly", 1, Pln(100), 1, RetentionRate.PerYear(0.5), CostToServeSchedule.FromPeriods([Pln(50), Pln(200)]), Pln(1_000));
        CustomerLifetimeValue.BySegment([costly])["costly"].BreakEvenPeriods.Should().BeNull();

        var free = new CustomerSegment("free", 1, Pln(100), 1, RetentionRate.PerYear(0.5), Pln(0), Pln(0));
        CustomerLifetimeValue.BySegment([free])["free"].BreakEvenPeriods.Should().Be(0);
    }
}
