using NodaTime;

using RelationshipKit.Value.Formulas;

namespace RelationshipKit.Value.Tests.Formulas;

public partial class CustomerLifetimeValueTests
{
    private static Money Pln(decimal amount) => new(amount, Currency.Pln);

    [Fact]
    public void Simple_BookBuyer_MatchesSourceArticles()
    {
        // shared/domain.md §7: a book buyer spending 1000 every two months for five years.
        CustomerLifetimeValue.Simple(Pln(1000), 6, 5).Should().Be(Pln(30_000));
    }

    [Fact]
    public void Simple_NegativeInputs_Throw()
    {
        var act = () => CustomerLifetimeValue.Simple(Pln(-1), 6, 5);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("averagePurchase must be >= 0; was -1 PLN. (Parameter 'averagePurchase')*");
        act = () => CustomerLifetimeValue.Simple(Pln(1000), -6, 5);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("purchasesPerYear must be >= 0; was -6. (Parameter 'purchasesPerYear')*");
        act = () => CustomerLifetimeValue.Simple(Pln(1000), 6, -0.5m);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("yearsRetained must be >= 0; was -0.5. (Parameter 'yearsRetained')*");
    }

    [Fact]
    public void Simple_Overflow_Throws()
    {
        var act = () => CustomerLifetimeValue.Simple(Pln(decimal.MaxValue), 2, 1);
        act.Should().Throw<OverflowException>();
    }

    [Fact]
    public void Net_RevenueMinusCosts_MatchesSourceArticles()
    {
        CustomerLifetimeValue.Net(Pln(200_000), Pln(100_000)).Should().Be(Pln(100_000));
        CustomerLifetimeValue.Net(Pln(200_000), Pln(40_000), Pln(60_000)).Should().Be(Pln(100_000));
        CustomerLifetimeValue.Net(Pln(30_000), Pln(40_000)).Should().Be(Pln(-10_000));
    }

    [Fact]
    public void Net_NegativeCostOrOtherCurrency_Throws()
    {
        var act = () => CustomerLifetimeValue.Net(Pln(200_000), Pln(-1));
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("costs must be >= 0; was -1 PLN. (Parameter 'costs')*");
        act = () => CustomerLifetimeValue.Net(Pln(200_000), new Money(1, Currency.Eur));
        act.Should().Throw<ArgumentException>().WithMessage("costs must be in the currency of revenue (PLN); was 1 EUR. (Parameter 'costs')");
        act = () => CustomerLifetimeValue.Net(Pln(200_000), Pln(1), new Money(1, Currency.Eur));
        act.Should().Throw<ArgumentException>().WithMessage("costToServe must be in the currency of revenue (PLN); was 1 EUR. (Parameter 'costToServe')");
        act = () => CustomerLifetimeValue.Net(Pln(-5), Pln(1), Pln(1));
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("revenue must be >= 0; was -5 PLN. (Parameter 'revenue')*");
    }

    [Fact]
    public void ExpectedLifetime_ChurnTwentyPercent_IsFivePeriods()
    {
        CustomerLifetimeValue.ExpectedLifetime(ChurnRate.PerYear(0.2)).Should().Be(5);
        CustomerLifetimeValue.ExpectedLifetime(RetentionRate.PerYear(0.8).ToChurnRate()).Should().Be(5);
        CustomerLifetimeValue.ExpectedLifetime(ChurnRate.PerMonth(1)).Should().Be(1);
    }

    [Fact]
    public void MarginBased_IsMarginTimesExpectedLifetime()
    {
        CustomerLifetimeValue.MarginBased(Pln(100), ChurnRate.PerYear(0.2)).Should().Be(Pln(500));
        CustomerLifetimeValue.MarginBased(Pln(-100), ChurnRate.PerYear(0.2)).Should().Be(Pln(-500));
    }

    [Fact]
    public void MarginBased_ChurnBelowDecimalRange_ThrowsOverflow()
    {
        var act = () => CustomerLifetimeValue.MarginBased(Pln(100), ChurnRate.PerYear(1e-30));
        act.Should().Throw<OverflowException>();
    }

    [Fact]
    public void DiscountedRetention_MatchesGuptaLehmann2003()
    {
        // Gupta & Lehmann (2003): m r / (1 + d − r) with m 100, r 0.8, d 0.1 = 266.666…
        var value = CustomerLifetimeValue.DiscountedRetention(Pln(100), RetentionRate.PerYear(0.8), DiscountRate.PerYear(0.1));

        Math.Round(value.Amount, 20).Should().Be(266.66666666666666666667m);
        value.RoundToMinorUnit().Should().Be(Pln(266.67m));
        value.Currency.Should().Be(Currency.Pln);
    }

