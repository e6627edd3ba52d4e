namespace RelationshipKit.Lifecycle.Signals;

/// <summary>Represents a trigger a signal rule suggests, with the rule's description and whether the definition permits the trigger now. Applying it is the caller's decision.</summary>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
[Immutable]
public sealed class SignalSuggestion<TTrigger>
    where TTrigger : struct, Enum
{
    internal SignalSuggestion(string name, string description, TTrigger trigger, bool isPermitted)
    {
        Name = name;
        Description = description;
        Trigger = trigger;
        IsPermitted = isPermitted;
    }

    /// <summary>Gets the signal's short name.</summary>
    public string Name { get; }

    /// <summary>Gets the rule's description.</summary>
    public string Description { get; }

    /// <summary>Gets the suggested trigger.</summary>
    public TTrigger Trigger { get; }

    /// <summary>Gets a value indicating whether the definition permits the trigger from the current stage now (a typed trigger's guards are not judged).</summary>
    public bool IsPermitted { get; }
}
