namespace RelationshipKit.Value.Tests;

public class RfmTableTests
{
    [Fact]
    public void Create_DefaultsWeightsToOne()
    {
        var table = RfmTable.Create([0, 2, 5], [0, 10, 30], [38, 38, 38], TimeUnit.Week);
        table.Count.Should().Be(3);
        table.TotalWeight.Should().Be(3);
        table.Weight.ToArray().Should().Equal(1, 1, 1);
        table.HasMonetaryValue.Should().BeFalse();
        table.MonetaryValue.IsEmpty.Should().BeTrue();
        table.TimeUnit.Should().Be(TimeUnit.Week);
    }

    [Theory]
    [InlineData(2.5, 1, 5, 1, "frequency must be a whole number in [0, 1000000000]; row 2 was 2.5.*", "frequency")]
    [InlineData(-1, 0, 5, 1, "frequency must be a whole number in [0, 1000000000]; row 2 was -1.*", "frequency")]
    [InlineData(2, 6, 5, 1, "recency must be in [0, T]; row 2 was 6 with T 5.*", "recency")]
    [InlineData(0, 1, 5, 1, "recency must be 0 when frequency is 0; row 2 was 1.*", "recency")]
    [InlineData(1, 1, double.NaN, 1, "T must be a number in [0, 1000000000000]; row 2 was NaN.*", "t")]
    [InlineData(1, 1, 5, 0, "weight must be a number in (0, 1000000000000]; row 2 was 0.*", "weight")]
    [InlineData(1e9 + 1, 1, 5, 1, "frequency must be a whole number in [0, 1000000000]; row 2 was 1000000001.*", "frequency")]
    [InlineData(1, 1, 1e12 + 1, 1, "T must be a number in [0, 1000000000000]; row 2 was 1000000000001.*", "t")]
    [InlineData(1, 1, 5, 1e12 + 1, "weight must be a number in (0, 1000000000000]; row 2 was 1000000000001.*", "weight")]
    public void Create_InvalidRow_ThrowsNamingTheRow(double x, double tx, double t, double w, string message, string param)
    {
        var act = () => RfmTable.Create([1, x], [1, tx], [5, t], TimeUnit.Day, [1, w]);
        act.Should().Throw<DataRowException>().WithMessage(message).Where(e => e.RowNumber == 2 && e.ParamName == param);
    }

    [Fact]
    public void Create_MonetaryValueAboveTheBound_Throws()
    {
        var act = () => RfmTable.Create([1, 1], [1, 1], [5, 5], TimeUnit.Day, default, [10, 1e15 + 1]);
        act.Should().Throw<DataRowException>().WithMessage("monetary value must be a number in [0, 1000000000000000]; row 2 was 1000000000000001.*");
    }

    [Fact]
    public void Create_AtEveryBound_IsAccepted()
    {
        var table = RfmTable.Create([RfmTable.MaxFrequency, 0], [RfmTable.MaxTime, 0], [RfmTable.MaxTime, RfmTable.MaxTime], TimeUnit.Day, [RfmTable.MaxWeight, 1], [RfmTable.MaxMonetaryValue, 0]);
        table.Count.Should().Be(2);
    }

    [Fact]
    public void Create_MismatchedLengths_Throws()
    {
        var act = () => RfmTable.Create([1, 2], [1], [5, 5], TimeUnit.Day);
        act.Should().Throw<ArgumentException>().WithMessage("recency must have one value per row (2); had 1. (Parameter 'recency')");
    }

    [Fact]
    public void Collapse_MergesIdenticalRowsAndSumsWeights()
    {
        var table = RfmTable.Create([0, 1, 0, 1, 1], [0, 3, 0, 3, 4], [10, 10, 10, 10, 10], TimeUnit.Week, [1, 2, 3, 4, 5]).Collapse();
        table.Count.Should().Be(3);
        table.Frequency.ToArray().Should().Equal(0, 1, 1);
        table.Recency.ToArray().Should().Equal(0, 3, 4);
        table.Weight.ToArray().Should().Equal(4, 6, 5);
        table.TotalWeight.Should().Be(15);
    }

    [Fact]
    public void WithTimeUnit_ConvertsDaysToWeeks()
    {
        var weeks = RfmTable.Create([1], [14], [28], TimeUnit.Day).WithTimeUnit(TimeUnit.Week);
        weeks.Recency[0].Should().Be(2);
        weeks.T[0].Should().Be(4);
        var act = () => RfmTable.Create([1], [1], [6], TimeUnit.Period).WithTimeUnit(TimeUnit.Week);
        act.Should().Throw<InvalidOperationException>().WithMessage("Cannot convert between period and week: an abstract period has no calendar length.");
    }
}
