using NodaTime;
using RelationshipKit.Value.Summaries;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Value.Tests.Summaries;

public class SummaryCsvWriterTests
{
    [Fact]
    public void Write_Summaries_ThenRead_GivesTheSameTable()
    {
        var summaries = RfmSummaries.FromTransactions(
            [
                new Transaction(new CustomerId("a,1"), new LocalDate(2025, 1, 1), 10m),
                new Transaction(new CustomerId("a,1"), new LocalDate(2025, 1, 8), 12.5m),
                new Transaction(new CustomerId("b"), new LocalDate(2025, 1, 3), 4m),
                new Transaction(new CustomerId("b"), new LocalDate(2025, 2, 3), 4m),
            ],
            new SummaryOptions { TimeUnit = TimeUnit.Week, CalibrationEnd = new LocalDate(2025, 1, 20), ObservationEnd = new LocalDate(2025, 2, 28) });
        using var text = new StringWriter();
        using (var writer = new SummaryCsvWriter(text, leaveOpen: true))
        {
            writer.Write(summaries);
        }

        text.ToString().Split('\n')[0].Should().Be("id,frequency,recency,T,monetary_value,frequency_holdout,monetary_value_holdout,duration_holdout,time_unit");
        text.ToString().Split('\n')[1].Should().Be("\"a,1\",1,1,2.7142857142857144,12.5,0,0,5.571428571428571,week");
        using var reader = new SummaryCsvReader(new StringReader(text.ToString()));
        var read = reader.ReadAll();
        read.TimeUnitRecorded.Should().BeTrue();
        read.TimeUnit.Should().Be(TimeUnit.Week, "the unit travels with the data");
        read.Table.Recency.ToArray().Should().Equal(summaries.ToRfmTable().Recency.ToArray());
        read.Table.T.ToArray().Should().Equal(summaries.ToRfmTable().T.ToArray(), "shortest round-trip text reads back bit for bit");
        read.FrequencyHoldout.ToArray().Should().Equal(0, 1);
        read.DurationHoldout.Should().Be(summaries.DurationHoldout);
    }

    [Fact]
    public void Write_Table_RoundTripsWeightsAndPeriods()
    {
        var path = TempFiles.Write("frequency,recency,periods,weights\n0,0,6,3464\n1,1,6,1091\n", "donations.csv");
        SummaryTable original;
        using (var reader = SummaryCsvReader.Open(path, new SummaryCsvOptions { Layout = SummaryLayout.Discrete }))
        {
            original = reader.ReadAll();
        }

        var copy = Path.Combine(Path.GetDirectoryName(path)!, "copy.csv");
        using (var writer = SummaryCsvWriter.Create(copy))
        {
            writer.Write(original);
        }

        File.ReadAllText(copy).Should().Be("frequency,recency,periods,weights,time_unit\n0,0,6,3464,period\n1,1,6,1091,period\n");
    }

    [Fact]
    public void Ctor_Null_Throws()
    {
        FluentActions.Invoking(() => new SummaryCsvWriter((TextWriter)null!)).Should().Throw<ArgumentNullException>().WithParameterName("writer");
        FluentActions.Invoking(() => new SummaryCsvWriter((Stream)null!)).Should().Throw<ArgumentNullException>().WithParameterName("stream");
        using var writer = new SummaryCsvWriter(new StringWriter());
        FluentActions.Invoking(() => writer.Write((RfmSummaries)null!)).Should().Throw<ArgumentNullException>().WithParameterName("summaries");
    }
}
