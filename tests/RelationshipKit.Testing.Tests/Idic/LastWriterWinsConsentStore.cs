using NodaTime;
using RelationshipKit.Idic;
using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Stores;

namespace RelationshipKit.Testing.Tests.Idic;

/// <summary>An in-memory consent store that ignores the expected version of appends and erasures (last writer wins). The contract must catch it.</summary>
internal sealed class LastWriterWinsConsentStore : IConsentStore
{
    private readonly InMemoryConsentStore _inner = new();

    public async ValueTask<StoreWriteResult> AppendAsync(ConsentEvent consentEvent, long expectedVersion, CancellationToken cancellationToken = default) =>
        await _inner.AppendAsync(consentEvent, (await _inner.ReadAsync(consentEvent.Customer, cancellationToken)).Version, cancellationToken);

    public ValueTask<StoredConsent> ReadAsync(CustomerId customer, CancellationToken cancellationToken = default) => _inner.ReadAsync(customer, cancellationToken);

    public async ValueTask<StoreWriteResult> EraseAsync(CustomerId customer, Instant at, long expectedVersion, CancellationToken cancellationToken = default) =>
        await _inner.EraseAsync(customer, at, (await _inner.ReadAsync(customer, cancellationToken)).Version, cancellationToken);
}
