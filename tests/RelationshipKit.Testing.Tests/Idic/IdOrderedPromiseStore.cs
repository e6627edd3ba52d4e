using RelationshipKit.Idic;
using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Stores;

namespace RelationshipKit.Testing.Tests.Idic;

/// <summary>An in-memory promise store that lists open promises by id instead of earliest due first. The contract must catch it.</summary>
internal sealed class IdOrderedPromiseStore : IPromiseStore
{
    private readonly InMemoryPromiseStore _inner = new();

    public ValueTask<StoreWriteResult> MakeAsync(CallbackPromise promise, CancellationToken cancellationToken = default) => _inner.MakeAsync(promise, cancellationToken);

    public ValueTask<StoreWriteResult> RecordAttemptAsync(string promiseId, Interaction attempt, long expectedVersion, CancellationToken cancellationToken = default) =>
        _inner.RecordAttemptAsync(promiseId, attempt, expectedVersion, cancellationToken);

    public ValueTask<StoreWriteResult> KeepAsync(string promiseId, Interaction contact, long expectedVersion, CancellationToken cancellationToken = default) =>
        _inner.KeepAsync(promiseId, contact, expectedVersion, cancellationToken);

    public ValueTask<StoredPromise?> GetAsync(string promiseId, CancellationToken cancellationToken = default) => _inner.GetAsync(promiseId, cancellationToken);

    public async ValueTask<IReadOnlyList<StoredPromise>> ListOpenAsync(CustomerId? customer = null, CancellationToken cancellationToken = default) =>
        [.. (await _inner.ListOpenAsync(customer, cancellationToken)).OrderBy(p => p.Promise.Id, StringComparer.Ordinal)];
}
