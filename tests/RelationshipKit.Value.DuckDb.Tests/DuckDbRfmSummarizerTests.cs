using DuckDB.NET.Data;
using NodaTime;
using RelationshipKit.Value.Summaries;

namespace RelationshipKit.Value.DuckDb.Tests;

/// <summary>The summary SQL on DuckDB against the in-process accumulator, on CDNOW and on a generated million-transaction log.</summary>
public sealed class DuckDbRfmSummarizerTests : IDisposable
{
    private readonly DuckDBConnection _connection = new("DataSource=:memory:");
    private readonly DuckDbRfmSummarizer _summarizer;

    public DuckDbRfmSummarizerTests() => _summarizer = new DuckDbRfmSummarizer(_connection);

    public static TheoryData<string> OptionSets => EngineSummaries.OptionSets;

    public void Dispose() => _connection.Dispose();

    [Theory]
    [MemberData(nameof(OptionSets))]
    public void Summarize_CdnowSample_EqualsInProcess(string optionSet)
    {
        var path = TransactionLogs.CdnowCsv;
        var options = EngineSummaries.Options(optionSet, EngineSummaries.LastPurchase(path));

        var engine = _summarizer.Summarize(DuckDbTransactions.Csv(path, new DuckDbCsvOptions { AmountColumn = "amount" }), options);

        engine.Customers.Should().NotBeEmpty();
        EngineSummaries.ShouldEqual(engine, EngineSummaries.InProcess(path, options));
    }

    [Fact]
    public void Summarize_CdnowSample_KeepsLeadingZerosAndThePublishedFirstCustomer()
    {
        var options = new SummaryOptions { CalibrationEnd = new LocalDate(1997, 9, 30) };

        var summaries = _summarizer.Summarize(DuckDbTransactions.Csv(TransactionLogs.CdnowCsv, new DuckDbCsvOptions { AmountColumn = "amount" }), options);

        // Published cdnow_customers_summary.csv (calibration to 1997-09-30): customer 1 has x=2, t_x=30.43 weeks, T=38.86 weeks.
        var first = summaries.Customers[0];
        first.Id.Value.Should().Be("0001");
        first.Frequency.Should().Be(2);
        (first.Recency / 7).Should().BeApproximately(30.43, 0.005);
        (first.T / 7).Should().BeApproximately(38.86, 0.005);
        summaries.Customers.Should().HaveCount(2357);
    }

    [Theory]
    [MemberData(nameof(OptionSets))]
    public void Summarize_GeneratedMillionTransactionCsv_EqualsInProcess(string optionSet)
    {
        var path = TransactionLogs.GeneratedCsv;
        var options = EngineSummaries.Options(optionSet, EngineSummaries.LastPurchase(path));

        var engine = _summarizer.Summarize(DuckDbTransactions.Csv(path, new DuckDbCsvOptions { AmountColumn = "amount" }), options);

        engine.Customers.Count.Should().BeGreaterThan(40_000);
        EngineSummaries.ShouldEqual(engine, EngineSummaries.InProcess(path, options));
    }

