using System.Globalization;
using RelationshipKit.Value.Tests.Models;
using RelationshipKit.Value.Models.BgBb;
using RelationshipKit.Value.Summaries;

namespace RelationshipKit.Value.Tests.Summaries;

public class SummaryCsvReaderTests
{
    [Fact]
    public void ReadAll_CdnowSummary_RecognisesColumns()
    {
        var summaries = Read(CdnowData.PathOf("cdnow_customers_summary.csv"), new SummaryCsvOptions { TimeUnit = TimeUnit.Week });

        summaries.Count.Should().Be(2357);
        summaries.HasCustomerIds.Should().BeTrue();
        summaries.CustomerIds[0].Value.Should().Be("1");
        summaries.HasWeights.Should().BeFalse();
        summaries.TimeUnitRecorded.Should().BeFalse();
        summaries.TimeUnit.Should().Be(TimeUnit.Week);
        summaries.Table.TotalWeight.Should().Be(2357);
        summaries.Table.Frequency.ToArray().Count(x => x > 0).Should().Be(946);
        summaries.Table.Recency[0].Should().Be(30.43);
        summaries.GetLineNumber(2357).Should().Be(2358);
    }

    [Fact]
    public void ReadAll_HardieNames_ForSpend()
    {
        var summaries = Read(CdnowData.PathOf("cdnow_customers_summary_with_transactions.csv"), new SummaryCsvOptions { Layout = SummaryLayout.Spend });
        summaries.Table.MonetaryValue.Length.Should().Be(2357);
        summaries.Table.MonetaryValue[0].Should().Be(22.35);
        summaries.TimeUnit.Should().Be(TimeUnit.Day, "a file without a time_unit column is in days unless the caller says otherwise");
    }

    [Fact]
    public void ReadAll_Donations_DiscreteWithWeights()
    {
        var summaries = Read(CdnowData.PathOf("donations.csv"), new SummaryCsvOptions { Layout = SummaryLayout.Discrete });
        summaries.Count.Should().Be(22);
        summaries.HasCustomerIds.Should().BeFalse();
        summaries.CustomerIds.Should().BeEmpty();
        summaries.HasWeights.Should().BeTrue();
        summaries.Table.TotalWeight.Should().Be(11104);
        summaries.Table.T.ToArray().Should().OnlyContain(n => n == 6);
        summaries.TimeUnit.Should().Be(TimeUnit.Period);
    }

    [Fact]
    public void ReadAll_DecimalCommaWithSemicolons_UsesCulture()
    {
        var summaries = ReadText("x;t_x;T\n2;30,43;38,86\n0;0;38,86\n", new SummaryCsvOptions { Culture = CultureInfo.GetCultureInfo("pl-PL") });
        summaries.Table.Recency[0].Should().Be(30.43);
        summaries.Table.T[1].Should().Be(38.86);
    }

    [Fact]
    public void ReadAll_HoldoutAndUnitColumns_AreRead()
    {
        var summaries = ReadText(
            "id,frequency,recency,T,monetary_value,frequency_holdout,monetary_value_holdout,duration_holdout,time_unit\n" +
            "a,1,2,5,10,2,7.5,39,week\nb,0,0,4,0,0,0,39,week\n");

        summaries.TimeUnitRecorded.Should().BeTrue();
        summaries.TimeUnit.Should().Be(TimeUnit.Week);
        summaries.HasHoldout.Should().BeTrue();
        summaries.FrequencyHoldout.ToArray().Should().Equal(2, 0);
        summaries.MonetaryValueHoldout.ToArray().Should().Equal(7.5, 0);
        summaries.DurationHoldout.Should().Be(39);
    }

    [Fact]
    public void ReadAll_QuotedIds_AreUnquoted()
    {
        var summaries = ReadText("id,frequency,recency,T\n\"0001\",1,2,5\n\"a,b\",0,0,5\n");
        summaries.CustomerIds.Select(id => id.Value).Should().Equal("0001", "a,b");
    }

    [Fact]
    public void ReadAll_SeventeenDigitNumbers_AreTheRoundTripDoubles()
    {
        var value = 30.428571428571427;
        var summaries = ReadText($"frequency,recency,T\n3,{value.ToString("R", CultureInfo.InvariantCulture)},1e2\n");
        summaries.Table.Recency[0].Should().Be(value);
        summaries.Table.T[0].Should().Be(100);
    }

