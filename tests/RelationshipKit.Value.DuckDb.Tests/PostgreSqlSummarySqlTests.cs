using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using RelationshipKit.TestUtils.PostgreSql;
using RelationshipKit.Value.Summaries;

namespace RelationshipKit.Value.DuckDb.Tests;

/// <summary>The summary SQL in the PostgreSQL dialect, run on the real server, against the in-process accumulator.</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlSummarySqlTests(PostgreSqlCluster cluster)
{
    private static readonly SemaphoreSlim LoadLock = new(1, 1);
    private static string? s_connectionString;

    public static TheoryData<string> OptionSets => EngineSummaries.OptionSets;

    [PostgreSqlTheory]
    [MemberData(nameof(OptionSets))]
    public async Task Summarize_CdnowSample_EqualsInProcess(string optionSet)
    {
        var path = TransactionLogs.CdnowCsv;
        var options = EngineSummaries.Options(optionSet, EngineSummaries.LastPurchase(path));

        var engine = await SummarizeAsync("cdnow", options);

        engine.Customers.Should().NotBeEmpty();
        EngineSummaries.ShouldEqual(engine, EngineSummaries.InProcess(path, options));
    }

    [PostgreSqlTheory]
    [InlineData("defaults")]
    [InlineData("week-holdout")]
    public async Task Summarize_GeneratedMillionTransactions_EqualsInProcess(string optionSet)
    {
        var path = TransactionLogs.GeneratedCsv;
        var options = EngineSummaries.Options(optionSet, EngineSummaries.LastPurchase(path));

        var engine = await SummarizeAsync("generated", options);

        engine.Customers.Count.Should().BeGreaterThan(40_000);
        EngineSummaries.ShouldEqual(engine, EngineSummaries.InProcess(path, options));
    }

    [PostgreSqlFact]
    public async Task CollapsedQuery_CdnowSample_WeightsAddUpToTheCustomers()
    {
        var connectionString = await LoadAsync();
        var sql = new RfmSummarySql(new TransactionSqlSource("cdnow", amountColumn: "amount"), null, SummarySqlDialect.PostgreSql);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();

        var overview = await ReadAsync(connection, sql.OverviewQuery, sql.ReadOverview);
        var table = await ReadAsync(connection, sql.CollapsedQuery, r => sql.ReadCollapsed(r, overview));

        overview.TransactionCount.Should().Be(6919);
        table.TotalWeight.Should().Be(2357);
        var expected = EngineSummaries.InProcess(TransactionLogs.CdnowCsv, new SummaryOptions()).ToRfmTable(includeMonetaryValue: false).Collapse();
        table.Count.Should().Be(expected.Count);
    }

    private static async Task<T> ReadAsync<T>(NpgsqlConnection connection, string text, Func<NpgsqlDataReader, T> read)
    {
        await using var command = new NpgsqlCommand(text, connection);
        await using var reader = await command.ExecuteReaderAsync();
        return read(reader);
    }

    private async Task<RfmSummaries> SummarizeAsync(string table, SummaryOptions options)
    {
        var connectionString = await LoadAsync();
        var sql = new RfmSummarySql(new TransactionSqlSource(table, amountColumn: "amount"), options, SummarySqlDialect.PostgreSql);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var overview = await ReadAsync(connection, sql.OverviewQuery, sql.ReadOverview);
        return await ReadAsync(connection, sql.SummaryQuery, r => sql.ReadSummaries(r, overview));
    }

    /// <summary>Creates the database once per assembly and copies both logs into tables <c>cdnow</c> and <c>generated</c> (text ids, dates, exact amounts).</summary>
    private async Task<string> LoadAsync()
    {
        await LoadLock.WaitAsync();
        try
        {
            if (s_connectionString is { } loaded)
            {
                return loaded;
            }

            var connectionString = cluster.CreateDatabase("summaries");
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            foreach (var (table, path) in new[] { ("cdnow", TransactionLogs.CdnowCsv), ("generated", TransactionLogs.GeneratedCsv) })
            {
                await using (var create = new NpgsqlCommand($"CREATE TABLE {table} (customer_id text NOT NULL, date date NOT NULL, amount numeric NOT NULL)", connection))
                {
                    await create.ExecuteNonQueryAsync();
                }

                await using var import = await connection.BeginBinaryImportAsync($"COPY {table} (customer_id, date, amount) FROM STDIN (FORMAT BINARY)");
                foreach (var line in File.ReadLines(path).Skip(1))
                {
                    var fields = line.Split(',');
                    await import.StartRowAsync();
                    await import.WriteAsync(fields[0], NpgsqlDbType.Text);
                    await import.WriteAsync(DateOnly.ParseExact(fields[1], "yyyy-MM-dd", CultureInfo.InvariantCulture), NpgsqlDbType.Date);
                    await import.WriteAsync(decimal.Parse(fields[2], CultureInfo.InvariantCulture), NpgsqlDbType.Numeric);
                }

                await import.CompleteAsync();
            }

            s_connectionString = connectionString;
            return connectionString;
        }
        finally
        {
            LoadLock.Release();
        }
    }
}
