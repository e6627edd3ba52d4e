using RelationshipKit.Idic.Interact;

namespace RelationshipKit.Idic.Stores;

/// <summary>
/// Stores each customer's interactions as an append-only stream, with optimistic concurrency and event-id
/// idempotency.
/// </summary>
/// <remarks>
/// Contract (checked by the store contract tests): <see cref="AppendAsync"/> writes when the stream is at
/// <c>expectedVersion</c> and returns the new version; an interaction whose id the store already holds returns
/// <see cref="StoreWriteStatus.Duplicate"/> whatever the expected version; a stale expected version returns
/// <see cref="StoreWriteStatus.Conflict"/> and writes nothing. Implementations must be thread-safe.
/// </remarks>
public interface IInteractionStore
{
    /// <summary>Appends an interaction to its customer's stream.</summary>
    /// <param name="interaction">The interaction.</param>
    /// <param name="expectedVersion">The version the caller read (0 for a new customer).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Written, duplicate or conflict, with the stream's version.</returns>
    ValueTask<StoreWriteResult> AppendAsync(Interaction interaction, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Reads a customer's stream.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The interactions in append order and the version (empty at version 0 for an unknown customer).</returns>
    ValueTask<StoredEvents<Interaction>> ReadAsync(CustomerId customer, CancellationToken cancellationToken = default);
}
