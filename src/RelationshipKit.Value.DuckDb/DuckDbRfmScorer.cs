using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;
using RelationshipKit.Value.Models;
using RelationshipKit.Value.Summaries;

namespace RelationshipKit.Value.DuckDb;

/// <summary>
/// Represents scoring in bounded memory: the customer summaries DuckDB computes stream through a fitted purchase
/// model a chunk at a time, and each chunk's predictions (P(alive) and the expected purchases in a horizon) go to
/// CSV, to JSON or back into a DuckDB table. Memory holds one chunk, whatever the number of customers.
/// </summary>
/// <remarks>
/// <para>The summaries are those of <see cref="DuckDbRfmSummarizer.SummarizeInChunks"/> (customers ordered by id),
/// in the options' unit, which must be the model's. The connection is the caller's; the table is written through a
/// second connection to the same database (<see cref="DuckDBConnection.Duplicate"/>). Not thread-safe.</para>
/// <para>CSV and JSON carry the keys of the CLI's <c>predict</c> contract (<c>id</c>, <c>weight</c>, <c>p_alive</c>,
/// <c>expected_purchases</c>; every row is one customer, so the weight is 1) plus the summary the predictions come
/// from (<c>frequency</c>, <c>recency</c>, <c>T</c>); numbers are the shortest text that reads back to the same
/// double. Nothing is written until DuckDB has read and grouped every transaction and the first chunk is scored, so
/// bad input (a missing file, rows without an id or date) throws before any output exists; a failure later (a full
/// disk) leaves what was already written.</para>
/// </remarks>
[Immutable]
public sealed class DuckDbRfmScorer
{
    private const string CsvHeader = "id,weight,frequency,recency,T,p_alive,expected_purchases\n";

