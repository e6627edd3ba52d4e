using System.Text;
using System.Text.Json;
using DuckDB.NET.Data;
using RelationshipKit.Value.Models.BgNbd;
using RelationshipKit.Value.Summaries;

namespace RelationshipKit.Value.DuckDb.Tests;

/// <summary>Scoring to JSON a chunk at a time: the document carries the in-process predictions, and is streamed.</summary>
public sealed class DuckDbRfmScorerJsonTests : IDisposable
{
    private static readonly SummaryOptions Weeks = new() { TimeUnit = TimeUnit.Week };
    private readonly DuckDBConnection _connection = new("DataSource=:memory:");

    public void Dispose() => _connection.Dispose();

    [Fact]
    public void ScoreToJson_CdnowInChunks_EqualsTheInProcessPredictions()
    {
        var source = DuckDbTransactions.Csv(TransactionLogs.CdnowCsv);
        var model = BgNbdModel.Fit(new DuckDbRfmSummarizer(_connection).SummarizeCollapsed(source, Weeks)).Model;
        using var stream = new MemoryStream();

        var count = new DuckDbRfmScorer(_connection).ScoreToJson(source, Weeks, model, 39, stream, chunkSize: 500);

        count.Should().Be(2357);
        var inProcess = EngineSummaries.InProcess(TransactionLogs.CdnowCsv, Weeks, withAmounts: false);
        var table = inProcess.ToRfmTable();
        var alive = new double[table.Count];
        var expected = new double[table.Count];
        model.ProbabilityAlive(table, alive);
        model.ConditionalExpectedPurchases(39, table, expected);
        var text = Encoding.UTF8.GetString(stream.ToArray());
        text.Should().EndWith("}\n").And.NotContain("\r");
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        root.GetProperty("model").GetString().Should().Be("bgnbd");
        root.GetProperty("time_unit").GetString().Should().Be("week");
        root.GetProperty("horizon").GetDouble().Should().Be(39);
        var customers = root.GetProperty("customers").EnumerateArray().ToList();
        customers.Select(c => c.GetProperty("id").GetString()).Should().Equal(
            inProcess.Customers.Select(c => c.Id.Value).Order(StringComparer.Ordinal),
            "every customer once, ordered by id");
        var row = inProcess.Customers.Select((c, i) => (c.Id.Value, i)).ToDictionary(p => p.Value, p => p.i);
        foreach (var customer in customers)
        {
            var i = row[customer.GetProperty("id").GetString()!];
            var summary = inProcess.Customers[i];
            customer.GetProperty("weight").GetDouble().Should().Be(1);
            customer.GetProperty("frequency").GetInt32().Should().Be(summary.Frequency);
            customer.GetProperty("recency").GetDouble().Should().Be(summary.Recency);
            customer.GetProperty("T").GetDouble().Should().Be(summary.T);

            // The same batch members on the same summaries, in chunks of 500 instead of all at once.
            customer.GetProperty("p_alive").GetDouble().Should().BeApproximately(alive[i], 1e-14, "customer {0}", summary.Id.Value);
            customer.GetProperty("expected_purchases").GetDouble().Should().BeApproximately(expected[i], 1e-13 * Math.Max(1, expected[i]), "customer {0}", summary.Id.Value);
        }

        var totals = root.GetProperty("totals");
        totals.GetProperty("weight").GetDouble().Should().Be(2357);
        totals.GetProperty("p_alive").GetDouble().Should().BeApproximately(alive.Sum(), 1e-9);
        totals.GetProperty("expected_purchases").GetDouble().Should().BeApproximately(expected.Sum(), 1e-9);
    }

