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
    private readonly string? _message;

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
        _message = message;
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

    /// <summary>Gets a sentence describing the outcome (built when read, unless the store gave one).</summary>
    public string Message => _message ?? Status switch
    {
        WriteStatus.Written => $"Customer '{CustomerId}' is at version {StoredVersion}.",
        WriteStatus.Duplicate => $"Event '{Entry!.EventId}' was already written for customer '{CustomerId}' (entry {Entry.Sequence}); nothing was appended.",
        WriteStatus.Conflict => $"Customer '{CustomerId}' is at version {StoredVersion}; the write expected another version and was not applied.",
        _ => $"The write for customer '{CustomerId}' belongs to another definition; nothing was written.",
    };
}