    /// <summary>How many bytes the JSON writer holds before it hands them to the stream within a chunk.</summary>
    private const int JsonFlushBytes = 1 << 16;

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
#if NET9_0_OR_GREATER
        NewLine = "\n",
#endif
    };

    private readonly DuckDBConnection _connection;

    /// <summary>Initializes a new <see cref="DuckDbRfmScorer"/> on a connection.</summary>
    /// <param name="connection">The DuckDB connection.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="connection"/> is null.</exception>
    public DuckDbRfmScorer(DuckDBConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
    }

    /// <summary>Writes <c>id,weight,frequency,recency,T,p_alive,expected_purchases</c> for every customer as CSV, a chunk at a time.</summary>
    /// <param name="source">Where the transactions are.</param>
    /// <param name="options">The summary conventions; their unit must be the model's.</param>
    /// <param name="model">The fitted purchase model.</param>
    /// <param name="horizon">The future period for the expected purchases, in the model's unit.</param>
    /// <param name="writer">Where the CSV goes (RFC 4180, header first, LF line endings, numbers in the invariant culture); flushed after each chunk.</param>
    /// <param name="chunkSize">The most customers held at once.</param>
    /// <returns>The number of customers written.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="horizon"/> is negative or not finite, or <paramref name="chunkSize"/> is below 1.</exception>
    /// <exception cref="ArgumentException">Thrown when the options are invalid or their unit differs from the model's.</exception>
    public long ScoreToCsv(TransactionSqlSource source, SummaryOptions? options, PurchaseModel model, double horizon, TextWriter writer, int chunkSize = 65_536)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var chunks = Chunks(source, options, model, horizon, chunkSize);
        return Drain(
            chunks,
            () => writer.Write(CsvHeader),
            chunk =>
            {
                var customers = chunk.Summaries.Customers;
                for (var i = 0; i < customers.Count; i++)
                {
                    var customer = customers[i];
                    writer.Write(string.Create(CultureInfo.InvariantCulture, $"{Csv(customer.Id.Value)},1,{customer.Frequency},{customer.Recency:R},{customer.T:R},{chunk.Alive[i]:R},{chunk.Expected[i]:R}\n"));
                }

                writer.Flush();
            });
    }

    /// <summary>
    /// Writes the predictions as one JSON document in the shape of the CLI's <c>predict</c> output, a chunk at a time:
    /// <c>{"model", "time_unit", "horizon", "customers": [{"id", "weight", "frequency", "recency", "T", "p_alive",
    /// "expected_purchases"}, …], "totals": {"weight", "p_alive", "expected_purchases"}}</c>, where the totals are the
    /// sums over the customers (the customer count, the expected number of active customers, the expected purchases).
    /// </summary>
    /// <param name="source">Where the transactions are.</param>
    /// <param name="options">The summary conventions; their unit must be the model's.</param>
    /// <param name="model">The fitted purchase model.</param>
    /// <param name="horizon">The future period for the expected purchases, in the model's unit.</param>
    /// <param name="stream">Where the UTF-8 JSON goes (two-space indentation, a final newline; LF line endings, except
    /// on .NET 8 where the platform's are used); written by a <see cref="Utf8JsonWriter"/> that hands its bytes to the
    /// stream every 64 KiB and flushes it after each chunk, so the document never exists whole in memory. The stream
    /// is left open.</param>
    /// <param name="chunkSize">The most customers held at once.</param>
    /// <returns>The number of customers written.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="horizon"/> is negative or not finite, or <paramref name="chunkSize"/> is below 1.</exception>
    /// <exception cref="ArgumentException">Thrown when the options are invalid or their unit differs from the model's, or <paramref name="stream"/> cannot be written.</exception>
    public long ScoreToJson(TransactionSqlSource source, SummaryOptions? options, PurchaseModel model, double horizon, Stream stream, int chunkSize = 65_536)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream for the JSON must be writable; this one is not.", nameof(stream));
        }

        var chunks = Chunks(source, options, model, horizon, chunkSize);
        using var json = new Utf8JsonWriter(stream, JsonOptions);
        double alive = 0, purchases = 0;
        var count = Drain(
            chunks,
            () =>
            {
                json.WriteStartObject();
                json.WriteString("model", model.Name);
                json.WriteString("time_unit", model.TimeUnit.Name);
                json.WriteNumber("horizon", horizon);
                json.WriteStartArray("customers");
            },
            chunk =>
            {
                var customers = chunk.Summaries.Customers;
                for (var i = 0; i < customers.Count; i++)
                {
                    var customer = customers[i];
                    json.WriteStartObject();
                    json.WriteString("id", customer.Id.Value);
                    json.WriteNumber("weight", 1);
                    json.WriteNumber("frequency", customer.Frequency);
                    json.WriteNumber("recency", customer.Recency);
                    json.WriteNumber("T", customer.T);
                    json.WriteNumber("p_alive", chunk.Alive[i]);
                    json.WriteNumber("expected_purchases", chunk.Expected[i]);
                    json.WriteEndObject();
                    alive += chunk.Alive[i];
                    purchases += chunk.Expected[i];
                    if (json.BytesPending >= JsonFlushBytes)
                    {
                        json.Flush();
                    }
                }

                json.Flush();
            });
        json.WriteEndArray();
        json.WriteStartObject("totals");
        json.WriteNumber("weight", count);
        json.WriteNumber("p_alive", alive);
        json.WriteNumber("expected_purchases", purchases);
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
        stream.Flush();
        return count;
    }

    /// <summary>Writes the predictions into a new DuckDB table <c>(id VARCHAR, frequency INTEGER, recency DOUBLE, "T" DOUBLE, p_alive DOUBLE, expected_purchases DOUBLE)</c>, a chunk at a time.</summary>
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
        DuckDBAppender? appender = null;
        try
        {
            return Drain(
                chunks,
                () =>
                {
                    using (var create = target.CreateCommand())
                    {
                        create.CommandText = $"CREATE TABLE {DuckDbTransactions.Identifier(table)} (id VARCHAR, frequency INTEGER, recency DOUBLE, \"T\" DOUBLE, p_alive DOUBLE, expected_purchases DOUBLE)";
                        create.ExecuteNonQuery();
                    }

                    appender = target.CreateAppender(table);
                },
                chunk =>
                {
                    var customers = chunk.Summaries.Customers;
                    for (var i = 0; i < customers.Count; i++)
                    {
                        var customer = customers[i];
                        appender!.CreateRow()
                            .AppendValue(customer.Id.Value)
                            .AppendValue(customer.Frequency)
                            .AppendValue(customer.Recency)
                            .AppendValue(customer.T)
                            .AppendValue(chunk.Alive[i])
                            .AppendValue(chunk.Expected[i])
                            .EndRow();
                    }
                });
        }
        finally
        {
            appender?.Dispose();
        }
    }

    private static string Csv(string id) =>
        id.AsSpan().IndexOfAny(",\"\r\n") < 0 ? id : "\"" + id.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// Takes the first chunk before <paramref name="start"/> writes anything: by then DuckDB has checked, read and
    /// grouped every transaction, so input errors leave no output behind.
    /// </summary>
    private static long Drain(IEnumerable<ScoredChunk> chunks, Action start, Action<ScoredChunk> write)
    {
        using var chunk = chunks.GetEnumerator();
        var more = chunk.MoveNext();
        start();
        long count = 0;
        while (more)
        {
            write(chunk.Current);
            count += chunk.Current.Summaries.Customers.Count;
            more = chunk.MoveNext();
        }

        return count;
    }

    private static IEnumerable<ScoredChunk> Score(IEnumerable<RfmSummaries> chunks, PurchaseModel model, double horizon)
    {
        foreach (var chunk in chunks)
        {
            var table = chunk.ToRfmTable(includeMonetaryValue: false);
            var alive = new double[table.Count];
            var expected = new double[table.Count];
            model.ProbabilityAlive(table, alive);
            model.ConditionalExpectedPurchases(horizon, table, expected);
            for (var i = 0; i < alive.Length; i++)
            {
                if (!double.IsFinite(alive[i]) || !double.IsFinite(expected[i]))
                {
                    var customer = chunk.Customers[i];
                    throw new InvalidOperationException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"The {model.Name} model gave customer '{customer.Id.Value}' (frequency {customer.Frequency}, recency {customer.Recency:R}, T {customer.T:R}) P(alive) {alive[i]:R} and expected purchases {expected[i]:R}; predictions must be finite."));
                }
            }

            yield return new ScoredChunk(chunk, alive, expected);
        }
    }

    private IEnumerable<ScoredChunk> Chunks(TransactionSqlSource source, SummaryOptions? options, PurchaseModel model, double horizon, int chunkSize)
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

    private sealed record ScoredChunk(RfmSummaries Summaries, double[] Alive, double[] Expected);
}
