namespace RelationshipKit.Lifecycle.Storage;

/// <summary>
/// Represents the outcome of a store write: written (with the entry appended), a duplicate event (with the original
/// entry), a conflict (with the stored version) or a definition mismatch. A stale write is a result, never a lost update.
/// </summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
[Immutable]
public readonly struct LifecycleWriteResult<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    /// <summary>Initializes a new <see cref="LifecycleWriteResult{TStage, TTrigger}"/> (for stores written outside this package).</summary>
    /// <param name="status">The outcome.</param>
    /// <param name="customerId">The customer written.</param>
    /// <param name="state">The stored state after the write (the new state when written, the current one otherwise; default when none is stored).</param>
    /// <param name="entry">The appended entry when written, the original entry for a duplicate; null otherwise.</param>
    /// <param name="storedVersion">The stored version after the write (0 when nothing is stored).</param>
    /// <param name="message">A sentence for conflicts and mismatches; null otherwise.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="entry"/> is null for a written or duplicate result.</exception>
    public LifecycleWriteResult(WriteStatus status, CustomerId customerId, RelationshipState<TStage> state, LifecycleHistoryEntry<TStage, TTrigger>? entry, long storedVersion, string? message)
    {
        if (entry is null && status is WriteStatus.Written or WriteStatus.Duplicate)
        {
            throw new ArgumentException($"entry must be given for a {status} result.", nameof(entry));
        }

        Status = status;
        CustomerId = customerId;
        State = state;
        Entry = entry;
        StoredVersion = storedVersion;
        Message = message ?? status switch
        {
            WriteStatus.Written => $"Customer '{customerId}' is at version {storedVersion}.",
            WriteStatus.Duplicate => $"Event '{entry!.EventId}' was already written for customer '{customerId}' (entry {entry.Sequence}); nothing was appended.",
            WriteStatus.Conflict => $"Customer '{customerId}' is at version {storedVersion}; the write expected another version and was not applied.",
            _ => $"The write for customer '{customerId}' belongs to another definition; nothing was written.",
        };
    }

    /// <summary>Gets the outcome.</summary>
    public WriteStatus Status { get; }

    /// <summary>Gets a value indicating whether the entry was appended.</summary>
    public bool Written => Status == WriteStatus.Written;

    /// <summary>Gets the customer written.</summary>
    public CustomerId CustomerId { get; }

    /// <summary>Gets the stored state after the write: the new state when written, the current state otherwise (default when nothing is stored).</summary>
    public RelationshipState<TStage> State { get; }

    /// <summary>Gets the appended entry when written, the original entry for a duplicate; null otherwise.</summary>
    public LifecycleHistoryEntry<TStage, TTrigger>? Entry { get; }

    /// <summary>Gets the stored version after the write (0 when nothing is stored).</summary>
    public long StoredVersion { get; }

    /// <summary>Gets a sentence describing the outcome.</summary>
    public string Message { get; }
}
