using NodaTime;
using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Stores;
using static RelationshipKit.Idic.Sqlite.SqliteDatabase;

namespace RelationshipKit.Idic.Sqlite;

/// <summary>
/// Represents an <see cref="IConsentStore"/> in a SQLite database (tables <c>idic_consent</c> and
/// <c>idic_consent_tombstones</c>, created on first use).
/// </summary>
/// <remarks>
/// Erasure deletes the customer's event rows and inserts one tombstone row (customer id, instant, number of events
/// removed, version) in the same transaction. This type is thread-safe; each call opens its own connection.
/// </remarks>
[Immutable]
public sealed class SqliteConsentStore : IConsentStore
{
    private readonly SqliteDatabase _database;

    /// <summary>Initializes a new <see cref="SqliteConsentStore"/>.</summary>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="connectionString"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="connectionString"/> is empty.</exception>
    public SqliteConsentStore(string connectionString) => _database = new SqliteDatabase(connectionString);

    /// <inheritdoc />
    public async ValueTask<StoreWriteResult> AppendAsync(ConsentEvent consentEvent, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(consentEvent);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var (version, erased) = await VersionAsync(connection, transaction, consentEvent.Customer, cancellationToken).ConfigureAwait(false);
        if (await ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM idic_consent WHERE event_id = $id", cancellationToken, ("$id", consentEvent.Id)).ConfigureAwait(false) > 0)
        {
            return new StoreWriteResult(StoreWriteStatus.Duplicate, version);
        }

        if (version != expectedVersion || erased)
        {
            return new StoreWriteResult(StoreWriteStatus.Conflict, version);
        }

        await ExecuteAsync(connection, transaction, "INSERT INTO idic_consent (customer_id, version, event_id, json) VALUES ($customer, $version, $id, $json)", cancellationToken,
            ("$customer", consentEvent.Customer.Value), ("$version", version + 1), ("$id", consentEvent.Id), ("$json", IdicJson.Serialize(consentEvent))).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StoreWriteResult(StoreWriteStatus.Written, version + 1);
    }

    /// <inheritdoc />
    public async ValueTask<StoredConsent> ReadAsync(CustomerId customer, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null,
            "SELECT erased_at_ticks, erased_count, version FROM idic_consent_tombstones WHERE customer_id = $customer", ("$customer", customer.Value));
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return new StoredConsent(ConsentLedger.Tombstone(customer, Instant.FromUnixTimeTicks(reader.GetInt64(0)), reader.GetInt32(1)), reader.GetInt64(2));
            }
        }

        var rows = await TextsAsync(connection, null, "SELECT json FROM idic_consent WHERE customer_id = $customer ORDER BY version", cancellationToken,
            ("$customer", customer.Value)).ConfigureAwait(false);
        return new StoredConsent(ConsentLedger.From(customer, rows.Select(IdicJson.DeserializeConsentEvent)), rows.Count);
    }

    /// <inheritdoc />
    public async ValueTask<StoreWriteResult> EraseAsync(CustomerId customer, Instant at, long expectedVersion, CancellationToken cancellationToken = default)
    {
        if (customer.IsDefault)
        {
            throw new ArgumentException("customer must be a real customer id; was the default (unset) id.", nameof(customer));
        }

        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var (version, erased) = await VersionAsync(connection, transaction, customer, cancellationToken).ConfigureAwait(false);
        if (erased)
        {
            return new StoreWriteResult(StoreWriteStatus.Duplicate, version);
        }

        if (version != expectedVersion)
        {
            return new StoreWriteResult(StoreWriteStatus.Conflict, version);
        }

        await ExecuteAsync(connection, transaction, "DELETE FROM idic_consent WHERE customer_id = $customer", cancellationToken, ("$customer", customer.Value)).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction,
            "INSERT INTO idic_consent_tombstones (customer_id, erased_at_ticks, erased_count, version) VALUES ($customer, $at, $count, $version)", cancellationToken,
            ("$customer", customer.Value), ("$at", at.ToUnixTimeTicks()), ("$count", version), ("$version", version + 1)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StoreWriteResult(StoreWriteStatus.Written, version + 1);
    }

    private static async Task<(long Version, bool Erased)> VersionAsync(
        Microsoft.Data.Sqlite.SqliteConnection connection, Microsoft.Data.Sqlite.SqliteTransaction transaction, CustomerId customer, CancellationToken cancellationToken)
    {
        var tombstone = await ScalarAsync(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM idic_consent_tombstones WHERE customer_id = $customer", cancellationToken,
            ("$customer", customer.Value)).ConfigureAwait(false);
        if (tombstone > 0)
        {
            return (tombstone, true);
        }

        var version = await ScalarAsync(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM idic_consent WHERE customer_id = $customer", cancellationToken,
            ("$customer", customer.Value)).ConfigureAwait(false);
        return (version, false);
    }
}