    [Theory]
    [InlineData("", "1:1: the file is empty; expected a header such as frequency,recency,T.")]
    [InlineData("frequency,recency,T\n", "2:1: the file has a header but no data rows.")]
    [InlineData("frequency,T\n1,5\n", "1:1: the header has no recency column (accepted names: recency, t_x); found frequency,T.")]
    [InlineData("frequency,recency,T\n1,2,5\n1,abc,5\n", "3:3: recency must be a number; was \"abc\".")]
    [InlineData("frequency,recency,T\n1,2,Infinity\n", "2:5: T must be a number; was \"Infinity\".")]
    [InlineData("frequency,recency,T\n1,2\n", "2:1: expected 3 fields as in the header; found 2.")]
    [InlineData("id,frequency,recency,T\na,1,2,5\nb,2,7,5\n", "3:5: recency must be in [0, T]; row 2 was 7 with T 5.")]
    [InlineData("id,frequency,recency,T\n\"0001,1,2,5\n", "2:1: a quoted field is not closed before the end of the line.")]
    [InlineData("id,frequency,recency,T,T\na,1,2,5,5\n", "1:24: column \"T\" appears twice in the header (fields 4 and 5).")]
    [InlineData("id,frequency,recency,T\na,1,2,5\nb,0,0,5\na,0,0,4\n", "4:1: customer id \"a\" is on line 2 and on line 4; a summary has one row per customer (a weights column says how many customers a row stands for).")]
    [InlineData("id,frequency,recency,T\na,1,2,5\na,0,0,5\nb,0,x,4\n", "3:1: customer id \"a\" is on line 2 and on line 3; a summary has one row per customer (a weights column says how many customers a row stands for).")]
    [InlineData("id,frequency,recency,T\na,1,2,5\nb,0,x,5\na,0,0,4\n", "3:5: recency must be a number; was \"x\".")]
    [InlineData("id,frequency,recency,T\na,1,2,5\nb,0,0,5\n  \"a\",0,0,4\nb,0,0,4\n", "4:3: customer id \"a\" is on line 2 and on line 4; a summary has one row per customer (a weights column says how many customers a row stands for).")]
    [InlineData("id,frequency,recency,T\n ,1,2,5\n", "2:2: customer id is empty.")]
    [InlineData("frequency,recency,T,weights\n1,2,5,0\n", "2:7: weight must be a number in (0, 1000000000000]; row 1 was 0.")]
    [InlineData("frequency,recency,T,time_unit\n1,2,5,fortnight\n", "2:7: time_unit must be day, week, N days or period; was \"fortnight\".")]
    [InlineData("frequency,recency,T,time_unit\n1,2,5,week\n0,0,5,day\n", "3:7: time_unit must be the same on every row; was \"week\" on line 2 and \"day\" here.")]
    [InlineData("frequency,recency,T,time_unit\n1,2,5,period\n", "2:7: time_unit must have a calendar length (day, week, N days) for continuous-time summaries; was \"period\".")]
    [InlineData("frequency,recency,T,frequency_holdout,duration_holdout\n1,2,5,1.5,4\n", "2:7: frequency_holdout must be a whole number in [0, 1000000000]; was 1.5.")]
    [InlineData("frequency,recency,T,frequency_holdout,duration_holdout\n1,2,5,1,0\n", "2:9: duration_holdout must be in (0, 1000000000000] (the length of the holdout); was 0.")]
    [InlineData("frequency,recency,T,frequency_holdout,duration_holdout\n1,2,5,1,4\n1,2,5,1,5\n", "3:9: duration_holdout must be the same on every row (the length of the holdout); was 4 on line 2 and 5 here.")]
    [InlineData("frequency,recency,T,monetary_value_holdout\n1,2,5,-1\n", "2:7: monetary_value_holdout must be a number in [0, 1000000000000000]; was -1.")]
    public void ReadAll_BadInput_ThrowsAtFileLineColumn(string content, string message)
    {
        var path = TempFiles.Write(content, "summary.csv");
        var act = () => Read(path);
        act.Should().Throw<CsvFormatException>().Which.Message.Should().Be($"{path}:{message}");
    }

    [Fact]
    public void ReadAll_UnitContradictsTheRequestedUnit_NamesBoth()
    {
        var act = () => ReadText("frequency,recency,T,time_unit\n1,2,5,week\n", new SummaryCsvOptions { TimeUnit = TimeUnit.Day });
        var error = act.Should().Throw<CsvFormatException>().Which;
        error.Message.Should().Be("line 2, column 7: the file records its time unit as week, which contradicts the requested unit day; ask for week or for none.");
        error.ColumnName.Should().Be("time_unit");
    }

    [Fact]
    public void ReadAll_BadNumber_NamesTheColumnAsTheHeaderWritesIt()
    {
        var act = () => ReadText("x,t_x,T\n1,abc,5\n");
        var error = act.Should().Throw<CsvFormatException>().Which;
        (error.LineNumber, error.Column, error.ColumnName, error.Reason).Should().Be((2L, 3, "t_x", "recency must be a number; was \"abc\"."));
    }

    [Fact]
    public void ReadAll_DiscreteWithoutPeriods_NamesTheAcceptedNames()
    {
        var act = () => ReadText("frequency,recency\n1,1\n", new SummaryCsvOptions { Layout = SummaryLayout.Discrete });
        act.Should().Throw<CsvFormatException>().WithMessage("line 1, column 1: the header has no periods column (accepted names: periods, n, T); found frequency,recency.");
    }

