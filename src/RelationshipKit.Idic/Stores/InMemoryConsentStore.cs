using NodaTime;
using RelationshipKit.Idic.Interact;

namespace RelationshipKit.Idic.Stores;

/// <summary>
/// Represents an <see cref="IConsentStore"/> in process memory. Erasure drops the events and keeps a tombstone.
/// </summary>
/// <remarks>This type is thread-safe: one lock serialises writes.</remarks>
[Mutable]
public sealed class InMemoryConsentStore : IConsentStore
{
    private readonly object _gate = new();
    private readonly Dictionary<CustomerId, (ConsentLedger Ledger, long Version)> _ledgers = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<StoreWriteResult> AppendAsync(ConsentEvent consentEvent, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(consentEvent);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var (ledger, version) = Current(consentEvent.Customer);
            if (_ids.Contains(consentEvent.Id))
            {
                return new(new StoreWriteResult(StoreWriteStatus.Duplicate, version));
            }

            if (version != expectedVersion || ledger.ErasedAt is not null)
            {
                return new(new StoreWriteResult(StoreWriteStatus.Conflict, version));
            }

            _ledgers[consentEvent.Customer] = (ledger.Append(consentEvent), version + 1);
            _ids.Add(consentEvent.Id);
            return new(new StoreWriteResult(StoreWriteStatus.Written, version + 1));
        }
    }

    /// <inheritdoc />
    public ValueTask<StoredConsent> ReadAsync(CustomerId customer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var (ledger, version) = Current(customer);
            return new(new StoredConsent(ledger, version));
        }
    }

    /// <inheritdoc />
    public ValueTask<StoreWriteResult> EraseAsync(CustomerId customer, Instant at, long expectedVersion, CancellationToken cancellationToken = default)
    {
        Guard.Set(customer);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var (ledger, version) = Current(customer);
            if (ledger.ErasedAt is not null)
            {
                return new(new StoreWriteResult(StoreWriteStatus.Duplicate, version));
            }

            if (version != expectedVersion)
            {
                return new(new StoreWriteResult(StoreWriteStatus.Conflict, version));
            }

            foreach (var e in ledger.Events)
            {
                _ids.Remove(e.Id);
            }

            _ledgers[customer] = (ledger.Erase(at), version + 1);
            return new(new StoreWriteResult(StoreWriteStatus.Written, version + 1));
        }
    }

    private (ConsentLedger Ledger, long Version) Current(CustomerId customer) =>
        _ledgers.TryGetValue(customer, out var held) ? held : (ConsentLedger.Empty(customer), 0);
}