    [Fact]
    public void DiscountedRetention_NoDiscount_IsMarginTimesRetainedPeriods()
    {
        // With d = 0: m r / (1 − r) = 100 · 0.8 / 0.2 = 400 (the four expected renewals after the first period).
        CustomerLifetimeValue.DiscountedRetention(Pln(100), RetentionRate.PerYear(0.8), default).Should().Be(Pln(400));
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "72.727272727272727272727")]
    [InlineData(5, "212.409733562660275316515")]
    [InlineData(10, "255.627361204719324323174")]
    public void DiscountedRetention_FiniteHorizon_IsTheDiscountedSum(int periods, string expected)
    {
        // Σₜ₌₁ᵀ 100 (0.8 / 1.1)ᵗ, exact rational values truncated to 21 decimals.
        var value = CustomerLifetimeValue.DiscountedRetention(Pln(100), RetentionRate.PerYear(0.8), DiscountRate.PerYear(0.1), periods);

        Math.Round(value.Amount, 21).Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void DiscountedRetention_LongHorizon_ApproachesInfiniteHorizon()
    {
        var infinite = CustomerLifetimeValue.DiscountedRetention(Pln(100), RetentionRate.PerYear(0.8), DiscountRate.PerYear(0.1));
        var finite = CustomerLifetimeValue.DiscountedRetention(Pln(100), RetentionRate.PerYear(0.8), DiscountRate.PerYear(0.1), int.MaxValue);

        Math.Abs(finite.Amount - infinite.Amount).Should().BeLessThan(1e-20m);
    }

    [Fact]
    public void DiscountedRetentionWithInitialMargin_AddsTheMarginInHand()
    {
        var value = CustomerLifetimeValue.DiscountedRetentionWithInitialMargin(Pln(100), RetentionRate.PerYear(0.8), DiscountRate.PerYear(0.1));

        Math.Round(value.Amount, 20).Should().Be(366.66666666666666666667m);
        value.RoundToMinorUnit().Should().Be(Pln(366.67m));

        // Without discounting it is the margin-based value m / churn.
        CustomerLifetimeValue.DiscountedRetentionWithInitialMargin(Pln(100), RetentionRate.PerYear(0.8), DiscountRate.PerYear(0))
            .Should().Be(CustomerLifetimeValue.MarginBased(Pln(100), ChurnRate.PerYear(0.2)));
    }

    [Fact]
    public void DiscountedRetention_RatesOfDifferentPeriods_Throw()
    {
        var act = () => CustomerLifetimeValue.DiscountedRetention(Pln(100), RetentionRate.PerYear(0.8), DiscountRate.PerMonth(0.01));

        act.Should().Throw<ArgumentException>()
            .WithMessage("discountRate must be per the period of retentionRate (P1Y); was per P1M. Convert it with DiscountRate.ToPeriod. (Parameter 'discountRate')");
    }

    [Fact]
    public void DiscountedRetention_ConvertedRate_IsAccepted()
    {
        var monthly = DiscountRate.PerYear(0.1).ToPeriod(Period.FromMonths(1));

        var value = CustomerLifetimeValue.DiscountedRetention(Pln(10), RetentionRate.PerMonth(0.95), monthly);

        value.Amount.Should().BeApproximately(10m * 0.95m / (1.00797414042890m - 0.95m), 1e-9m);
    }

    [Fact]
    public void DiscountedRetention_NegativeMargin_IsNegative()
    {
        CustomerLifetimeValue.DiscountedRetention(Pln(-100), RetentionRate.PerYear(0.5), DiscountRate.PerYear(0)).Should().Be(Pln(-100));
    }

    [Fact]
    public void DiscountedRetention_NegativeHorizon_Throws()
    {
        var act = () => CustomerLifetimeValue.DiscountedRetention(Pln(100), RetentionRate.PerYear(0.8), DiscountRate.PerYear(0.1), -1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("periods ('-1') must be a non-negative value. (Parameter 'periods')*");
    }

    [Fact]
    public void CheckAcquisition_SpendAboveValue_IsALoss()
    {
        // shared/domain.md §7: 40 000 spent to win a customer worth 30 000 is a loss of 10 000.
        var result = CustomerLifetimeValue.CheckAcquisition(Pln(30_000), Pln(40_000));

        result.Outcome.Should().Be(AcquisitionOutcome.Loss);
        result.IsProfitable.Should().BeFalse();
        result.Net.Should().Be(Pln(-10_000));
        result.BreakEvenAcquisitionCost.Should().Be(Pln(30_000));
        result.PaybackPeriods.Should().BeNull();
        result.ToString().Should().Be("Loss of 10000 PLN: acquisition cost 40000 PLN exceeds lifetime value 30000 PLN.");
    }

    [Fact]
    public void CheckAcquisition_WithValuePerPeriod_ComputesPayback()
    {
        var profit = CustomerLifetimeValue.CheckAcquisition(Pln(30_000), Pln(12_000), Pln(6_000));
        profit.Outcome.Should().Be(AcquisitionOutcome.Profit);
        profit.IsProfitable.Should().BeTrue();
        profit.Net.Should().Be(Pln(18_000));
        profit.PaybackPeriods.Should().Be(2);
        profit.ValuePerPeriod.Should().Be(Pln(6_000));

        // 40 000 at 6 000 a year takes 6.67 years, longer than the customer stays: never paid back.
        CustomerLifetimeValue.CheckAcquisition(Pln(30_000), Pln(40_000), Pln(6_000)).PaybackPeriods.Should().BeNull();

        var breakEven = CustomerLifetimeValue.CheckAcquisition(Pln(30_000), Pln(30_000), Pln(6_000));
        breakEven.Outcome.Should().Be(AcquisitionOutcome.BreakEven);
        breakEven.IsProfitable.Should().BeFalse();
        breakEven.PaybackPeriods.Should().Be(5);
        breakEven.ToString().Should().Be("Break-even: acquisition cost 30000 PLN equals lifetime value 30000 PLN.");
    }

    [Fact]
    public void CheckAcquisition_InvalidArguments_Throw()
    {
        var act = () => CustomerLifetimeValue.CheckAcquisition(Pln(30_000), Pln(-1));
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("acquisitionCost must be >= 0; was -1 PLN. (Parameter 'acquisitionCost')*");
        act = () => CustomerLifetimeValue.CheckAcquisition(Pln(30_000), new Money(1, Currency.Usd));
        act.Should().Throw<ArgumentException>().WithMessage("acquisitionCost must be in the currency of lifetimeValue (PLN); was 1 USD. (Parameter 'acquisitionCost')");
        act = () => CustomerLifetimeValue.CheckAcquisition(Pln(30_000), Pln(1), Pln(0));
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("valuePerPeriod must be > 0; was 0 PLN. (Parameter 'valuePerPeriod')*");
    }
}
