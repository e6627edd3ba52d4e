using System.Globalization;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Value;

namespace RelationshipKit.Cli.Tests.Infrastructure;

public class SummaryCsvTests
{
    [Fact]
    public void Read_CdnowSummary_RecognisesColumns()
    {
        var file = SummaryCsv.Read(TestFiles.Data("cdnow_customers_summary.csv"), SummaryColumns.Continuous, CultureInfo.InvariantCulture);
        file.Count.Should().Be(2357);
        file.HasIdColumn.Should().BeTrue();
        file.Ids[0].Should().Be("1");
        file.HasWeightColumn.Should().BeFalse();
        var table = file.ToRfmTable(TimeUnit.Week);
        table.TotalWeight.Should().Be(2357);
        table.Frequency.ToArray().Count(x => x > 0).Should().Be(946);
    }

    [Fact]
    public void Read_HardieNames_ForSpend()
    {
        var file = SummaryCsv.Read(TestFiles.Data("cdnow_customers_summary_with_transactions.csv"), SummaryColumns.Spend, CultureInfo.InvariantCulture);
        file.MonetaryValue.Should().NotBeNull().And.HaveCount(2357);
        file.Recency.Should().HaveCount(2357);
    }

    [Fact]
    public void Read_Donations_DiscreteWithWeights()
    {
        var file = SummaryCsv.Read(TestFiles.Data("donations.csv"), SummaryColumns.Discrete, CultureInfo.InvariantCulture);
        file.Count.Should().Be(22);
        file.HasIdColumn.Should().BeFalse();
        file.Ids[21].Should().Be("22");
        file.Weights.Sum().Should().Be(11104);
        file.T.Should().OnlyContain(n => n == 6);
    }

    [Fact]
    public void Read_DecimalCommaWithSemicolons_UsesCulture()
    {
        var path = TestFiles.Temp("x;t_x;T\n2;30,43;38,86\n0;0;38,86\n");
        var file = SummaryCsv.Read(path, SummaryColumns.Continuous, CultureInfo.GetCultureInfo("pl-PL"));
        file.Recency[0].Should().Be(30.43);
        file.T[1].Should().Be(38.86);
    }

    [Fact]
    public void Read_MissingColumn_NamesAcceptedNames()
    {
        var path = TestFiles.Temp("frequency,T\n1,5\n");
        var act = () => SummaryCsv.Read(path, SummaryColumns.Continuous, CultureInfo.InvariantCulture);
        act.Should().Throw<CliUsageException>().WithMessage($"{path}:1:1: the header has no recency column (accepted names: recency, t_x); found frequency,T.");
    }

    [Fact]
    public void Read_NonNumber_ReportsLineAndColumn()
    {
        var path = TestFiles.Temp("frequency,recency,T\n1,2,5\n1,abc,5\n");
        var act = () => SummaryCsv.Read(path, SummaryColumns.Continuous, CultureInfo.InvariantCulture);
        act.Should().Throw<CliUsageException>().WithMessage($"{path}:3:3: recency must be a number; was \"abc\".");
    }

    [Fact]
    public void Read_EmptyAndHeaderOnly_AreRejected()
    {
        var empty = TestFiles.Temp(string.Empty);
        var act = () => SummaryCsv.Read(empty, SummaryColumns.Continuous, CultureInfo.InvariantCulture);
        act.Should().Throw<CliUsageException>().WithMessage($"{empty}:1:1: the file is empty; expected a header such as frequency,recency,T.");
        var headerOnly = TestFiles.Temp("frequency,recency,T\n");
        act = () => SummaryCsv.Read(headerOnly, SummaryColumns.Continuous, CultureInfo.InvariantCulture);
        act.Should().Throw<CliUsageException>().WithMessage($"{headerOnly}:2:1: the file has a header but no data rows.");
    }

    [Fact]
    public void Read_WrongFieldCount_IsRejected()
    {
        var path = TestFiles.Temp("frequency,recency,T\n1,2\n");
        var act = () => SummaryCsv.Read(path, SummaryColumns.Continuous, CultureInfo.InvariantCulture);
        act.Should().Throw<CliUsageException>().WithMessage($"{path}:2:1: expected 3 fields as in the header; found 2.");
    }

    [Fact]
    public void ToRfmTable_RuleBroken_ReportsTheRowsLineAndColumn()
    {
        var path = TestFiles.Temp("id,frequency,recency,T\na,1,2,5\nb,2,7,5\n");
        var file = SummaryCsv.Read(path, SummaryColumns.Continuous, CultureInfo.InvariantCulture);
        var act = () => file.ToRfmTable(TimeUnit.Week);
        act.Should().Throw<CliUsageException>().WithMessage($"{path}:3:5: recency must be in [0, T]; row 2 was 7 with T 5.");
    }

    [Fact]
    public void Read_QuotedFields_AreUnquotedAndAnUnclosedQuoteIsNamed()
    {
        var path = TestFiles.Temp("id,frequency,recency,T\n\"0001\",1,2,5\n\"a,b\",0,0,5\n");
        var file = SummaryCsv.Read(path, SummaryColumns.Continuous, CultureInfo.InvariantCulture);
        file.Ids.Should().Equal("0001", "a,b");
        var bad = TestFiles.Temp("id,frequency,recency,T\n\"0001,1,2,5\n");
        var act = () => SummaryCsv.Read(bad, SummaryColumns.Continuous, CultureInfo.InvariantCulture);
        act.Should().Throw<CliUsageException>().WithMessage($"{bad}:2:1: a quoted field is not closed before the end of the line.");
    }
}
