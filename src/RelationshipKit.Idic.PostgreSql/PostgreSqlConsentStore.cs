using NodaTime;
using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Stores;
using RelationshipKit.PostgreSql;
using static RelationshipKit.Idic.PostgreSql.PostgreSqlIdicDatabase;

namespace RelationshipKit.Idic.PostgreSql;

/// <summary>
/// Represents an <see cref="IConsentStore"/> in a PostgreSQL database: a version row per customer, which also holds the
/// tombstone after erasure, and one row per consent event (tables <c>idic_consent_streams</c> and <c>idic_consent</c>).
/// </summary>
/// <remarks>
/// Appends and erasures lock the customer's version row (<c>SELECT … FOR UPDATE</c>), so they queue on the server.
/// Erasure deletes the customer's event rows and records when and how many in the version row, in one transaction;
/// reads then return an erased ledger and appends a conflict. This type is thread-safe; dispose it to close a data
/// source it built from a connection string.
/// </remarks>
[Immutable]
public sealed class PostgreSqlConsentStore : IConsentStore, IAsyncDisposable
{
    private readonly PostgreSqlIdicDatabase _database;

    /// <summary>Initializes a new <see cref="PostgreSqlConsentStore"/> over the database of <paramref name="connectionString"/> (schema <c>public</c>).</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="connectionString"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="connectionString"/> is empty or malformed.</exception>
    public PostgreSqlConsentStore(string connectionString)
        : this(new PostgreSqlIdicStoreOptions { ConnectionString = connectionString ?? throw new ArgumentNullException(nameof(connectionString)) })
    {
    }

    /// <summary>Initializes a new <see cref="PostgreSqlConsentStore"/> with options. Nothing is sent to the server until the first call.</summary>
    /// <param name="options">The settings (checked and copied).</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when not exactly one of the connection string and the data source is set, or the schema is not a lower-case identifier.</exception>
    public PostgreSqlConsentStore(PostgreSqlIdicStoreOptions options) => _database = new PostgreSqlIdicDatabase(options);

    /// <inheritdoc />
    public ValueTask<StoreWriteResult> AppendAsync(ConsentEvent consentEvent, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(consentEvent);
        var s = _database.Schema;
        var customer = consentEvent.Customer.Value;
        return new(_database.InTransactionAsync<StoreWriteResult>(async (connection, transaction) =>
        {
            var (version, erased) = await LockAsync(connection, transaction, customer, cancellationToken).ConfigureAwait(false);
            if (await ScalarAsync(connection, transaction, $"SELECT 1 FROM {s}.idic_consent WHERE event_id = $1", cancellationToken, consentEvent.Id).ConfigureAwait(false) is not null)
            {
                return (new StoreWriteResult(StoreWriteStatus.Duplicate, version), false);
            }

            if (version != expectedVersion || erased)
            {
                return (new StoreWriteResult(StoreWriteStatus.Conflict, version), false);
            }

            var (at, atNs) = PostgreSqlInstants.Split(consentEvent.At);
            await ExecuteAsync(connection, transaction,
                $"INSERT INTO {s}.idic_consent (customer_id, version, event_id, at, at_ns, document) VALUES ($1, $2, $3, $4, $5, $6)",
                cancellationToken, customer, version + 1, consentEvent.Id, at, atNs, new JsonText(IdicJson.Serialize(consentEvent))).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, $"UPDATE {s}.idic_consent_streams SET version = $2 WHERE customer_id = $1 AND version = $3",
                cancellationToken, customer, version + 1, version).ConfigureAwait(false);
            return (new StoreWriteResult(StoreWriteStatus.Written, version + 1), true);
        }, cancellationToken));
    }

    /// <inheritdoc />
    public async ValueTask<StoredConsent> ReadAsync(CustomerId customer, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);

        // The version row and the events in one statement, so they come from one snapshot.
        await using var command = Command(connection, null,
            $"""
            SELECT s.version, s.erased_at, s.erased_at_ns, s.erased_count, c.document::text
            FROM (SELECT $1::text AS customer_id) k
            LEFT JOIN {_database.Schema}.idic_consent_streams s ON s.customer_id = k.customer_id
            LEFT JOIN {_database.Schema}.idic_consent c ON c.customer_id = k.customer_id
            ORDER BY c.version
            """,
            customer.Value);
        long version = 0;
        var events = new List<ConsentEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            version = reader.IsDBNull(0) ? 0 : reader.GetInt64(0);
            if (!reader.IsDBNull(1))
            {
                var erasedAt = PostgreSqlInstants.Join(reader.GetFieldValue<Instant>(1), reader.GetInt16(2));
                return new StoredConsent(ConsentLedger.Tombstone(customer, erasedAt, reader.GetInt32(3)), version);
            }

            if (!reader.IsDBNull(4))
            {
                events.Add(IdicJson.DeserializeConsentEvent(reader.GetString(4)));
            }
        }

        return new StoredConsent(ConsentLedger.From(customer, events), version);
    }

    /// <inheritdoc />
    public ValueTask<StoreWriteResult> EraseAsync(CustomerId customer, Instant at, long expectedVersion, CancellationToken cancellationToken = default)
    {
        if (customer.IsDefault)
        {
            throw new ArgumentException("customer must be a real customer id; was the default (unset) id.", nameof(customer));
        }

        var s = _database.Schema;
        return new(_database.InTransactionAsync<StoreWriteResult>(async (connection, transaction) =>
        {
            var (version, erased) = await LockAsync(connection, transaction, customer.Value, cancellationToken).ConfigureAwait(false);
            if (erased)
            {
                return (new StoreWriteResult(StoreWriteStatus.Duplicate, version), false);
            }

            if (version != expectedVersion)
            {
                return (new StoreWriteResult(StoreWriteStatus.Conflict, version), false);
            }

            var (erasedAt, erasedAtNs) = PostgreSqlInstants.Split(at);
            await ExecuteAsync(connection, transaction, $"DELETE FROM {s}.idic_consent WHERE customer_id = $1", cancellationToken, customer.Value).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction,
                $"UPDATE {s}.idic_consent_streams SET version = $2, erased_at = $3, erased_at_ns = $4, erased_count = $5 WHERE customer_id = $1 AND version = $6",
                cancellationToken, customer.Value, version + 1, erasedAt, erasedAtNs, checked((int)version), version).ConfigureAwait(false);
            return (new StoreWriteResult(StoreWriteStatus.Written, version + 1), true);
        }, cancellationToken));
    }

    /// <summary>Closes the data source the store built from a connection string (a data source from the options is left open).</summary>
    /// <returns>A task that completes when the data source is closed.</returns>
    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<(long Version, bool Erased)> LockAsync(Npgsql.NpgsqlConnection connection, Npgsql.NpgsqlTransaction transaction, string customer, CancellationToken cancellationToken)
    {
        var s = _database.Schema;
        await ExecuteAsync(connection, transaction, $"INSERT INTO {s}.idic_consent_streams (customer_id, version) VALUES ($1, 0) ON CONFLICT DO NOTHING",
            cancellationToken, customer).ConfigureAwait(false);
        await using var command = Command(connection, transaction, $"SELECT version, erased_at IS NOT NULL FROM {s}.idic_consent_streams WHERE customer_id = $1 FOR UPDATE", customer);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (reader.GetInt64(0), reader.GetBoolean(1));
    }
}
