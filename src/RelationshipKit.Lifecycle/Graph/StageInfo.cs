using System.Collections.Immutable;

namespace RelationshipKit.Lifecycle.Graph;

/// <summary>Represents one stage of a described lifecycle, as data.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class StageInfo
{
    internal StageInfo(string name, string? parent, bool isInitial, bool isTerminal, string? description,
        ImmutableArray<string> entryEffects, ImmutableArray<string> exitEffects, ImmutableArray<string> blockedTriggers)
    {
        Name = name;
        Parent = parent;
        IsInitial = isInitial;
        IsTerminal = isTerminal;
        Description = description;
        EntryEffects = entryEffects;
        ExitEffects = exitEffects;
        BlockedTriggers = blockedTriggers;
    }

    /// <summary>Gets the stage's name.</summary>
    public string Name { get; }

    /// <summary>Gets the parent stage's name; null for a top-level stage.</summary>
    public string? Parent { get; }

    /// <summary>Gets a value indicating whether relationships start here.</summary>
    public bool IsInitial { get; }

    /// <summary>Gets a value indicating whether the stage is terminal.</summary>
    public bool IsTerminal { get; }

    /// <summary>Gets the stage's description; null when none was given.</summary>
    public string? Description { get; }

    /// <summary>Gets the descriptions of the entry effects, in order.</summary>
    public ImmutableArray<string> EntryEffects { get; }

    /// <summary>Gets the descriptions of the exit effects, in order.</summary>
    public ImmutableArray<string> ExitEffects { get; }

    /// <summary>Gets the names of the triggers the stage blocks although a parent permits them.</summary>
    public ImmutableArray<string> BlockedTriggers { get; }
}
