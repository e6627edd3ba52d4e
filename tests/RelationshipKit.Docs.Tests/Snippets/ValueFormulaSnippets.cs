using NodaTime;
using RelationshipKit.Value;
using RelationshipKit.Value.Formulas;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>Code shown on docs/value/formulas.md and docs/value/rates.md, compiled and checked here.</summary>
public class ValueFormulaSnippets
{
    [Fact]
    public void SimpleAndNet()
    {
        #region value-simple
        var averagePurchase = new Money(1000m, Currency.Pln);

        // A book buyer spending 1000 every two months for five years.
        var ltv = CustomerLifetimeValue.Simple(
            averagePurchase, purchasesPerYear: 6, yearsRetained: 5);
        // 30000 PLN

        var net = CustomerLifetimeValue.Net(
            revenue: new Money(200_000m, Currency.Pln),
            costs: new Money(100_000m, Currency.Pln));
        // 100000 PLN
        #endregion

        ltv.Should().Be(new Money(30_000m, Currency.Pln));
        net.Should().Be(new Money(100_000m, Currency.Pln));
    }

    [Fact]
    public void MarginBased()
    {
        #region value-margin-based
        var churn = ChurnRate.PerYear(0.2);
        var years = CustomerLifetimeValue.ExpectedLifetime(churn);
        // 5 years
        // A margin per year:
        var margin = new Money(100m, Currency.Pln);
        var undiscounted = CustomerLifetimeValue.MarginBased(margin, churn);
        // 500 PLN
        #endregion

        years.Should().Be(5);
        undiscounted.Should().Be(new Money(500m, Currency.Pln));
    }

    [Fact]
    public void DiscountedRetention()
    {
        #region value-discounted-retention
        // A margin per year:
        var margin = new Money(100m, Currency.Pln);
        var retention = RetentionRate.PerYear(0.8);
        var discount = DiscountRate.PerYear(0.1);

        var ltv = CustomerLifetimeValue.DiscountedRetention(
            margin, retention, discount);
        // ltv.Amount is 266.66666666666666666666666667: nothing is rounded
        // until you say so.
        var shown = ltv.RoundToMinorUnit();
        // 266.67 PLN

        var fiveYears = CustomerLifetimeValue
            .DiscountedRetention(margin, retention, discount, periods: 5)
            .RoundToMinorUnit();
        // 212.41 PLN
        var newCustomer = CustomerLifetimeValue
            .DiscountedRetentionWithInitialMargin(margin, retention, discount)
            .RoundToMinorUnit();
        // 366.67 PLN
        #endregion

        Math.Round(ltv.Amount, 20).Should().Be(266.66666666666666666667m);
        shown.Should().Be(new Money(266.67m, Currency.Pln));
        fiveYears.Should().Be(new Money(212.41m, Currency.Pln));
        newCustomer.Should().Be(new Money(366.67m, Currency.Pln));
    }

    [Fact]
    public void Rates()
    {
        #region value-rates
        var annual = RetentionRate.PerYear(0.8);
        var churn = annual.ToChurnRate();
        // 0.2 per P1Y, exactly
        var monthly = annual.ToPeriod(Period.FromMonths(1));
        // 0.98157… per P1M (0.8^(1/12))

        var costOfCapital = DiscountRate.PerYear(0.1);
        var perMonth = costOfCapital.ToPeriod(Period.FromMonths(1));
        // 0.0079741… per P1M, not 0.1 / 12

        var ltv = CustomerLifetimeValue.DiscountedRetention(
            new Money(10m, Currency.Pln), monthly, perMonth);
        // 371.84 PLN, rounded
        #endregion

        churn.Should().Be(ChurnRate.PerYear(0.2));
        monthly.Value.Should().BeApproximately(0.981576, 1e-6);
        perMonth.Value.Should().BeApproximately(0.0079741, 1e-7);
        ltv.RoundToMinorUnit().Should().Be(new Money(371.84m, Currency.Pln));
    }

    [Fact]
    public void RateGuards()
    {
        #region value-rate-guards
        var act = () => RetentionRate.PerYear(1.5);
        // ArgumentOutOfRangeException:
        // rate must be in [0, 1); was 1.5. (Parameter 'rate')

        var mismatch = () => CustomerLifetimeValue.DiscountedRetention(
            new Money(100m, Currency.Pln),
            RetentionRate.PerYear(0.8),
            DiscountRate.PerMonth(0.01));
        // ArgumentException: discountRate must be per the period of
        // retentionRate (P1Y); was per P1M. …
        #endregion

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("rate must be in [0, 1); was 1.5. (Parameter 'rate')*");
        mismatch.Should().Throw<ArgumentException>().WithMessage("discountRate must be per the period of retentionRate (P1Y); was per P1M. *");
    }
}
