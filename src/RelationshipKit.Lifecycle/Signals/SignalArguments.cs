using NodaTime;

namespace RelationshipKit.Lifecycle.Signals;

/// <summary>Represents what a signal rule reads: the relationship's state, the observations and the instant.</summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <remarks>A struct, so members can be added later without breaking any rule. Immutable and thread-safe.</remarks>
[Immutable]
public readonly struct SignalArguments<TStage>
    where TStage : struct, Enum
{
    internal SignalArguments(RelationshipState<TStage> state, RelationshipObservations observations, Instant at)
    {
        State = state;
        Observations = observations;
        At = at;
    }

    /// <summary>Gets the relationship's state.</summary>
    public RelationshipState<TStage> State { get; }

    /// <summary>Gets the observations.</summary>
    public RelationshipObservations Observations { get; }

    /// <summary>Gets the instant the rules are evaluated at.</summary>
    public Instant At { get; }
}
