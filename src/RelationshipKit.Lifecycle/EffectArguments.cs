namespace RelationshipKit.Lifecycle;

/// <summary>Represents what an effect's action receives: the transition's record and the new state.</summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>A struct, so members can be added later without breaking any action's signature. Immutable and thread-safe.</remarks>
[Immutable]
public readonly struct EffectArguments<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    /// <summary>Initializes a new <see cref="EffectArguments{TStage, TTrigger}"/>.</summary>
    /// <param name="record">The record of the accepted transition.</param>
    /// <param name="state">The state after the transition.</param>
    public EffectArguments(TransitionRecord<TStage, TTrigger> record, RelationshipState<TStage> state)
    {
        Record = record;
        State = state;
    }

    /// <summary>Gets the record of the accepted transition.</summary>
    public TransitionRecord<TStage, TTrigger> Record { get; }

    /// <summary>Gets the state after the transition.</summary>
    public RelationshipState<TStage> State { get; }
}