    [Fact]
    public void ScoreToJson_Cdnow_HasTheCsvsFieldsAndNumbersRowForRow()
    {
        var source = DuckDbTransactions.Csv(TransactionLogs.CdnowCsv);
        var model = new BgNbdModel(new BgNbdParameters(0.243, 4.414, 0.793, 2.426), TimeUnit.Week);
        var scorer = new DuckDbRfmScorer(_connection);
        using var csv = new StringWriter();
        using var json = new MemoryStream();

        scorer.ScoreToCsv(source, Weeks, model, 39, csv, chunkSize: 1000);
        scorer.ScoreToJson(source, Weeks, model, 39, json, chunkSize: 1000);

        var lines = csv.ToString().TrimEnd('\n').Split('\n');
        var header = lines[0].Split(',');
        using var document = JsonDocument.Parse(json.ToArray());
        var customers = document.RootElement.GetProperty("customers").EnumerateArray().ToList();
        customers.Should().HaveCount(lines.Length - 1);
        for (var i = 0; i < customers.Count; i++)
        {
            // The JSON keys are the CSV's columns, and each value's text is the CSV cell's.
            var cells = lines[i + 1].Split(',');
            customers[i].EnumerateObject().Select(p => p.Name).Should().Equal(header);
            customers[i].EnumerateObject().Select(p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText()).Should().Equal(cells);
        }
    }

    [Fact]
    public void ScoreToJson_ManyChunks_HandsEachChunkToTheStreamBeforeTheNext()
    {
        var source = DuckDbTransactions.Csv(TransactionLogs.CdnowCsv);
        var model = new BgNbdModel(new BgNbdParameters(0.243, 4.414, 0.793, 2.426), TimeUnit.Week);
        using var stream = new FlushRecordingStream();

        new DuckDbRfmScorer(_connection).ScoreToJson(source, Weeks, model, 39, stream, chunkSize: 50);

        // 2,357 customers in chunks of 50: 48 chunks, each flushed, then the totals; no write holds more than a chunk.
        stream.LengthAtFlush.Should().HaveCountGreaterThanOrEqualTo(48);
        stream.LengthAtFlush[0].Should().BeGreaterThan(0).And.BeLessThan(stream.Length / 20);
        ((long)stream.LargestWrite).Should().BeLessThan(stream.Length / 20);
        JsonDocument.Parse(stream.ToArray()).RootElement.GetProperty("customers").GetArrayLength().Should().Be(2357);
    }

    [Fact]
    public void ScoreToJson_MissingFile_ThrowsAndWritesNothing()
    {
        var model = new BgNbdModel(new BgNbdParameters(0.243, 4.414, 0.793, 2.426), TimeUnit.Week);
        var missing = Path.Combine(Path.GetTempPath(), "rk-no-such-" + Guid.NewGuid().ToString("N") + ".csv");
        using var stream = new MemoryStream();

        var act = () => new DuckDbRfmScorer(_connection).ScoreToJson(DuckDbTransactions.Csv(missing), Weeks, model, 39, stream);

        act.Should().Throw<DuckDBException>().WithMessage($"*{missing}*");
        stream.Length.Should().Be(0);
    }

    [Fact]
    public void ScoreToTable_MissingFile_ThrowsAndCreatesNoTable()
    {
        var model = new BgNbdModel(new BgNbdParameters(0.243, 4.414, 0.793, 2.426), TimeUnit.Week);
        var missing = Path.Combine(Path.GetTempPath(), "rk-no-such-" + Guid.NewGuid().ToString("N") + ".csv");

        var act = () => new DuckDbRfmScorer(_connection).ScoreToTable(DuckDbTransactions.Csv(missing), Weeks, model, 39, "scores");

        act.Should().Throw<DuckDBException>().WithMessage($"*{missing}*");
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'scores'";
        command.ExecuteScalar().Should().Be(0L);
    }

    [Fact]
    public void ScoreToJson_ReadOnlyStream_ThrowsNamingTheArgument()
    {
        var model = new BgNbdModel(new BgNbdParameters(0.243, 4.414, 0.793, 2.426), TimeUnit.Week);
        using var readOnly = new MemoryStream([], writable: false);

        var act = () => new DuckDbRfmScorer(_connection).ScoreToJson(DuckDbTransactions.Csv(TransactionLogs.CdnowCsv), Weeks, model, 39, readOnly);

        act.Should().Throw<ArgumentException>().WithMessage("The stream for the JSON must be writable; this one is not.*").Which.ParamName.Should().Be("stream");
    }

    /// <summary>Records the length written at each flush and the largest single write.</summary>
    private sealed class FlushRecordingStream : MemoryStream
    {
        public List<long> LengthAtFlush { get; } = [];

        public int LargestWrite { get; private set; }

        public override void Flush()
        {
            LengthAtFlush.Add(Length);
            base.Flush();
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            LargestWrite = Math.Max(LargestWrite, count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            base.Write(buffer);
        }
    }
}
