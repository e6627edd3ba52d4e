using NodaTime;

namespace RelationshipKit.Lifecycle.Storage;

/// <summary>
/// Represents where relationships' states and histories live: every write carries the expected version (a stale write
/// is a <see cref="WriteStatus.Conflict"/> and loses nothing, and of two concurrent writers on one customer only one
/// wins) and the caller's event id (a repeated id is a <see cref="WriteStatus.Duplicate"/> and appends nothing).
/// </summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>
/// <para>An implementation appends an entry by <see cref="LifecycleDefinition{TStage, TTrigger}.CreateEntry"/>, chained to the
/// customer's last entry, and replaces the state, atomically. It reads states and entries written by an older version of
/// the definition through <see cref="LifecycleDefinition{TStage, TTrigger}.RestoreState"/> and <c>RestoreEntry</c>.</para>
/// <para>Every store in this repository, and any store of yours, can run the contract in the RelationshipKit.Testing
/// package (<c>LifecycleStoreContract</c>).</para>
/// <para>Implementations are thread-safe.</para>
/// </remarks>
public interface ILifecycleStore<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    /// <summary>Gets the definition the store reads and writes under.</summary>
    LifecycleDefinition<TStage, TTrigger> Definition { get; }

    /// <summary>Reads a customer's state.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Found, not found, or a definition mismatch (another definition, a newer version, an older version without a declared migration).</returns>
    ValueTask<StateReadResult<TStage>> GetStateAsync(CustomerId customerId, CancellationToken cancellationToken = default);

    /// <summary>Reads a customer's whole history, oldest entry first (empty when none is stored).</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A snapshot of the history.</returns>
    ValueTask<LifecycleHistory<TStage, TTrigger>> GetHistoryAsync(CustomerId customerId, CancellationToken cancellationToken = default);

    /// <summary>Finds the entry a customer's event id wrote, to answer a redelivered event without firing it again.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="eventId">The event id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entry, or null when the event id was never written for the customer.</returns>
    ValueTask<LifecycleHistoryEntry<TStage, TTrigger>?> FindEventAsync(CustomerId customerId, LifecycleEventId eventId, CancellationToken cancellationToken = default);

    /// <summary>Appends one entry and replaces the state if the stored version is the expected one and the event id is new.</summary>
    /// <param name="write">The write.</param>
    /// <param name="cancellationToken">Cancels the write before it is applied.</param>
    /// <returns>Written, duplicate, conflict or definition mismatch.</returns>
    ValueTask<LifecycleWriteResult<TStage, TTrigger>> WriteAsync(LifecycleWrite<TStage, TTrigger> write, CancellationToken cancellationToken = default);

    /// <summary>Applies many writes (for many customers, several per customer in order), with one result per write in the same order.
    /// Conflicts and duplicates are results and do not stop the others; the stores say whether the batch is one transaction.</summary>
    /// <param name="writes">The writes.</param>
    /// <param name="cancellationToken">Cancels the batch before it is applied.</param>
    /// <returns>One result per write.</returns>
    ValueTask<IReadOnlyList<LifecycleWriteResult<TStage, TTrigger>>> WriteBatchAsync(IReadOnlyList<LifecycleWrite<TStage, TTrigger>> writes, CancellationToken cancellationToken = default);

    /// <summary>Lists the relationships in <paramref name="stage"/> (or one of its substages) whose current stage was entered more than <paramref name="duration"/> before <paramref name="now"/>.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="duration">The time in stage to exceed (zero or more).</param>
    /// <param name="now">The instant the time is measured at.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The states, ordered by customer id.</returns>
    ValueTask<IReadOnlyList<RelationshipState<TStage>>> GetInStageLongerThanAsync(TStage stage, Duration duration, Instant now, CancellationToken cancellationToken = default);

    /// <summary>Erases a customer's personal data in the history (actors and reasons) on request, keeping the transitions and a verifiable hash chain.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="cancellationToken">Cancels the erasure before it is applied.</param>
    /// <returns>The number of entries that had personal data and were erased.</returns>
    ValueTask<int> ErasePersonalDataAsync(CustomerId customerId, CancellationToken cancellationToken = default);
}
