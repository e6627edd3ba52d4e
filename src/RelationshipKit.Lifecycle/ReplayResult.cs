namespace RelationshipKit.Lifecycle;

/// <summary>Represents the outcome of replaying a history: the rebuilt state, or the first entry the definition does not allow.</summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <remarks>The <c>default</c> value is an invalid result without a problem; results come from <c>Replay</c>. Immutable and thread-safe.</remarks>
[Immutable]
public readonly struct ReplayResult<TStage>
    where TStage : struct, Enum
{
    internal ReplayResult(RelationshipState<TStage> state, HistoryProblem? problem)
    {
        State = state;
        Problem = problem;
    }

    /// <summary>Gets a value indicating whether every entry was allowed and the state was rebuilt.</summary>
    public bool IsValid => Problem is null && !State.IsDefault;

    /// <summary>Gets the rebuilt state; the <c>default</c> state when the history is invalid.</summary>
    public RelationshipState<TStage> State { get; }

    /// <summary>Gets the first bad entry and the rule it breaks; null when valid.</summary>
    public HistoryProblem? Problem { get; }
}
