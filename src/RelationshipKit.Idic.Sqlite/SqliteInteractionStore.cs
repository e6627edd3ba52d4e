using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Stores;
using static RelationshipKit.Idic.Sqlite.SqliteDatabase;

namespace RelationshipKit.Idic.Sqlite;

/// <summary>
/// Represents an <see cref="IInteractionStore"/> in a SQLite database (table <c>idic_interactions</c>, created on
/// first use): one row per interaction, keyed by customer and version, with the event id unique.
/// </summary>
/// <remarks>
/// Every append runs in an immediate transaction: it checks the event id (duplicate), then the customer's version
/// (conflict), then inserts. The table's primary key (customer, version) is the last guard against a lost update.
/// This type is thread-safe; each call opens its own connection.
/// </remarks>
[Immutable]
public sealed class SqliteInteractionStore : IInteractionStore
{
    private readonly SqliteDatabase _database;

    /// <summary>Initializes a new <see cref="SqliteInteractionStore"/>.</summary>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string, for example <c>Data Source=idic.db</c>.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="connectionString"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="connectionString"/> is empty.</exception>
    public SqliteInteractionStore(string connectionString) => _database = new SqliteDatabase(connectionString);

    /// <inheritdoc />
    public async ValueTask<StoreWriteResult> AppendAsync(Interaction interaction, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var customer = ("$customer", (object?)interaction.Customer.Value);
        var version = await ScalarAsync(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM idic_interactions WHERE customer_id = $customer", cancellationToken, customer)
            .ConfigureAwait(false);
        if (await ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM idic_interactions WHERE event_id = $id", cancellationToken, ("$id", interaction.Id)).ConfigureAwait(false) > 0)
        {
            return new StoreWriteResult(StoreWriteStatus.Duplicate, version);
        }

        if (version != expectedVersion)
        {
            return new StoreWriteResult(StoreWriteStatus.Conflict, version);
        }

        await ExecuteAsync(connection, transaction,
            "INSERT INTO idic_interactions (customer_id, version, event_id, at_ticks, json) VALUES ($customer, $version, $id, $at, $json)", cancellationToken,
            customer, ("$version", version + 1), ("$id", interaction.Id), ("$at", interaction.At.ToUnixTimeTicks()), ("$json", IdicJson.Serialize(interaction))).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StoreWriteResult(StoreWriteStatus.Written, version + 1);
    }

    /// <inheritdoc />
    public async ValueTask<StoredEvents<Interaction>> ReadAsync(CustomerId customer, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await TextsAsync(connection, null, "SELECT json FROM idic_interactions WHERE customer_id = $customer ORDER BY version", cancellationToken,
            ("$customer", customer.Value)).ConfigureAwait(false);
        return new StoredEvents<Interaction>(customer, rows.Select(IdicJson.DeserializeInteraction), rows.Count);
    }
}
