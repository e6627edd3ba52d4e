using System.Globalization;
using DuckDB.NET.Data;
using RelationshipKit.Value.Models;
using RelationshipKit.Value.Summaries;

namespace RelationshipKit.Value.DuckDb;

/// <summary>
/// Represents scoring in bounded memory: the customer summaries DuckDB computes stream through a fitted purchase
/// model a chunk at a time, and each chunk's predictions (P(alive) and the expected purchases in a horizon) go to a
/// CSV writer or back into a DuckDB table. Memory holds one chunk, whatever the number of customers.
/// </summary>
/// <remarks>
/// <para>The summaries are those of <see cref="DuckDbRfmSummarizer.SummarizeInChunks"/> (customers ordered by id),
/// in the options' unit, which must be the model's. The connection is the caller's; the table is written through a
/// second connection to the same database (<see cref="DuckDBConnection.Duplicate"/>). Not thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class DuckDbRfmScorer
{
    private readonly DuckDBConnection _connection;

    /// <summary>Initializes a new <see cref="DuckDbRfmScorer"/> on a connection.</summary>
    /// <param name="connection">The DuckDB connection.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="connection"/> is null.</exception>
    public DuckDbRfmScorer(DuckDBConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
    }

    /// <summary>Writes <c>customer_id,frequency,recency,T,probability_alive,expected_purchases</c> for every customer as CSV, a chunk at a time.</summary>
    /// <param name="source">Where the transactions are.</param>
    /// <param name="options">The summary conventions; their unit must be the model's.</param>
    /// <param name="model">The fitted purchase model.</param>
    /// <param name="horizon">The future period for the expected purchases, in the model's unit.</param>
    /// <param name="writer">Where the CSV goes (header first); flushed after each chunk.</param>
    /// <param name="chunkSize">The most customers held at once.</param>
    /// <returns>The number of customers written.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="horizon"/> is negative or not finite, or <paramref name="chunkSize"/> is below 1.</exception>
    /// <exception cref="ArgumentException">Thrown when the options are invalid or their unit differs from the model's.</exception>
    public long ScoreToCsv(TransactionSqlSource source, SummaryOptions? options, PurchaseModel model, double horizon, TextWriter writer, int chunkSize = 65_536)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var chunks = Chunks(source, options, model, horizon, chunkSize);
        writer.Write("customer_id,frequency,recency,T,probability_alive,expected_purchases\n");
        long count = 0;
        foreach (var (summaries, alive, expected) in chunks)
        {
            for (var i = 0; i < summaries.Customers.Count; i++)
            {
                var customer = summaries.Customers[i];
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"{Csv(customer.Id.Value)},{customer.Frequency},{customer.Recency:R},{customer.T:R},{alive[i]:R},{expected[i]:R}\n"));
            }

            writer.Flush();
            count += summaries.Customers.Count;
        }

        return count;
    }

    /// <summary>Writes the predictions into a new DuckDB table <c>(customer_id VARCHAR, frequency INTEGER, recency DOUBLE, "T" DOUBLE, probability_alive DOUBLE, expected_purchases DOUBLE)</c>, a chunk at a time.</summary>
    /// <param name="source">Where the transactions are.</param>
    /// <param name="options">The summary conventions; their unit must be the model's.</param>
    /// <param name="model">The fitted purchase model.</param>
    /// <param name="horizon">The future period for the expected purchases, in the model's unit.</param>
    /// <param name="table">The new table's name (an identifier; it must not exist).</param>
    /// <param name="chunkSize">The most customers held at once.</param>
    /// <returns>The number of customers written.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="table"/> is empty, or the options are invalid or their unit differs from the model's.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="horizon"/> is negative or not finite, or <paramref name="chunkSize"/> is below 1.</exception>
    /// <exception cref="DuckDBException">Thrown when the table exists already.</exception>
    public long ScoreToTable(TransactionSqlSource source, SummaryOptions? options, PurchaseModel model, double horizon, string table, int chunkSize = 65_536)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        var chunks = Chunks(source, options, model, horizon, chunkSize);
        if (_connection.State != System.Data.ConnectionState.Open)
        {
            _connection.Open();
        }

        using var target = _connection.Duplicate();
        target.Open();
        using (var create = target.CreateCommand())
        {
            create.CommandText = $"CREATE TABLE {DuckDbTransactions.Identifier(table)} (customer_id VARCHAR, frequency INTEGER, recency DOUBLE, \"T\" DOUBLE, probability_alive DOUBLE, expected_purchases DOUBLE)";
            create.ExecuteNonQuery();
        }

        long count = 0;
        using var appender = target.CreateAppender(table);
        foreach (var (summaries, alive, expected) in chunks)
        {
            for (var i = 0; i < summaries.Customers.Count; i++)
            {
                var customer = summaries.Customers[i];
                appender.CreateRow()
                    .AppendValue(customer.Id.Value)
                    .AppendValue(customer.Frequency)
                    .AppendValue(customer.Recency)
                    .AppendValue(customer.T)
                    .AppendValue(alive[i])
                    .AppendValue(expected[i])
                    .EndRow();
            }

            count += summaries.Customers.Count;
        }

        return count;
    }

    private static string Csv(string id) =>
        id.AsSpan().IndexOfAny(",\"\r\n") < 0 ? id : "\"" + id.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private IEnumerable<(RfmSummaries Summaries, double[] Alive, double[] Expected)> Chunks(TransactionSqlSource source, SummaryOptions? options, PurchaseModel model, double horizon, int chunkSize)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(model);
        if (!double.IsFinite(horizon) || horizon < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(horizon), horizon, $"horizon must be a finite number >= 0; was {horizon.ToString(CultureInfo.InvariantCulture)}.");
        }

        var unit = (options ?? new SummaryOptions()).TimeUnit;
        if (unit != model.TimeUnit)
        {
            throw new ArgumentException($"The summary unit must be the model's: the options say {unit.Name}, the model was fitted in {model.TimeUnit.Name}.", nameof(options));
        }

        var summaries = new DuckDbRfmSummarizer(_connection).SummarizeInChunks(source, options, chunkSize);
        return Score(summaries, model, horizon);
    }

    private static IEnumerable<(RfmSummaries, double[], double[])> Score(IEnumerable<RfmSummaries> chunks, PurchaseModel model, double horizon)
    {
        foreach (var chunk in chunks)
        {
            var table = chunk.ToRfmTable(includeMonetaryValue: false);
            var alive = new double[table.Count];
            var expected = new double[table.Count];
            model.ProbabilityAlive(table, alive);
            model.ConditionalExpectedPurchases(horizon, table, expected);
            yield return (chunk, alive, expected);
        }
    }
}