    [Fact]
    public void Locate_ModelRejectsARow_GivesTheFilePositionOfTheField()
    {
        var path = TempFiles.Write("frequency,recency,periods\n1,1,6\n2,2.5,6\n", "donations.csv");
        var summaries = Read(path, new SummaryCsvOptions { Layout = SummaryLayout.Discrete });

        var fit = () => BgBbModel.Fit(summaries.Table);

        var error = summaries.Locate(fit.Should().Throw<DataRowException>().Which);
        error.Message.Should().Be($"{path}:3:3: recency must be a whole number of opportunities for BG/BB; row 2 was 2.5.");
        error.ColumnName.Should().Be("recency");
    }

    [Fact]
    public void Locate_TextReaderSource_HasLineButColumnOne()
    {
        var summaries = ReadText("frequency,recency,periods\n2,2.5,6\n", new SummaryCsvOptions { Layout = SummaryLayout.Discrete });
        var error = summaries.Locate(new DataRowException("recency", 1, "recency", 2.5, "recency must be whole; row 1 was 2.5."));
        error.Message.Should().Be("line 2, column 1: recency must be whole; row 1 was 2.5.");
    }

    [Fact]
    public void GetLineNumber_OutOfRange_Throws()
    {
        var summaries = ReadText("frequency,recency,T\n1,2,5\n");
        var act = () => summaries.GetLineNumber(2);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("rowNumber must be in [1, 1]; was 2.*");
    }

    [Fact]
    public void Options_Invalid_ThrowNamingTheSetting()
    {
        var discrete = () => new SummaryCsvReader(new StringReader(string.Empty), new SummaryCsvOptions { Layout = SummaryLayout.Discrete, TimeUnit = TimeUnit.Week });
        discrete.Should().Throw<ArgumentException>().WithMessage("TimeUnit must be period for the Discrete layout, which counts opportunities; was week. (Parameter 'options')");
        var continuous = () => new SummaryCsvReader(new StringReader(string.Empty), new SummaryCsvOptions { TimeUnit = TimeUnit.Period });
        continuous.Should().Throw<ArgumentException>().WithMessage("TimeUnit must have a calendar length (day, week, N days) for the Continuous layout; was period. (Parameter 'options')");
        var culture = () => SummaryCsvReader.Open("x.csv", new SummaryCsvOptions { Culture = null! });
        culture.Should().Throw<ArgumentException>().WithMessage("Culture must not be null; use CultureInfo.InvariantCulture for the default. (Parameter 'options')");
    }

    [Fact]
    public async Task ReadAllAsync_Stream_ReadsAndASecondReadThrows()
    {
        using var reader = new SummaryCsvReader(new MemoryStream("id,frequency,recency,T\na,1,2,5\n"u8.ToArray()));
        (await reader.ReadAllAsync()).Count.Should().Be(1);
        await FluentActions.Awaiting(() => reader.ReadAllAsync()).Should().ThrowAsync<InvalidOperationException>()
            .WithMessage("This summary reader has already been read; open a new reader to read the file again.");
    }

    [Fact]
    public void ReadAll_ManyRows_GrowsColumnsAndKeepsOrder()
    {
        var text = new System.Text.StringBuilder("id,frequency,recency,T,monetary_value,weights\n");
        for (var i = 0; i < 5000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"c{i},{i % 3},{i % 3},{3 + (i % 5)},{i % 3 * 1.5},{1 + (i % 2)}\n");
        }

        var summaries = ReadText(text.ToString());

        summaries.Count.Should().Be(5000);
        summaries.CustomerIds[4999].Value.Should().Be("c4999");
        summaries.Table.T[4999].Should().Be(7);
        summaries.Table.Weight[4999].Should().Be(2);
        summaries.Table.MonetaryValue[4999].Should().Be(1.5);
        summaries.GetLineNumber(5000).Should().Be(5001);
    }

    [Fact]
    public void ReadAll_LargeSeekableFile_PresizesAndStillFindsARepeatedIdFarApart()
    {
        var text = new System.Text.StringBuilder("id,frequency,recency,T\n");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"customer-{i},1,1.5,{2 + (i % 7)}\n");
        }

        var bytes = System.Text.Encoding.UTF8.GetBytes(text.ToString());
        using (var reader = new SummaryCsvReader(new MemoryStream(bytes)))
        {
            var summaries = reader.ReadAll();
            summaries.Count.Should().Be(20_000);
            summaries.CustomerIds[19_999].Value.Should().Be("customer-19999");
            summaries.CustomerIds.Skip(12_345).First().Value.Should().Be("customer-12345");
            summaries.Table.T[19_999].Should().Be(2 + (19_999 % 7));
        }

        text.Append("customer-3,0,0,4\n");
        using var again = new SummaryCsvReader(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text.ToString())));
        var act = () => again.ReadAll();
        act.Should().Throw<CsvFormatException>().WithMessage("line 20002, column 1: customer id \"customer-3\" is on line 5 and on line 20002; *");
    }

    private static SummaryTable Read(string path, SummaryCsvOptions? options = null)
    {
        using var reader = SummaryCsvReader.Open(path, options);
        return reader.ReadAll();
    }

    private static SummaryTable ReadText(string text, SummaryCsvOptions? options = null)
    {
        using var reader = new SummaryCsvReader(new StringReader(text), options);
        return reader.ReadAll();
    }
}