    [Fact]
    public void Summarize_ParquetGlob_EqualsInProcessOnTheSameRows()
    {
        var folder = Path.Combine(Path.GetDirectoryName(TransactionLogs.CdnowCsv)!, "parquet-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var (part, condition) in new[] { (1, "customer_id < '1200'"), (2, "customer_id >= '1200'") })
        {
            Execute($"COPY (SELECT customer_id, CAST(\"date\" AS DATE) AS \"date\", CAST(amount AS DECIMAL(10, 2)) AS amount FROM read_csv('{TransactionLogs.CdnowCsv}', all_varchar = true) WHERE {condition}) TO '{folder}/part-{part}.parquet' (FORMAT parquet)");
        }
        var options = new SummaryOptions { CalibrationEnd = new LocalDate(1997, 9, 30) };

        var engine = _summarizer.Summarize(DuckDbTransactions.Parquet(Path.Combine(folder, "*.parquet"), amountColumn: "amount"), options);

        EngineSummaries.ShouldEqual(engine, EngineSummaries.InProcess(TransactionLogs.CdnowCsv, options));
    }

    [Fact]
    public void SummarizeCollapsed_GeneratedLog_WeightsEqualTheInProcessTableCollapsed()
    {
        var path = TransactionLogs.GeneratedCsv;
        var options = new SummaryOptions { Collapse = CollapsePeriod.Week, TimeUnit = TimeUnit.Week };

        var collapsed = _summarizer.SummarizeCollapsed(DuckDbTransactions.Csv(path), options);

        var expected = EngineSummaries.InProcess(path, options, withAmounts: false).ToRfmTable().Collapse();
        collapsed.TimeUnit.Should().Be(TimeUnit.Week);
        collapsed.Count.Should().Be(expected.Count);
        collapsed.Count.Should().BeLessThan((int)expected.TotalWeight / 2, "the collapsed table must be much smaller than one row per customer");
        // Ordered comparison: BeEquivalentTo on tens of thousands of rows is quadratic.
        Rows(collapsed).Should().Equal(Rows(expected));
    }

    [Fact]
    public void SummarizeInChunks_CdnowSample_ChunksAddUpToTheWholeSummary()
    {
        var source = DuckDbTransactions.Csv(TransactionLogs.CdnowCsv, new DuckDbCsvOptions { AmountColumn = "amount" });

        var chunks = _summarizer.SummarizeInChunks(source, null, 1000).ToList();

        chunks.Select(c => c.Customers.Count).Should().Equal(1000, 1000, 357);
        var whole = _summarizer.Summarize(source);
        chunks.SelectMany(c => c.Customers).Should().Equal(whole.Customers);
    }

    [Fact]
    public void Summarize_QueryWithoutHeaderAndCompactDates_EqualsInProcess()
    {
        var noHeader = Path.Combine(Path.GetDirectoryName(TransactionLogs.CdnowCsv)!, "cdnow_compact.txt");
        File.WriteAllLines(noHeader, File.ReadLines(TransactionLogs.CdnowCsv).Skip(1).Select(l => l.Replace("-", string.Empty, StringComparison.Ordinal).Replace(',', ';')));
        var csv = new DuckDbCsvOptions
        {
            HasHeader = false,
            Delimiter = ';',
            CustomerColumn = DuckDbCsvOptions.ColumnAt(1),
            DateColumn = DuckDbCsvOptions.ColumnAt(2),
            AmountColumn = DuckDbCsvOptions.ColumnAt(3),
            DateFormat = "%Y%m%d",
        };

        var engine = _summarizer.Summarize(DuckDbTransactions.Csv(noHeader, csv));

        EngineSummaries.ShouldEqual(engine, EngineSummaries.InProcess(TransactionLogs.CdnowCsv, new SummaryOptions()));
    }

    [Fact]
    public void Summarize_RowsWithoutCustomerOrDate_ThrowsCountingThem()
    {
        var path = TempFiles.Write("customer_id,date\na,2025-01-01\n,2025-01-02\nb,\nb,2025-01-05\n");

        var act = () => _summarizer.Summarize(DuckDbTransactions.Csv(path));

        act.Should().Throw<InvalidDataException>()
            .WithMessage("Every transaction must have a customer id and a date; the relation has 2 rows without one (of 4). Filter them out in the relation, or fix the data.");
    }

    [Fact]
    public void Summarize_CalibrationEndNotBeforeLastPurchase_ThrowsNamingTheSetting()
    {
        var path = TempFiles.Write("customer_id,date\na,2025-01-01\nb,2025-01-05\n");

        var act = () => _summarizer.Summarize(DuckDbTransactions.Csv(path), new SummaryOptions { CalibrationEnd = new LocalDate(2025, 1, 5) });

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("CalibrationEnd must be before the observation end (2025-01-05, the last purchase); was 2025-01-05.*");
    }

    [Fact]
    public void Summarize_MissingFile_ThrowsTheEngineError()
    {
        var act = () => _summarizer.Summarize(DuckDbTransactions.Parquet("/nonexistent/rk/*.parquet"));

        act.Should().Throw<DuckDBException>().WithMessage("*/nonexistent/rk/*.parquet*");
    }

    [Fact]
    public void Csv_QuoteDelimiter_ThrowsNamingTheSetting()
    {
        var act = () => DuckDbTransactions.Csv("x.csv", new DuckDbCsvOptions { Delimiter = '"' });

        act.Should().Throw<ArgumentException>().WithMessage("Delimiter must not be a quote, a line break or NUL; was U+0022.*").Which.ParamName.Should().Be("options");
    }

    [Fact]
    public void SummarizeInChunks_ChunkSizeZero_ThrowsNamingTheArgument()
    {
        var act = () => _summarizer.SummarizeInChunks(DuckDbTransactions.Csv("x.csv"), null, 0);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("chunkSize");
    }

    private static List<(double X, double Tx, double T, double W)> Rows(RfmTable table) =>
        [.. Enumerable.Range(0, table.Count).Select(i => (table.Frequency[i], table.Recency[i], table.T[i], table.Weight[i])).Order()];

    private void Execute(string sql)
    {
        if (_connection.State != System.Data.ConnectionState.Open)
        {
            _connection.Open();
        }

        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
