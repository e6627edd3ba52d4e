using NodaTime;
using RelationshipKit.Idic.Interact;

namespace RelationshipKit.Idic.Stores;

/// <summary>
/// Stores each customer's consent history, append-only, with optimistic concurrency, event-id idempotency and
/// erasure on request (tombstones).
/// </summary>
/// <remarks>
/// Contract: as <see cref="IInteractionStore"/> for appends; <see cref="EraseAsync"/> deletes the customer's events
/// and keeps one tombstone (customer id, instant, number of events removed), after which reads return an erased
/// ledger and appends return <see cref="StoreWriteStatus.Conflict"/>. Implementations must be thread-safe.
/// </remarks>
public interface IConsentStore
{
    /// <summary>Appends a consent event.</summary>
    /// <param name="consentEvent">The event.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Written, duplicate or conflict, with the version.</returns>
    ValueTask<StoreWriteResult> AppendAsync(ConsentEvent consentEvent, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Reads a customer's consent.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The ledger (empty at version 0 for an unknown customer; erased after erasure) and the version.</returns>
    ValueTask<StoredConsent> ReadAsync(CustomerId customer, CancellationToken cancellationToken = default);

    /// <summary>Erases a customer's consent data, keeping a tombstone.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="at">When.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Written (version increases by one), duplicate when already erased, or conflict.</returns>
    ValueTask<StoreWriteResult> EraseAsync(CustomerId customer, Instant at, long expectedVersion, CancellationToken cancellationToken = default);
}
