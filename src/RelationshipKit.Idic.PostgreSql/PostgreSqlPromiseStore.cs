using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Stores;
using RelationshipKit.PostgreSql;
using static RelationshipKit.Idic.PostgreSql.PostgreSqlIdicDatabase;

namespace RelationshipKit.Idic.PostgreSql;

/// <summary>
/// Represents an <see cref="IPromiseStore"/> in a PostgreSQL database (table <c>idic_promises</c>): one row per promise with
/// its version, open flag and due instant, indexed for the open list.
/// </summary>
/// <remarks>
/// Changes lock the promise's row (<c>SELECT … FOR UPDATE</c>), apply <see cref="PromiseRules"/> (the promise's own
/// rules) and update it only at the version read. There is no delete. This type is thread-safe; dispose it to close a
/// data source it built from a connection string.
/// </remarks>
[Immutable]
public sealed class PostgreSqlPromiseStore : IPromiseStore, IAsyncDisposable
{
    private readonly PostgreSqlIdicDatabase _database;

    /// <summary>Initializes a new <see cref="PostgreSqlPromiseStore"/> over the database of <paramref name="connectionString"/> (schema <c>public</c>).</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="connectionString"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="connectionString"/> is empty or malformed.</exception>
    public PostgreSqlPromiseStore(string connectionString)
        : this(new PostgreSqlIdicStoreOptions { ConnectionString = connectionString ?? throw new ArgumentNullException(nameof(connectionString)) })
    {
    }

    /// <summary>Initializes a new <see cref="PostgreSqlPromiseStore"/> with options. Nothing is sent to the server until the first call.</summary>
    /// <param name="options">The settings (checked and copied).</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when not exactly one of the connection string and the data source is set, or the schema is not a lower-case identifier.</exception>
    public PostgreSqlPromiseStore(PostgreSqlIdicStoreOptions options) => _database = new PostgreSqlIdicDatabase(options);

    /// <inheritdoc />
    public ValueTask<StoreWriteResult> MakeAsync(CallbackPromise promise, CancellationToken cancellationToken = default)
    {
        PromiseRules.CheckNew(promise);
        var s = _database.Schema;
        return new(_database.InTransactionAsync<StoreWriteResult>(async (connection, transaction) =>
        {
            var (due, dueNs) = PostgreSqlInstants.Split(promise.DueAt);
            var inserted = await ScalarAsync(connection, transaction,
                $"""
                INSERT INTO {s}.idic_promises (promise_id, customer_id, version, is_open, due_at, due_at_ns, document) VALUES ($1, $2, 1, true, $3, $4, $5)
                ON CONFLICT (promise_id) DO NOTHING RETURNING version
                """,
                cancellationToken, promise.Id, promise.Customer.Value, due, dueNs, new JsonText(IdicJson.Serialize(promise))).ConfigureAwait(false);
            if (inserted is not null)
            {
                return (new StoreWriteResult(StoreWriteStatus.Written, 1), true);
            }

            var version = (long)(await ScalarAsync(connection, transaction, $"SELECT version FROM {s}.idic_promises WHERE promise_id = $1", cancellationToken, promise.Id)
                .ConfigureAwait(false))!;
            return (new StoreWriteResult(StoreWriteStatus.Duplicate, version), false);
        }, cancellationToken));
    }

    /// <inheritdoc />
    public ValueTask<StoreWriteResult> RecordAttemptAsync(string promiseId, Interaction attempt, long expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(promiseId, attempt, expectedVersion, PromiseRules.Attempt, cancellationToken);

    /// <inheritdoc />
    public ValueTask<StoreWriteResult> KeepAsync(string promiseId, Interaction contact, long expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(promiseId, contact, expectedVersion, PromiseRules.Keep, cancellationToken);

    /// <inheritdoc />
    public async ValueTask<StoredPromise?> GetAsync(string promiseId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(promiseId);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadAsync(connection, null, promiseId, forUpdate: false, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<StoredPromise>> ListOpenAsync(CustomerId? customer = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null,
            $"SELECT document::text, version FROM {_database.Schema}.idic_promises WHERE is_open AND ($1::text IS NULL OR customer_id = $1) ORDER BY due_at, due_at_ns, promise_id",
            customer?.Value);
        var open = new List<StoredPromise>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            open.Add(new StoredPromise(IdicJson.DeserializeCallbackPromise(reader.GetString(0)), reader.GetInt64(1)));
        }

        // The same order as every other store (ids compared ordinally, not by the database's collation).
        return PromiseRules.OpenFirstDue(open);
    }

    /// <summary>Closes the data source the store built from a connection string (a data source from the options is left open).</summary>
    /// <returns>A task that completes when the data source is closed.</returns>
    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<StoredPromise?> ReadAsync(Npgsql.NpgsqlConnection connection, Npgsql.NpgsqlTransaction? transaction, string promiseId, bool forUpdate, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction,
            $"SELECT document::text, version FROM {_database.Schema}.idic_promises WHERE promise_id = $1" + (forUpdate ? " FOR UPDATE" : string.Empty), promiseId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new StoredPromise(IdicJson.DeserializeCallbackPromise(reader.GetString(0)), reader.GetInt64(1))
            : null;
    }

    private ValueTask<StoreWriteResult> ChangeAsync(
        string promiseId, Interaction interaction, long expectedVersion, Func<CallbackPromise, Interaction, CallbackPromise?> apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(promiseId);
        ArgumentNullException.ThrowIfNull(interaction);
        return new(_database.InTransactionAsync<StoreWriteResult>(async (connection, transaction) =>
        {
            var held = await ReadAsync(connection, transaction, promiseId, forUpdate: true, cancellationToken).ConfigureAwait(false) ?? throw PromiseRules.Unknown(promiseId);
            var changed = apply(held.Promise, interaction);
            if (changed is null)
            {
                return (new StoreWriteResult(StoreWriteStatus.Duplicate, held.Version), false);
            }

            if (held.Version != expectedVersion)
            {
                return (new StoreWriteResult(StoreWriteStatus.Conflict, held.Version), false);
            }

            await ExecuteAsync(connection, transaction,
                $"UPDATE {_database.Schema}.idic_promises SET version = $2, is_open = $3, document = $4 WHERE promise_id = $1 AND version = $5",
                cancellationToken, promiseId, held.Version + 1, changed.Status == PromiseStatus.Open, new JsonText(IdicJson.Serialize(changed)), held.Version).ConfigureAwait(false);
            return (new StoreWriteResult(StoreWriteStatus.Written, held.Version + 1), true);
        }, cancellationToken));
    }
}
