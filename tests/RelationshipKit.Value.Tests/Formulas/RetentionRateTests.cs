using NodaTime;

using RelationshipKit.Value.Formulas;

namespace RelationshipKit.Value.Tests.Formulas;

public class RetentionRateTests
{
    [Fact]
    public void Ctor_ValidRate_KeepsValueAndPeriod()
    {
        var rate = new RetentionRate(0.8, Period.FromYears(1));

        rate.Value.Should().Be(0.8);
        rate.Period.Should().Be(Period.FromYears(1));
        RetentionRate.PerMonth(0.9).Period.Should().Be(Period.FromMonths(1));
        RetentionRate.PerPeriod(0).Period.Should().BeNull();
    }

    [Theory]
    [InlineData(1.0, "1")]
    [InlineData(1.5, "1.5")]
    [InlineData(-0.1, "-0.1")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Ctor_OutOfRange_ThrowsNamingRuleAndValue(double value, string shown)
    {
        var act = () => RetentionRate.PerYear(value);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"rate must be in [0, 1); was {shown}. (Parameter 'rate')*")
            .Which.ParamName.Should().Be("rate");
    }

    [Fact]
    public void Ctor_TimeOrEmptyPeriod_Throws()
    {
        var act = () => new RetentionRate(0.5, Period.FromHours(1));
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("period must be null (an abstract period) or a positive period of years, months, weeks and days; was PT1H. (Parameter 'period')*");

        act = () => new RetentionRate(0.5, Period.Zero);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("period must be null (an abstract period) or a positive period of years, months, weeks and days; was P0D. (Parameter 'period')*");

        act = () => new RetentionRate(0.5, Period.FromMonths(-1));
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("period must be null*was P-1M. (Parameter 'period')*");
    }

    [Fact]
    public void Default_IsZeroPerAbstractPeriod()
    {
        default(RetentionRate).Value.Should().Be(0);
        default(RetentionRate).Period.Should().BeNull();
        default(RetentionRate).Should().Be(RetentionRate.PerPeriod(0));
    }

    [Fact]
    public void ToChurnRate_IsExactDecimalComplement()
    {
        RetentionRate.PerYear(0.8).ToChurnRate().Should().Be(ChurnRate.PerYear(0.2));
        RetentionRate.PerYear(0.8).ToChurnRate().Value.Should().Be(0.2);
        RetentionRate.PerPeriod(0).ToChurnRate().Should().Be(ChurnRate.PerPeriod(1));
    }

    [Fact]
    public void ToPeriod_AnnualToMonthly_IsTwelfthRoot()
    {
        var monthly = RetentionRate.PerYear(0.8).ToPeriod(Period.FromMonths(1));

        monthly.Period.Should().Be(Period.FromMonths(1));
        Math.Pow(monthly.Value, 12).Should().BeApproximately(0.8, 1e-15);
        RetentionRate.PerMonth(0.9).ToPeriod(Period.FromYears(1)).Value.Should().BeApproximately(Math.Pow(0.9, 12), 1e-15);
        RetentionRate.PerYear(0).ToPeriod(Period.FromMonths(1)).Value.Should().Be(0);
    }

    [Fact]
    public void ToPeriod_MixedUnits_UsesMeanGregorianMonth()
    {
        // One week is 7 / 30.436875 of a month.
        var weekly = RetentionRate.PerMonth(0.9).ToPeriod(Period.FromWeeks(1));
        weekly.Value.Should().BeApproximately(Math.Pow(0.9, 7 / 30.436875), 1e-15);
    }

    [Fact]
    public void ToPeriod_AbstractPeriod_Throws()
    {
        var act = () => RetentionRate.PerPeriod(0.8).ToPeriod(Period.FromYears(1));

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("Cannot convert a rate per period to a rate per P1Y: an abstract period has no calendar length. Give the rate per calendar period (for example Period.FromYears(1)).");
    }

    [Fact]
    public void Equality_ComparesValueAndPeriodLength()
    {
        EqualityContract.Verify(
            RetentionRate.PerYear(0.8),
            new RetentionRate(0.8, Period.FromMonths(12)),
            RetentionRate.PerMonth(0.8),
            RetentionRate.PerPeriod(0.8),
            RetentionRate.PerYear(0.7));
        new RetentionRate(0.5, Period.FromWeeks(1)).Should().Be(new RetentionRate(0.5, Period.FromDays(7)));
    }

    [Fact]
    public void ToString_ShowsValueAndPeriod()
    {
        RetentionRate.PerYear(0.8).ToString().Should().Be("0.8 per P1Y");
        RetentionRate.PerPeriod(0.8).ToString().Should().Be("0.8 per period");
    }
}
