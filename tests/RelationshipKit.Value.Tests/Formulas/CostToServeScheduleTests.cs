using RelationshipKit.Value.Formulas;

namespace RelationshipKit.Value.Tests.Formulas;

public class CostToServeScheduleTests
{
    private static Money Pln(decimal amount) => new(amount, Currency.Pln);

    [Fact]
    public void Constant_IsTheSameEveryPeriod()
    {
        var schedule = CostToServeSchedule.Constant(Pln(300));
        schedule.IsConstant.Should().BeTrue();
        schedule.CostInPeriod(1).Should().Be(Pln(300));
        schedule.CostInPeriod(40).Should().Be(Pln(300));
        schedule.ToString().Should().Be("300 PLN a period");
    }

    [Fact]
    public void Falling_HalvesEachPeriod()
    {
        var schedule = CostToServeSchedule.Falling(Pln(3_000), 0.5);
        schedule.IsConstant.Should().BeFalse();
        schedule.FallRate.Should().Be(0.5);
        schedule.CostInPeriod(1).Should().Be(Pln(3_000));
        schedule.CostInPeriod(3).Should().Be(Pln(750));
        schedule.ToString().Should().Be("3000 PLN falling 50% a period");
    }

    [Fact]
    public void FromPeriods_ContinuesWithTheLastAmount()
    {
        var schedule = CostToServeSchedule.FromPeriods([Pln(3_000), Pln(1_500), Pln(750)]);
        schedule.Amounts.Should().Equal(Pln(3_000), Pln(1_500), Pln(750));
        schedule.CostInPeriod(2).Should().Be(Pln(1_500));
        schedule.CostInPeriod(10).Should().Be(Pln(750));
        schedule.FirstPeriod.Should().Be(Pln(3_000));
        schedule.Currency.Should().Be(Currency.Pln);
        schedule.ToString().Should().Be("3000 PLN, 1500 PLN, then 750 PLN");
    }

    [Fact]
    public void Guards()
    {
        var act = () => CostToServeSchedule.Constant(Pln(-1));
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("perPeriod must be >= 0; was -1 PLN. (Parameter 'perPeriod')*");
        act = () => CostToServeSchedule.Falling(Pln(10), 1.0);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("fallRate must be in [0, 1); was 1. (Parameter 'fallRate')*");
        act = () => CostToServeSchedule.Falling(Pln(-10), 0.1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("firstPeriod must be >= 0; was -10 PLN. (Parameter 'firstPeriod')*");
        act = () => CostToServeSchedule.FromPeriods([]);
        act.Should().Throw<ArgumentException>().WithMessage("amounts must hold at least one period's cost; was empty. (Parameter 'amounts')");
        act = () => CostToServeSchedule.FromPeriods([Pln(1), Pln(-2)]);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("amounts[1] must be >= 0; was -2 PLN. (Parameter 'amounts')*");
        act = () => CostToServeSchedule.FromPeriods([Pln(1), new Money(2, Currency.Eur)]);
        act.Should().Throw<ArgumentException>().WithMessage("amounts must share one currency; amounts[1] is in EUR, amounts[0] in PLN. (Parameter 'amounts')");
        var period = () => CostToServeSchedule.Constant(Pln(1)).CostInPeriod(0);
        period.Should().Throw<ArgumentOutOfRangeException>().WithMessage("period ('0') must be greater than or equal to '1'. (Parameter 'period')*");
    }

    [Fact]
    public void Segment_NullSchedule_Throws()
    {
        var act = () => new CustomerSegment("s", 1, Pln(1), 1, RetentionRate.PerYear(0.5), (CostToServeSchedule)null!, Pln(0));
        act.Should().Throw<ArgumentNullException>().WithParameterName("costToServe");
    }

    [Fact]
    public void Equality()
    {
        EqualityContract.Verify(
            CostToServeSchedule.Falling(Pln(10), 0.1),
            CostToServeSchedule.Falling(Pln(10), 0.1),
            CostToServeSchedule.Falling(Pln(10), 0.2),
            CostToServeSchedule.Constant(Pln(10)),
            CostToServeSchedule.FromPeriods([Pln(10), Pln(5)]));
    }
}
