using RelationshipKit.Idic.Interact;

namespace RelationshipKit.Idic.Stores;

/// <summary>
/// Stores callback promises and lets them change only through recorded contacts, with optimistic concurrency and
/// idempotency by promise and interaction id.
/// </summary>
/// <remarks>
/// Contract: <see cref="MakeAsync"/> stores a new promise at version 1 (duplicate when the id exists);
/// <see cref="RecordAttemptAsync"/> and <see cref="KeepAsync"/> apply <see cref="CallbackPromise.RecordAttempt"/> and
/// <see cref="CallbackPromise.Keep"/> (their rules throw as there), are idempotent by the interaction's id, and
/// return a conflict on a stale version. There is no delete: an open promise stays listed by
/// <see cref="ListOpenAsync"/> until a contact keeps it. Implementations must be thread-safe.
/// </remarks>
public interface IPromiseStore
{
    /// <summary>Stores a new promise.</summary>
    /// <param name="promise">An open promise.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Written at version 1, or duplicate.</returns>
    ValueTask<StoreWriteResult> MakeAsync(CallbackPromise promise, CancellationToken cancellationToken = default);

    /// <summary>Records an attempt that did not reach the customer.</summary>
    /// <param name="promiseId">The promise.</param>
    /// <param name="attempt">The recorded interaction.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Written, duplicate or conflict.</returns>
    ValueTask<StoreWriteResult> RecordAttemptAsync(string promiseId, Interaction attempt, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Keeps a promise with the recorded contact.</summary>
    /// <param name="promiseId">The promise.</param>
    /// <param name="contact">The recorded interaction that kept it.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Written, duplicate or conflict.</returns>
    ValueTask<StoreWriteResult> KeepAsync(string promiseId, Interaction contact, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Gets a promise.</summary>
    /// <param name="promiseId">The promise id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored promise, or <see langword="null"/> when unknown.</returns>
    ValueTask<StoredPromise?> GetAsync(string promiseId, CancellationToken cancellationToken = default);

    /// <summary>Lists the open promises, of one customer or of all, earliest due first.</summary>
    /// <param name="customer">The customer, or <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The open promises.</returns>
    ValueTask<IReadOnlyList<StoredPromise>> ListOpenAsync(CustomerId? customer = null, CancellationToken cancellationToken = default);
}
