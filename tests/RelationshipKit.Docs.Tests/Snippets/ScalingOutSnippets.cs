using DuckDB.NET.Data;
using NodaTime;
using RelationshipKit.Value;
using RelationshipKit.Value.DuckDb;
using RelationshipKit.Value.Models.BgNbd;
using RelationshipKit.Value.Summaries;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>The code of docs/value/scaling-out.md, compiled and run.</summary>
public class ScalingOutSnippets
{
    private const string Log =
        "customer_id,date,amount\n" +
        "0042,2025-01-03,10.50\n" +
        "0042,2025-01-03,4.50\n" +
        "0042,2025-02-14,20.00\n" +
        "0043,2025-01-20,3.25\n" +
        "0044,2025-03-01,8.00\n" +
        "0043,2025-03-31,1.00\n";

    [Fact]
    public void DuckDb_SmallLog_EqualsTheInProcessSummaryAndScoresToJson()
    {
        var folder = Path.Combine(Path.GetTempPath(), "rk-docs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "2025-q1.csv"), Log);
            var logs = Path.Combine(folder, "*.csv");
            var scoresPath = Path.Combine(folder, "scores.json");
            #region scaling-out-duckdb
            using var connection = new DuckDBConnection("DataSource=:memory:");
            var summarizer = new DuckDbRfmSummarizer(connection);
            var source = DuckDbTransactions.Csv(
                logs,
                new DuckDbCsvOptions { AmountColumn = "amount" });
            var options = new SummaryOptions { TimeUnit = TimeUnit.Week };

            // One row per customer, as RfmSummaryAccumulator gives it.
            RfmSummaries summaries = summarizer.Summarize(source, options);

            // Or only the distinct (x, t_x, T) rows, weighted by customers.
            RfmTable collapsed = summarizer.SummarizeCollapsed(source, options);
            #endregion

            #region scaling-out-score-json
            var model = new BgNbdModel(
                new BgNbdParameters(0.243, 4.414, 0.793, 2.426),
                TimeUnit.Week);
            using (var output = File.Create(scoresPath))
            {
                // One chunk of 65,536 customers at a time, flushed after each.
                new DuckDbRfmScorer(connection).ScoreToJson(
                    source, options, model, horizon: 39, output);
            }
            #endregion

            var accumulator = new RfmSummaryAccumulator();
            using (var reader = TransactionCsvReader.Open(
                Path.Combine(folder, "2025-q1.csv"),
                new TransactionCsvOptions { AmountColumn = CsvColumn.Named("amount") }))
            {
                accumulator.AddRange(reader);
            }

            summaries.Customers.Should().Equal(accumulator.ToSummaries(options).Customers);
            summaries.Customers[0].Id.Value.Should().Be("0042");
            summaries.Customers[0].MonetaryValue.Should().Be(20.0);
            collapsed.TotalWeight.Should().Be(3);
            collapsed.TimeUnit.Should().Be(TimeUnit.Week);
            var first = summaries.Customers[0];
            var json = File.ReadAllText(scoresPath);
            using (var document = System.Text.Json.JsonDocument.Parse(json))
            {
                var scored = document.RootElement.GetProperty("customers");
                scored.GetArrayLength().Should().Be(3);
                scored[0].GetProperty("id").GetString().Should().Be("0042");
                scored[0].GetProperty("p_alive").GetDouble().Should().BeApproximately(model.ProbabilityAlive(first.Frequency, first.Recency, first.T), 1e-12);
            }

            DocsPage.ShouldShowOutput("value/scaling-out.md", json);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
