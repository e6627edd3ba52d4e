namespace RelationshipKit.Lifecycle;

/// <summary>Represents one transition a trigger may take from the current stage, with its guard and whether the guard holds now.</summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <remarks>This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class TransitionOption<TStage>
    where TStage : struct, Enum
{
    internal TransitionOption(TStage destination, HistoryEntryKind kind, string? guardDescription, bool? guardMet)
    {
        Destination = destination;
        Kind = kind;
        GuardDescription = guardDescription;
        GuardMet = guardMet;
    }

    /// <summary>Gets the stage the transition leads to.</summary>
    public TStage Destination { get; }

    /// <summary>Gets the kind of step (transition, re-entry, internal, win-back).</summary>
    public HistoryEntryKind Kind { get; }

    /// <summary>Gets the guard's description; null for an unguarded transition.</summary>
    public string? GuardDescription { get; }

    /// <summary>Gets whether the guard holds now: true or false, or null when it reads the trigger's argument and cannot be judged without it.</summary>
    public bool? GuardMet { get; }
}
