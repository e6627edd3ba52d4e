using System.Globalization;
using RelationshipKit.Value;
using RelationshipKit.Value.Formulas;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>Code shown on docs/value/acquisition-and-segments.md, compiled and checked here; the page's segment table is rebuilt and must match.</summary>
public class ValueSegmentSnippets
{
    [Fact]
    public void Acquisition()
    {
        #region value-acquisition
        var worth = new Money(30_000m, Currency.Pln);
        var spend = new Money(40_000m, Currency.Pln);

        var check = CustomerLifetimeValue.CheckAcquisition(worth, spend);
        // check.Outcome == AcquisitionOutcome.Loss, check.Net == -10000 PLN,
        // check.BreakEvenAcquisitionCost == 30000 PLN: spend at most that much.

        var withPayback = CustomerLifetimeValue.CheckAcquisition(
            worth,
            new Money(12_000m, Currency.Pln),
            valuePerPeriod: new Money(6_000m, Currency.Pln));
        // withPayback.Outcome == Profit, Net == 18000 PLN,
        // PaybackPeriods == 2 (years of 6000)
        #endregion

        check.Outcome.Should().Be(AcquisitionOutcome.Loss);
        check.IsProfitable.Should().BeFalse();
        check.Net.Should().Be(new Money(-10_000m, Currency.Pln));
        check.BreakEvenAcquisitionCost.Should().Be(worth);
        withPayback.Outcome.Should().Be(AcquisitionOutcome.Profit);
        withPayback.Net.Should().Be(new Money(18_000m, Currency.Pln));
        withPayback.PaybackPeriods.Should().Be(2);
    }

    [Fact]
    public void Segments()
    {
        var valuation = Valuation();
        var page = File.ReadAllText(Path.Combine(ReadmeTests.RepoRoot(), "docs", "value", "acquisition-and-segments.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        foreach (var value in valuation.Segments)
        {
            var s = value.Segment;
            page.Should().Contain(
                $"| {s.Name} | {s.Customers:#,0} | {M(s.AveragePurchase.Amount)} | {s.PurchasesPerPeriod} | {F(s.RetentionRate.Value)} | {D(value.ExpectedPeriods)} " +
                $"| {M(value.LifetimeValue.Amount)} | {M(s.AcquisitionCost.Amount)} | {M(value.NetValue.Amount)} | {M(value.TotalValue.Amount)} | {(value.Share * 100).ToString("0.0", CultureInfo.InvariantCulture)} % |");
        }

        page.Should().Contain($"**{M(valuation.TotalValue.Amount)} PLN**");
        var naive = NaiveValuation();
        page.Should().Contain($"**{M(naive.TotalValue.Amount)} PLN** instead of **{M(valuation["one-off buyers"].TotalValue.Amount)} PLN**");
    }

    internal static SegmentValuation Valuation()
    {
        #region value-segments
        var pln = Currency.Pln;
        CustomerSegment[] segments =
        [
            // name, customers, average purchase, purchases per year,
            // retention per year, cost to serve per year, acquisition cost
            new("one-off buyers", 800, new Money(150m, pln), 1,
                RetentionRate.PerYear(0), new Money(20m, pln), new Money(50m, pln)),
            new("loyal customers", 200, new Money(1000m, pln), 6,
                RetentionRate.PerYear(0.8), new Money(1000m, pln),
                new Money(4000m, pln)),
        ];

        var valuation = CustomerLifetimeValue.BySegment(segments);
        var loyal = valuation["loyal customers"];
        // 5 years, revenue 30000, LTV 25000, net 21000 per customer
        var total = valuation.TotalValue;
        // 4264000 PLN
        #endregion

        loyal.ExpectedPeriods.Should().Be(5);
        loyal.Revenue.Should().Be(new Money(30_000m, pln));
        loyal.LifetimeValue.Should().Be(new Money(25_000m, pln));
        loyal.NetValue.Should().Be(new Money(21_000m, pln));
        total.Should().Be(new Money(4_264_000m, pln));
        return valuation;
    }

    /// <summary>The mistake the page warns against: the one-off buyers valued as five-year customers (the loyal segment's retention).</summary>
    internal static SegmentValuation NaiveValuation()
    {
        var pln = Currency.Pln;
        var oneOffAsLoyal = new CustomerSegment("one-off buyers", 800, new Money(150m, pln), 1, RetentionRate.PerYear(0.8), new Money(20m, pln), new Money(50m, pln));
        return CustomerLifetimeValue.BySegment([oneOffAsLoyal]);
    }

    private static string M(decimal value) => Math.Round(value, 2).ToString("#,0.00", CultureInfo.InvariantCulture);

    private static string D(decimal value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
