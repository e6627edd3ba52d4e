namespace RelationshipKit.Lifecycle.Graph;

/// <summary>Represents one declared transition of a described lifecycle, as data.</summary>
/// <remarks>Substages inherit their parents' transitions; the description lists each transition once, on the stage that declared it. Immutable and thread-safe.</remarks>
[Immutable]
public sealed class TransitionInfo
{
    internal TransitionInfo(string from, string to, string trigger, HistoryEntryKind kind, string? guard, string? argumentType)
    {
        From = from;
        To = to;
        Trigger = trigger;
        Kind = kind;
        Guard = guard;
        ArgumentType = argumentType;
    }

    /// <summary>Gets the name of the stage that declares the transition.</summary>
    public string From { get; }

    /// <summary>Gets the name of the destination stage (the same stage for re-entry and internal transitions).</summary>
    public string To { get; }

    /// <summary>Gets the trigger's name.</summary>
    public string Trigger { get; }

    /// <summary>Gets the kind: <see cref="HistoryEntryKind.Transition"/>, <see cref="HistoryEntryKind.Reentry"/>, <see cref="HistoryEntryKind.Internal"/> or <see cref="HistoryEntryKind.WinBack"/>.</summary>
    public HistoryEntryKind Kind { get; }

    /// <summary>Gets the guard's description; null for an unguarded transition.</summary>
    public string? Guard { get; }

    /// <summary>Gets the name of the trigger's argument type; null for a parameterless trigger.</summary>
    public string? ArgumentType { get; }
}
