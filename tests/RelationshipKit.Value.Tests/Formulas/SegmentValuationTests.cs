using RelationshipKit.Value.Formulas;

namespace RelationshipKit.Value.Tests.Formulas;

public partial class SegmentValuationTests
{
    private static Money Pln(decimal amount) => new(amount, Currency.Pln);

    private static readonly CustomerSegment OneOff = new("one-off buyers", 800, Pln(150), 1, RetentionRate.PerYear(0), Pln(20), Pln(50));
    private static readonly CustomerSegment Loyal = new("loyal customers", 200, Pln(1000), 6, RetentionRate.PerYear(0.8), Pln(1000), Pln(4000));

    [Fact]
    public void BySegment_OneOffVersusLoyal_ValuesEachSegmentByItsOwnRetention()
    {
        var valuation = CustomerLifetimeValue.BySegment([OneOff, Loyal]);

        var oneOff = valuation["one-off buyers"];
        oneOff.ExpectedPeriods.Should().Be(1);
        oneOff.Revenue.Should().Be(Pln(150));
        oneOff.CostToServe.Should().Be(Pln(20));
        oneOff.LifetimeValue.Should().Be(Pln(130));
        oneOff.NetValue.Should().Be(Pln(80));
        oneOff.TotalValue.Should().Be(Pln(64_000));

        // The source's book buyer: 1000 × 6 a year, retained 5 years on average (1 / (1 − 0.8)) = 30 000 of revenue.
        var loyal = valuation["loyal customers"];
        loyal.ExpectedPeriods.Should().Be(5);
        loyal.Revenue.Should().Be(Pln(30_000));
        loyal.CostToServe.Should().Be(Pln(5_000));
        loyal.LifetimeValue.Should().Be(Pln(25_000));
        loyal.Acquisition.Outcome.Should().Be(AcquisitionOutcome.Profit);
        loyal.Acquisition.PaybackPeriods.Should().Be(0.8m);
        loyal.NetValue.Should().Be(Pln(21_000));
        loyal.TotalValue.Should().Be(Pln(4_200_000));

        valuation.TotalValue.Should().Be(Pln(4_264_000));
        valuation.TotalCustomers.Should().Be(1000);
        valuation.Currency.Should().Be(Currency.Pln);
        valuation.Segments.Sum(s => s.Share).Should().Be(1);
        Math.Round(oneOff.Share, 6).Should().Be(0.015009m);
        valuation.Segments.Select(s => s.Segment.Name).Should().Equal("one-off buyers", "loyal customers");
    }

    [Fact]
    public void BySegment_Discounted_UsesInitialMarginMultiple()
    {
        var valuation = CustomerLifetimeValue.BySegment([OneOff, Loyal], DiscountRate.PerYear(0.1));

        valuation["one-off buyers"].ExpectedPeriods.Should().Be(1);
        Math.Round(valuation["loyal customers"].ExpectedPeriods, 20).Should().Be(3.66666666666666666667m);
        Math.Round(valuation["loyal customers"].LifetimeValue.Amount, 18).Should().Be(18_333.333333333333333333m);
        valuation.DiscountRate.Should().Be(DiscountRate.PerYear(0.1));
        valuation.Segments.Sum(s => s.Share).Should().BeApproximately(1, 1e-25m);
    }

    [Fact]
    public void BySegment_AcquisitionAboveValue_GivesNegativeShareAndNoPayback()
    {
        var promo = new CustomerSegment("promotion hunters", 500, Pln(100), 1, RetentionRate.PerYear(0), Pln(10), Pln(200));

        var valuation = CustomerLifetimeValue.BySegment([Loyal, promo]);

        var value = valuation["promotion hunters"];
        value.Acquisition.Outcome.Should().Be(AcquisitionOutcome.Loss);
        value.Acquisition.PaybackPeriods.Should().BeNull();
        value.NetValue.Should().Be(Pln(-110));
        value.TotalValue.Should().Be(Pln(-55_000));
        value.Share.Should().BeNegative();
        valuation.Segments.Sum(s => s.Share).Should().Be(1);
    }

    [Fact]
    public void BySegment_ZeroMargin_HasNoPayback_AndZeroTotalGivesZeroShares()
    {
        var idle = new CustomerSegment("idle", 10, Pln(0), 0, RetentionRate.PerYear(0.5), Pln(0), Pln(0));

        var valuation = CustomerLifetimeValue.BySegment([idle]);

        valuation.TotalValue.Should().Be(Pln(0));
        valuation["idle"].Share.Should().Be(0);
        valuation["idle"].Acquisition.ValuePerPeriod.Should().BeNull();
        valuation["idle"].ToString().Should().Be("idle: 0 PLN");
    }

    [Fact]
    public void BySegment_InvalidInput_Throws()
    {
        var act = () => CustomerLifetimeValue.BySegment([]);
        act.Should().Throw<ArgumentException>().WithMessage("segments must hold at least one segment; was empty. (Parameter 'segments')");

        act = () => CustomerLifetimeValue.BySegment([Loyal, null!]);
        act.Should().Throw<ArgumentNullException>().WithMessage("segments must not contain null; item 1 was null. (Parameter 'segments')");

        var euro = new CustomerSegment("euro", 1, new Money(1, Currency.Eur), 1, RetentionRate.PerYear(0.5), new Money(0, Currency.Eur), new Money(0, Currency.Eur));
        act = () => CustomerLifetimeValue.BySegment([Loyal, euro]);
        act.Should().Throw<ArgumentException>()
            .WithMessage("segments must share one currency; segment \"euro\" is in EUR, segment \"loyal customers\" in PLN. (Parameter 'segments')");

        var monthly = new CustomerSegment("monthly", 1, Pln(1), 1, RetentionRate.PerMonth(0.5), Pln(0), Pln(0));
        act = () => CustomerLifetimeValue.BySegment([Loyal, monthly]);
        act.Should().Throw<ArgumentException>()
            .WithMessage("segments must share one retention period; segment \"monthly\" is per P1M, segment \"loyal customers\" per P1Y. (Parameter 'segments')");

        act = () => CustomerLifetimeValue.BySegment([Loyal], DiscountRate.PerMonth(0.01));
        act.Should().Throw<ArgumentException>()
            .WithMessage("discountRate must be per the period of the segments' retention rates (P1Y); was per P1M. Convert it with DiscountRate.ToPeriod. (Parameter 'discountRate')");

        act = () => CustomerLifetimeValue.BySegment(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("segments");
    }

    [Fact]
    public void Indexer_UnknownName_Throws()
    {
        var valuation = CustomerLifetimeValue.BySegment([OneOff, Loyal]);

        var act = () => valuation["vip"];

        act.Should().Throw<ArgumentException>().WithMessage("name must be one of one-off buyers, loyal customers; was \"vip\". (Parameter 'name')");
    }
}
