namespace RelationshipKit.Lifecycle.Storage;

/// <summary>
/// Represents one optimistic write to a store: the version the writer read (the expected version), the new state
/// and the record to append. Made from an accepted result by <see cref="TransitionResult{TStage, TTrigger}.ToWrite"/>.
/// </summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>The <c>default</c> value is not a write; stores reject it. Immutable and thread-safe.</remarks>
[Immutable]
public readonly struct LifecycleWrite<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    /// <summary>Initializes a new <see cref="LifecycleWrite{TStage, TTrigger}"/>.</summary>
    /// <param name="expectedVersion">The stored version the writer read: 0 for a new relationship.</param>
    /// <param name="state">The new state.</param>
    /// <param name="record">The record to append.</param>
    /// <exception cref="ArgumentException">Thrown when the state or record is the default value, or they disagree with each other or with <paramref name="expectedVersion"/> (customer, sequence = version = expected + 1, event id, definition).</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="expectedVersion"/> is negative.</exception>
    public LifecycleWrite(long expectedVersion, RelationshipState<TStage> state, TransitionRecord<TStage, TTrigger> record)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        if (state.IsDefault || record.IsDefault)
        {
            throw new ArgumentException("state and record must come from an accepted transition; one was the default value.", state.IsDefault ? nameof(state) : nameof(record));
        }

        if (record.CustomerId != state.CustomerId || record.Sequence != state.Version || state.Version != expectedVersion + 1
            || record.EventId != state.LastEventId || !string.Equals(record.DefinitionName, state.DefinitionName, StringComparison.Ordinal)
            || record.DefinitionVersion != state.DefinitionVersion)
        {
            throw new ArgumentException(
                $"record must match state and expectedVersion (customer, sequence = version = expected + 1 = {expectedVersion + 1}, event id, definition); was record {record.CustomerId} #{record.Sequence} '{record.EventId}', state {state.CustomerId} v{state.Version} '{state.LastEventId}'.",
                nameof(record));
        }

        ExpectedVersion = expectedVersion;
        State = state;
        Record = record;
    }

    /// <summary>Gets the stored version the writer read (0 for a new relationship).</summary>
    public long ExpectedVersion { get; }

    /// <summary>Gets the new state.</summary>
    public RelationshipState<TStage> State { get; }

    /// <summary>Gets the record to append.</summary>
    public TransitionRecord<TStage, TTrigger> Record { get; }

    /// <summary>Gets the customer.</summary>
    public CustomerId CustomerId => State.CustomerId;

    /// <summary>Gets a value indicating whether this is the <c>default</c> value (not a write).</summary>
    public bool IsDefault => State.IsDefault;
}
