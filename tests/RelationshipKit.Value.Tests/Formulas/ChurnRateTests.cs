using NodaTime;

using RelationshipKit.Value.Formulas;

namespace RelationshipKit.Value.Tests.Formulas;

public class ChurnRateTests
{
    [Fact]
    public void Ctor_ValidRate_KeepsValueAndPeriod()
    {
        var rate = new ChurnRate(0.2, Period.FromYears(1));

        rate.Value.Should().Be(0.2);
        rate.Period.Should().Be(Period.FromYears(1));
        ChurnRate.PerMonth(1).Value.Should().Be(1);
        ChurnRate.PerPeriod(0.5).Period.Should().BeNull();
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(1.5, "1.5")]
    [InlineData(-0.1, "-0.1")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void Ctor_OutOfRange_ThrowsNamingRuleAndValue(double value, string shown)
    {
        var act = () => ChurnRate.PerYear(value);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"rate must be in (0, 1]; was {shown}. (Parameter 'rate')*");
    }

    [Fact]
    public void Default_IsOnePerAbstractPeriod()
    {
        default(ChurnRate).Value.Should().Be(1);
        default(ChurnRate).Period.Should().BeNull();
        default(ChurnRate).Should().Be(ChurnRate.PerPeriod(1));
        default(ChurnRate).ToRetentionRate().Should().Be(default(RetentionRate));
    }

    [Fact]
    public void ToRetentionRate_IsExactDecimalComplement()
    {
        ChurnRate.PerYear(0.2).ToRetentionRate().Should().Be(RetentionRate.PerYear(0.8));
        ChurnRate.PerMonth(0.35).ToRetentionRate().Value.Should().Be(0.65);
    }

    [Fact]
    public void ToRetentionRate_TinyChurn_StaysBelowOne()
    {
        var retention = ChurnRate.PerPeriod(1e-20).ToRetentionRate();

        retention.Value.Should().BeLessThan(1).And.BeGreaterThan(0.9999999999999998);
    }

    [Fact]
    public void ToPeriod_AnnualToMonthly_KeepsTheSurvivalOverAYear()
    {
        var monthly = ChurnRate.PerYear(0.2).ToPeriod(Period.FromMonths(1));

        Math.Pow(1 - monthly.Value, 12).Should().BeApproximately(0.8, 1e-15);
        ChurnRate.PerYear(1).ToPeriod(Period.FromMonths(1)).Value.Should().Be(1);
    }

    [Fact]
    public void ToPeriod_TinyChurn_IsAccurate()
    {
        // 1 − (1 − c)^12 ≈ 12c for small c; the naive formula loses every digit here.
        ChurnRate.PerMonth(1e-17).ToPeriod(Period.FromYears(1)).Value.Should().BeApproximately(12e-17, 1e-30);
    }

    [Fact]
    public void Equality_ComparesValueAndPeriodLength()
    {
        EqualityContract.Verify(
            ChurnRate.PerYear(0.2),
            new ChurnRate(0.2, Period.FromMonths(12)),
            ChurnRate.PerMonth(0.2),
            ChurnRate.PerPeriod(0.2),
            ChurnRate.PerYear(0.3));
    }

    [Fact]
    public void ToString_ShowsValueAndPeriod() => ChurnRate.PerYear(0.2).ToString().Should().Be("0.2 per P1Y");
}
