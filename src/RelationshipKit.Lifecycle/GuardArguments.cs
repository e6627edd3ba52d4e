using NodaTime;

namespace RelationshipKit.Lifecycle;

/// <summary>
/// Represents what a guard may read: the relationship's state before the transition and the instant of the event.
/// Guards are side-effect free; a trigger's argument (for example the relationship strength before a conflict) is
/// passed beside this struct by typed triggers.
/// </summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <remarks>A struct, so members can be added later without breaking any guard's signature. Immutable and thread-safe.</remarks>
[Immutable]
public readonly struct GuardArguments<TStage>
    where TStage : struct, Enum
{
    internal GuardArguments(RelationshipState<TStage> state, Instant at)
    {
        State = state;
        At = at;
    }

    /// <summary>Gets the state before the transition.</summary>
    public RelationshipState<TStage> State { get; }

    /// <summary>Gets the instant of the event being fired.</summary>
    public Instant At { get; }

    /// <summary>Gets how long the relationship has been in its current stage at <see cref="At"/>.</summary>
    public Duration TimeInStage => At - State.EnteredAt;
}
