using RelationshipKit.Idic;
using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Stores;

namespace RelationshipKit.Testing.Tests.Idic;

/// <summary>
/// An in-memory interaction store with a mistake the contract must catch: appends ignore the expected version (last
/// writer wins), or reads fail. It counts how often it is disposed.
/// </summary>
internal sealed class BrokenInteractionStore(bool ignoreVersions = false, bool readsFail = false) : IInteractionStore, IDisposable
{
    private readonly InMemoryInteractionStore _inner = new();

    public static int Disposed;

    public async ValueTask<StoreWriteResult> AppendAsync(Interaction interaction, long expectedVersion, CancellationToken cancellationToken = default)
    {
        var version = ignoreVersions ? (await _inner.ReadAsync(interaction.Customer, cancellationToken)).Version : expectedVersion;
        return await _inner.AppendAsync(interaction, version, cancellationToken);
    }

    public ValueTask<StoredEvents<Interaction>> ReadAsync(CustomerId customer, CancellationToken cancellationToken = default) =>
        readsFail ? throw new InvalidOperationException("the disk is gone") : _inner.ReadAsync(customer, cancellationToken);

    public void Dispose() => Interlocked.Increment(ref Disposed);
}
