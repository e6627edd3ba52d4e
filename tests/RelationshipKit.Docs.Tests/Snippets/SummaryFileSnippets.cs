using NodaTime;
using RelationshipKit.Value;
using RelationshipKit.Value.Models.BgNbd;
using RelationshipKit.Value.Summaries;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>The code of docs/reference/summary-format.md, compiled and run.</summary>
public class SummaryFileSnippets
{
    private static readonly string Cdnow =
        Path.Combine(AppContext.BaseDirectory, "TestData", "cdnow_customers_summary.csv");

    [Fact]
    public void Read_CdnowSummary_FitsThePublishedModel()
    {
        var path = Cdnow;
        #region summary-file-read
        // The published CDNOW summary does not record its unit: say it.
        var options = new SummaryCsvOptions { TimeUnit = TimeUnit.Week };
        SummaryTable summaries;
        using (var reader = SummaryCsvReader.Open(path, options))
        {
            summaries = reader.ReadAll();
        }

        var fit = BgNbdModel.Fit(summaries.Table);
        var r = fit.Parameters[0].Value;
        #endregion

        summaries.Count.Should().Be(2357);
        summaries.CustomerIds[0].Value.Should().Be("1");
        r.Should().BeApproximately(0.243, 0.001);
    }

    [Fact]
    public void WriteThenRead_KeepsEveryNumber()
    {
        var file = Path.Combine(Path.GetTempPath(), "rk-docs-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            #region summary-file-write
            var summaries = RfmSummaries.FromTransactions(
                [
                    new Transaction(new CustomerId("42"), new LocalDate(2025, 1, 3)),
                    new Transaction(new CustomerId("42"), new LocalDate(2025, 2, 14)),
                    new Transaction(new CustomerId("43"), new LocalDate(2025, 3, 1)),
                ],
                new SummaryOptions { ObservationEnd = new LocalDate(2025, 3, 31) });
            using (var writer = SummaryCsvWriter.Create(file))
            {
                writer.Write(summaries);
            }

            using var reader = SummaryCsvReader.Open(file);
            var table = reader.ReadAll().Table;
            #endregion

            table.Recency.ToArray().Should().Equal(summaries.ToRfmTable().Recency.ToArray());
            table.T.ToArray().Should().Equal(87, 30);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void BadRow_NamesFileLineColumn()
    {
        var file = Path.Combine(Path.GetTempPath(), "rk-docs-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(file, "id,frequency,recency,T\na,1,2,5\nb,2,7,5\n");
        try
        {
            string? message = null;
            #region summary-file-errors
            try
            {
                using var reader = SummaryCsvReader.Open(file);
                reader.ReadAll();
            }
            catch (CsvFormatException ex)
            {
                // ex.Path, ex.LineNumber (3), ex.Column (5),
                // ex.ColumnName ("recency") and ex.Reason
                message = ex.Message;
            }
            #endregion

            message.Should().Be($"{file}:3:5: recency must be in [0, T]; row 2 was 7 with T 5.");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
