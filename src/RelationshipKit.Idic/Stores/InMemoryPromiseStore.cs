using RelationshipKit.Idic.Interact;

namespace RelationshipKit.Idic.Stores;

/// <summary>
/// Represents an <see cref="IPromiseStore"/> in process memory.
/// </summary>
/// <remarks>This type is thread-safe: one lock serialises writes.</remarks>
[Mutable]
public sealed class InMemoryPromiseStore : IPromiseStore
{
    private readonly object _gate = new();
    private readonly Dictionary<string, StoredPromise> _promises = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<StoreWriteResult> MakeAsync(CallbackPromise promise, CancellationToken cancellationToken = default)
    {
        PromiseRules.CheckNew(promise);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (_promises.TryGetValue(promise.Id, out var held))
            {
                return new(new StoreWriteResult(StoreWriteStatus.Duplicate, held.Version));
            }

            _promises[promise.Id] = new StoredPromise(promise, 1);
            return new(new StoreWriteResult(StoreWriteStatus.Written, 1));
        }
    }

    /// <inheritdoc />
    public ValueTask<StoreWriteResult> RecordAttemptAsync(string promiseId, Interaction attempt, long expectedVersion, CancellationToken cancellationToken = default) =>
        Change(promiseId, attempt, expectedVersion, PromiseRules.Attempt, cancellationToken);

    /// <inheritdoc />
    public ValueTask<StoreWriteResult> KeepAsync(string promiseId, Interaction contact, long expectedVersion, CancellationToken cancellationToken = default) =>
        Change(promiseId, contact, expectedVersion, PromiseRules.Keep, cancellationToken);

    /// <inheritdoc />
    public ValueTask<StoredPromise?> GetAsync(string promiseId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(promiseId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return new(_promises.TryGetValue(promiseId, out var held) ? held : null);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<StoredPromise>> ListOpenAsync(CustomerId? customer = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return new(PromiseRules.OpenFirstDue(_promises.Values.Where(p => customer is null || p.Promise.Customer == customer)));
        }
    }

    private ValueTask<StoreWriteResult> Change(
        string promiseId, Interaction interaction, long expectedVersion, Func<CallbackPromise, Interaction, CallbackPromise?> apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(promiseId);
        ArgumentNullException.ThrowIfNull(interaction);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var held = _promises.TryGetValue(promiseId, out var p) ? p : throw PromiseRules.Unknown(promiseId);
            var changed = apply(held.Promise, interaction);
            if (changed is null)
            {
                return new(new StoreWriteResult(StoreWriteStatus.Duplicate, held.Version));
            }

            if (held.Version != expectedVersion)
            {
                return new(new StoreWriteResult(StoreWriteStatus.Conflict, held.Version));
            }

            _promises[promiseId] = new StoredPromise(changed, held.Version + 1);
            return new(new StoreWriteResult(StoreWriteStatus.Written, held.Version + 1));
        }
    }
}
