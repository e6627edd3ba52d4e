using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Stores;
using RelationshipKit.PostgreSql;
using static RelationshipKit.Idic.PostgreSql.PostgreSqlIdicDatabase;

namespace RelationshipKit.Idic.PostgreSql;

/// <summary>
/// Represents an <see cref="IInteractionStore"/> in a PostgreSQL database: a version row per customer and one row per
/// interaction (tables <c>idic_interaction_streams</c> and <c>idic_interactions</c>), event ids unique.
/// </summary>
/// <remarks>
/// An append locks the customer's version row (<c>SELECT … FOR UPDATE</c>), so appends to one customer queue on the
/// server from any number of connections; it then checks the event id (duplicate), the version (conflict) and inserts.
/// The primary key (customer, version) and the unique event id are the last guards; a unique key taken by a concurrent
/// transaction runs the append again, which then answers duplicate or conflict. This type is thread-safe; dispose it to
/// close a data source it built from a connection string.
/// </remarks>
[Immutable]
public sealed class PostgreSqlInteractionStore : IInteractionStore, IAsyncDisposable
{
    private readonly PostgreSqlIdicDatabase _database;

    /// <summary>Initializes a new <see cref="PostgreSqlInteractionStore"/> over the database of <paramref name="connectionString"/> (schema <c>public</c>).</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="connectionString"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="connectionString"/> is empty or malformed.</exception>
    public PostgreSqlInteractionStore(string connectionString)
        : this(new PostgreSqlIdicStoreOptions { ConnectionString = connectionString ?? throw new ArgumentNullException(nameof(connectionString)) })
    {
    }

    /// <summary>Initializes a new <see cref="PostgreSqlInteractionStore"/> with options. Nothing is sent to the server until the first call.</summary>
    /// <param name="options">The settings (checked and copied).</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when not exactly one of the connection string and the data source is set, or the schema is not a lower-case identifier.</exception>
    public PostgreSqlInteractionStore(PostgreSqlIdicStoreOptions options) => _database = new PostgreSqlIdicDatabase(options);

    /// <inheritdoc />
    public ValueTask<StoreWriteResult> AppendAsync(Interaction interaction, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var s = _database.Schema;
        var customer = interaction.Customer.Value;
        return new(_database.InTransactionAsync<StoreWriteResult>(async (connection, transaction) =>
        {
            await ExecuteAsync(connection, transaction, $"INSERT INTO {s}.idic_interaction_streams (customer_id, version) VALUES ($1, 0) ON CONFLICT DO NOTHING",
                cancellationToken, customer).ConfigureAwait(false);
            var version = (long)(await ScalarAsync(connection, transaction, $"SELECT version FROM {s}.idic_interaction_streams WHERE customer_id = $1 FOR UPDATE",
                cancellationToken, customer).ConfigureAwait(false))!;
            if (await ScalarAsync(connection, transaction, $"SELECT 1 FROM {s}.idic_interactions WHERE event_id = $1", cancellationToken, interaction.Id).ConfigureAwait(false) is not null)
            {
                return (new StoreWriteResult(StoreWriteStatus.Duplicate, version), false);
            }

            if (version != expectedVersion)
            {
                return (new StoreWriteResult(StoreWriteStatus.Conflict, version), false);
            }

            var (at, atNs) = PostgreSqlInstants.Split(interaction.At);
            await ExecuteAsync(connection, transaction,
                $"INSERT INTO {s}.idic_interactions (customer_id, version, event_id, at, at_ns, document) VALUES ($1, $2, $3, $4, $5, $6)",
                cancellationToken, customer, version + 1, interaction.Id, at, atNs, new JsonText(IdicJson.Serialize(interaction))).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, $"UPDATE {s}.idic_interaction_streams SET version = $2 WHERE customer_id = $1 AND version = $3",
                cancellationToken, customer, version + 1, version).ConfigureAwait(false);
            return (new StoreWriteResult(StoreWriteStatus.Written, version + 1), true);
        }, cancellationToken));
    }

    /// <inheritdoc />
    public async ValueTask<StoredEvents<Interaction>> ReadAsync(CustomerId customer, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null,
            $"SELECT document::text FROM {_database.Schema}.idic_interactions WHERE customer_id = $1 ORDER BY version", customer.Value);
        var interactions = new List<Interaction>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            interactions.Add(IdicJson.DeserializeInteraction(reader.GetString(0)));
        }

        // One row per version from 1, so the count read in this one statement is the version.
        return new StoredEvents<Interaction>(customer, interactions, interactions.Count);
    }

    /// <summary>Closes the data source the store built from a connection string (a data source from the options is left open).</summary>
    /// <returns>A task that completes when the data source is closed.</returns>
    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
