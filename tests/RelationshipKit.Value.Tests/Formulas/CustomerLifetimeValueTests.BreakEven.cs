using RelationshipKit.Value.Formulas;

namespace RelationshipKit.Value.Tests.Formulas;

public partial class CustomerLifetimeValueTests
{
    [Fact]
    public void CheckAcquisition_Loss_SaysHowLongTheCustomerMustStay_Seed002()
    {
        // Seed 002: the book buyer is worth 30 000 (1000 × 6 a year × 5 years); spending 40 000 is a loss, and at
        // 6 000 a year the spend breaks even after 40 000 / 6 000 ≈ 6.67 years, 1.67 years more than the customer stays.
        var result = CustomerLifetimeValue.CheckAcquisition(Pln(30_000), Pln(40_000), Pln(6_000));

        result.Outcome.Should().Be(AcquisitionOutcome.Loss);
        result.PaybackPeriods.Should().BeNull();
        Math.Round(result.BreakEvenPeriods!.Value, 2).Should().Be(6.67m);
        result.BreakEvenPeriods.Should().Be(40_000m / 6_000m);
        Math.Round(result.AdditionalPeriodsToBreakEven!.Value, 2).Should().Be(1.67m);
    }

    [Fact]
    public void CheckAcquisition_Profit_NeedsNoAdditionalPeriods()
    {
        var result = CustomerLifetimeValue.CheckAcquisition(Pln(30_000), Pln(12_000), Pln(6_000));
        result.BreakEvenPeriods.Should().Be(2);
        result.AdditionalPeriodsToBreakEven.Should().Be(0);
        CustomerLifetimeValue.CheckAcquisition(Pln(30_000), Pln(12_000)).BreakEvenPeriods.Should().BeNull();
        CustomerLifetimeValue.CheckAcquisition(Pln(30_000), Pln(12_000)).AdditionalPeriodsToBreakEven.Should().BeNull();
    }

    [Fact]
    public void BreakEvenRetention_Seed002_IsEightyFivePercentAYear()
    {
        // m (1 + d) / (1 + d − r) = A with d = 0: r = 1 − 6 000 / 40 000 = 0.85, an expected lifetime of 1 / 0.15 = 6.67 years.
        var rate = CustomerLifetimeValue.BreakEvenRetention(Pln(40_000), Pln(6_000), DiscountRate.PerYear(0));

        rate.Should().Be(RetentionRate.PerYear(0.85));
        Math.Round(CustomerLifetimeValue.ExpectedLifetime(rate!.Value.ToChurnRate()), 2).Should().Be(6.67);
    }

    [Fact]
    public void BreakEvenRetention_Discounted_IsHigher()
    {
        // (1 + 0.1)(1 − 0.15) = 0.935, and at that rate the new customer's value is exactly the spend.
        var rate = CustomerLifetimeValue.BreakEvenRetention(Pln(40_000), Pln(6_000), DiscountRate.PerYear(0.1))!.Value;

        rate.Value.Should().Be(0.935);
        CustomerLifetimeValue.DiscountedRetentionWithInitialMargin(Pln(6_000), rate, DiscountRate.PerYear(0.1)).Amount
            .Should().BeApproximately(40_000m, 0.000001m);
    }

    [Fact]
    public void BreakEvenRetention_MarginCoversTheSpend_IsZero() =>
        CustomerLifetimeValue.BreakEvenRetention(Pln(5_000), Pln(6_000), DiscountRate.PerYear(0.1)).Should().Be(RetentionRate.PerYear(0));

    [Fact]
    public void BreakEvenRetention_Unreachable_IsNull() =>
        // (1 + 0.5)(1 − 1 000 / 40 000) = 1.4625: no retention below 1 pays back 40 000 at 1 000 a year and 50 % discount.
        CustomerLifetimeValue.BreakEvenRetention(Pln(40_000), Pln(1_000), DiscountRate.PerYear(0.5)).Should().BeNull();

    [Fact]
    public void BreakEvenRetention_InvalidArguments_Throw()
    {
        var act = () => CustomerLifetimeValue.BreakEvenRetention(Pln(-1), Pln(6_000), DiscountRate.PerYear(0));
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("acquisitionCost must be >= 0; was -1 PLN. (Parameter 'acquisitionCost')*");
        act = () => CustomerLifetimeValue.BreakEvenRetention(Pln(40_000), Pln(0), DiscountRate.PerYear(0));
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("marginPerPeriod must be > 0; was 0 PLN. (Parameter 'marginPerPeriod')*");
        act = () => CustomerLifetimeValue.BreakEvenRetention(Pln(40_000), new Money(6_000, Currency.Eur), DiscountRate.PerYear(0));
        act.Should().Throw<ArgumentException>().WithMessage("marginPerPeriod must be in the currency of acquisitionCost (PLN); was 6000 EUR. (Parameter 'marginPerPeriod')");
    }
}
