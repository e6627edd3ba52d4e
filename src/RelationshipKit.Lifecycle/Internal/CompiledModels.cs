using System.Collections.Immutable;

namespace RelationshipKit.Lifecycle.Internal;

/// <summary>A configured stage, compiled.</summary>
internal sealed class StageModel<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    internal StageModel(int index, TStage stage, int parent, bool terminal, string? description,
        ImmutableArray<LifecycleEffect<TStage, TTrigger>> entry, ImmutableArray<LifecycleEffect<TStage, TTrigger>> exit)
    {
        Index = index;
        Stage = stage;
        Name = EnumTable<TStage>.Names[index];
        Parent = parent;
        Terminal = terminal;
        Description = description;
        Entry = entry;
        Exit = exit;
    }

    internal int Index { get; }

    internal TStage Stage { get; }

    internal string Name { get; }

    /// <summary>The parent's enum index, or -1.</summary>
    internal int Parent { get; }

    internal bool Terminal { get; }

    internal string? Description { get; }

    internal ImmutableArray<LifecycleEffect<TStage, TTrigger>> Entry { get; }

    internal ImmutableArray<LifecycleEffect<TStage, TTrigger>> Exit { get; }
}

/// <summary>A permitted transition as it applies from one particular stage (effects depend on the stage left).</summary>
internal sealed class CompiledRule<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    internal CompiledRule(RuleSpec<TStage, TTrigger> spec, TStage destination, int declaredAt, ImmutableArray<LifecycleEffect<TStage, TTrigger>> effects)
    {
        Kind = spec.Kind;
        Destination = destination;
        Guard = spec.Guard;
        Shape = spec.Shape;
        Description = spec.Description;
        DeclaredAt = declaredAt;
        Effects = effects;
        EntryKind = spec.Kind switch
        {
            TransitionKind.Reentry => HistoryEntryKind.Reentry,
            TransitionKind.Internal => HistoryEntryKind.Internal,
            TransitionKind.WinBack => HistoryEntryKind.WinBack,
            _ => HistoryEntryKind.Transition,
        };
    }

    internal TransitionKind Kind { get; }

    internal TStage Destination { get; }

    internal Delegate? Guard { get; }

    internal GuardShape Shape { get; }

    internal string? Description { get; }

    /// <summary>The enum index of the stage that declared the rule.</summary>
    internal int DeclaredAt { get; }

    internal ImmutableArray<LifecycleEffect<TStage, TTrigger>> Effects { get; }

    internal HistoryEntryKind EntryKind { get; }
}

/// <summary>What a trigger does from one stage: its rules (guarded first, unguarded last) or a block.</summary>
internal sealed class Behaviour<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    internal Behaviour(CompiledRule<TStage, TTrigger>[] rules, ImmutableArray<string> guardDescriptions, ImmutableArray<string> blockDescription)
    {
        Rules = rules;
        GuardDescriptions = guardDescriptions;
        BlockDescription = blockDescription;
    }

    internal CompiledRule<TStage, TTrigger>[] Rules { get; }

    internal ImmutableArray<string> GuardDescriptions { get; }

    /// <summary>Not default when the stage blocks the trigger.</summary>
    internal ImmutableArray<string> BlockDescription { get; }

    internal bool Blocked => !BlockDescription.IsDefault;
}
