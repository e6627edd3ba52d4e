namespace RelationshipKit.Lifecycle;

/// <summary>Represents the outcome of a <see cref="LifecycleRunner{TStage, TTrigger}"/> call: the status, the relationship's state afterwards, the transition and the stored entry.</summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
[Immutable]
public sealed class RunResult<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    internal RunResult(RunStatus status, RelationshipState<TStage> state, TransitionResult<TStage, TTrigger> transition, LifecycleHistoryEntry<TStage, TTrigger>? entry, string message)
    {
        Status = status;
        State = state;
        Transition = transition;
        Entry = entry;
        Message = message;
    }

    /// <summary>Gets how the call ended.</summary>
    public RunStatus Status { get; }

    /// <summary>Gets the stored state afterwards (the <c>default</c> state when none is stored).</summary>
    public RelationshipState<TStage> State { get; }

    /// <summary>Gets the definition's result for the event (the last attempt's, after conflict retries).</summary>
    public TransitionResult<TStage, TTrigger> Transition { get; }

    /// <summary>Gets the stored entry: the new one when applied, the original one for a duplicate; null otherwise.</summary>
    public LifecycleHistoryEntry<TStage, TTrigger>? Entry { get; }

    /// <summary>Gets a sentence describing the outcome.</summary>
    public string Message { get; }
}
