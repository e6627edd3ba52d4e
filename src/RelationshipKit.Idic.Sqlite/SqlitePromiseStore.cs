using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Stores;
using static RelationshipKit.Idic.Sqlite.SqliteDatabase;

namespace RelationshipKit.Idic.Sqlite;

/// <summary>
/// Represents an <see cref="IPromiseStore"/> in a SQLite database (table <c>idic_promises</c>, created on first
/// use): one row per promise with its version, open flag and due instant indexed for the overdue list.
/// </summary>
/// <remarks>
/// Changes go through <see cref="PromiseRules"/> (the promise's own rules) inside an immediate transaction, and the
/// update is conditional on the version read. There is no delete. This type is thread-safe; each call opens its own
/// connection.
/// </remarks>
[Immutable]
public sealed class SqlitePromiseStore : IPromiseStore
{
    private readonly SqliteDatabase _database;

    /// <summary>Initializes a new <see cref="SqlitePromiseStore"/>.</summary>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="connectionString"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="connectionString"/> is empty.</exception>
    public SqlitePromiseStore(string connectionString) => _database = new SqliteDatabase(connectionString);

    /// <inheritdoc />
    public async ValueTask<StoreWriteResult> MakeAsync(CallbackPromise promise, CancellationToken cancellationToken = default)
    {
        PromiseRules.CheckNew(promise);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var version = await ScalarAsync(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM idic_promises WHERE promise_id = $id", cancellationToken, ("$id", promise.Id))
            .ConfigureAwait(false);
        if (version > 0)
        {
            return new StoreWriteResult(StoreWriteStatus.Duplicate, version);
        }

        await ExecuteAsync(connection, transaction,
            "INSERT INTO idic_promises (promise_id, customer_id, version, is_open, due_ticks, json) VALUES ($id, $customer, 1, 1, $due, $json)", cancellationToken,
            ("$id", promise.Id), ("$customer", promise.Customer.Value), ("$due", promise.DueAt.ToUnixTimeTicks()), ("$json", IdicJson.Serialize(promise))).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StoreWriteResult(StoreWriteStatus.Written, 1);
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
        return await ReadAsync(connection, null, promiseId, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<StoredPromise>> ListOpenAsync(CustomerId? customer = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null,
            "SELECT json, version FROM idic_promises WHERE is_open = 1 AND ($customer IS NULL OR customer_id = $customer) ORDER BY due_ticks, promise_id",
            ("$customer", customer?.Value));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var open = new List<StoredPromise>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            open.Add(new StoredPromise(IdicJson.DeserializeCallbackPromise(reader.GetString(0)), reader.GetInt64(1)));
        }

        return PromiseRules.OpenFirstDue(open);
    }

    private static async Task<StoredPromise?> ReadAsync(Microsoft.Data.Sqlite.SqliteConnection connection, Microsoft.Data.Sqlite.SqliteTransaction? transaction, string promiseId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT json, version FROM idic_promises WHERE promise_id = $id", ("$id", promiseId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new StoredPromise(IdicJson.DeserializeCallbackPromise(reader.GetString(0)), reader.GetInt64(1))
            : null;
    }

    private async ValueTask<StoreWriteResult> ChangeAsync(
        string promiseId, Interaction interaction, long expectedVersion, Func<CallbackPromise, Interaction, CallbackPromise?> apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(promiseId);
        ArgumentNullException.ThrowIfNull(interaction);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var held = await ReadAsync(connection, transaction, promiseId, cancellationToken).ConfigureAwait(false) ?? throw PromiseRules.Unknown(promiseId);
        var changed = apply(held.Promise, interaction);
        if (changed is null)
        {
            return new StoreWriteResult(StoreWriteStatus.Duplicate, held.Version);
        }

        if (held.Version != expectedVersion)
        {
            return new StoreWriteResult(StoreWriteStatus.Conflict, held.Version);
        }

        await ExecuteAsync(connection, transaction,
            "UPDATE idic_promises SET version = $next, is_open = $open, json = $json WHERE promise_id = $id AND version = $version", cancellationToken,
            ("$next", held.Version + 1), ("$open", changed.Status == PromiseStatus.Open ? 1 : 0), ("$json", IdicJson.Serialize(changed)), ("$id", promiseId), ("$version", held.Version))
            .ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StoreWriteResult(StoreWriteStatus.Written, held.Version + 1);
    }
}
