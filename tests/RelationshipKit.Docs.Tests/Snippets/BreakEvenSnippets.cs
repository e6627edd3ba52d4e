using RelationshipKit.Value;
using RelationshipKit.Value.Formulas;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>Code shown on docs/value/acquisition-and-segments.md (break-even and a falling cost to serve), compiled and checked here.</summary>
public class BreakEvenSnippets
{
    private static readonly Currency Pln = Currency.Pln;

    [Fact]
    public void BreakEven()
    {
        #region value-break-even
        // worth: 1000 × 6 a year × 5 years
        var worth = new Money(30_000m, Pln);
        var spend = new Money(40_000m, Pln);
        var perYear = new Money(6_000m, Pln);

        var check = CustomerLifetimeValue.CheckAcquisition(
            worth, spend, valuePerPeriod: perYear);
        // check.Outcome: Loss
        // check.BreakEvenPeriods: 6.67 (40 000 / 6 000 years)
        // check.AdditionalPeriodsToBreakEven: 1.67 (beyond the 5 years)

        var retention = CustomerLifetimeValue.BreakEvenRetention(
            spend, perYear, DiscountRate.PerYear(0));
        // 0.85 per P1Y: an expected lifetime of 1 / 0.15 = 6.67 years
        #endregion

        check.Outcome.Should().Be(AcquisitionOutcome.Loss);
        Math.Round(check.BreakEvenPeriods!.Value, 2).Should().Be(6.67m);
        Math.Round(check.AdditionalPeriodsToBreakEven!.Value, 2).Should().Be(1.67m);
        retention.Should().Be(RetentionRate.PerYear(0.85));
        retention!.Value.ToString().Should().Be("0.85 per P1Y");
    }

    [Fact]
    public void FallingCost()
    {
        #region value-falling-cost
        // The book buyer again, with a cost to serve of 3 000 in the first
        // year that halves every year (illustrative figures).
        var falling = CostToServeSchedule.Falling(
            new Money(3_000m, Pln), fallRate: 0.5);
        var buyers = new CustomerSegment(
            "book buyers", customers: 1,
            averagePurchase: new Money(1_000m, Pln), purchasesPerPeriod: 6,
            retentionRate: RetentionRate.PerYear(0.8),
            costToServe: falling,
            acquisitionCost: new Money(40_000m, Pln));

        var value = CustomerLifetimeValue.BySegment([buyers])["book buyers"];
        // value.CostToServe: 5 000 (3 000 × 5 = 15 000 if it stayed flat)
        // value.LifetimeValue: 25 000
        // value.BreakEvenPeriods: 7.66 years (13.33 if it stayed flat)
        #endregion

        value.CostToServe.Amount.Should().BeApproximately(5_000m, 0.0000001m);
        value.LifetimeValue.Amount.Should().BeApproximately(25_000m, 0.0000001m);
        Math.Round(value.BreakEvenPeriods!.Value, 2).Should().Be(7.66m);
    }
}
