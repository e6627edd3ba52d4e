using NodaTime;

namespace RelationshipKit.Value.Tests;

public class DiscountRateTests
{
    [Fact]
    public void Ctor_ValidRate_KeepsValueAndPeriod()
    {
        var rate = new DiscountRate(0.1, Period.FromYears(1));

        rate.Value.Should().Be(0.1);
        rate.Period.Should().Be(Period.FromYears(1));
        DiscountRate.PerYear(0).Value.Should().Be(0);
        DiscountRate.PerMonth(2).Value.Should().Be(2);
        DiscountRate.PerPeriod(0.1).Period.Should().BeNull();
    }

    [Theory]
    [InlineData(-0.01, "-0.01")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void Ctor_OutOfRange_ThrowsNamingRuleAndValue(double value, string shown)
    {
        var act = () => DiscountRate.PerYear(value);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"rate must be a finite number >= 0; was {shown}. (Parameter 'rate')*");
    }

    [Fact]
    public void Default_IsZeroPerAbstractPeriod()
    {
        default(DiscountRate).Should().Be(DiscountRate.PerPeriod(0));
    }

    [Fact]
    public void ToPeriod_AnnualToMonthly_Compounds()
    {
        var monthly = DiscountRate.PerYear(0.1).ToPeriod(Period.FromMonths(1));

        monthly.Value.Should().BeApproximately(0.00797414042890376, 1e-16);
        Math.Pow(1 + monthly.Value, 12).Should().BeApproximately(1.1, 1e-15);
        DiscountRate.PerMonth(0.01).ToPeriod(Period.FromYears(1)).Value.Should().BeApproximately(Math.Pow(1.01, 12) - 1, 1e-15);
    }

    [Fact]
    public void ToPeriod_AnnualToDays_MatchesTimeUnitConversion()
    {
        DiscountRate.PerYear(0.1).ToPeriod(Period.FromWeeks(1)).Value.Should().BeApproximately(TimeUnit.Week.PerUnitRate(0.1), 1e-15);
    }

    [Fact]
    public void ToPeriod_Overflow_Throws()
    {
        var overflow = () => DiscountRate.PerMonth(1e300).ToPeriod(Period.FromYears(1000));
        overflow.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("period is too long for a rate of 1E+300 per P1M: the compound rate overflows. (Parameter 'period')*");
    }

    [Fact]
    public void Equality_ComparesValueAndPeriodLength()
    {
        EqualityContract.Verify(
            DiscountRate.PerYear(0.1),
            new DiscountRate(0.1, Period.FromMonths(12)),
            DiscountRate.PerMonth(0.1),
            DiscountRate.PerPeriod(0.1),
            DiscountRate.PerYear(0.2));
    }

    [Fact]
    public void ToString_ShowsValueAndPeriod() => DiscountRate.PerPeriod(0.1).ToString().Should().Be("0.1 per period");
}
