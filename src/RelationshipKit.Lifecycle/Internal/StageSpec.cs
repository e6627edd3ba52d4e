namespace RelationshipKit.Lifecycle.Internal;

/// <summary>What the builder knows about one stage.</summary>
internal sealed class StageSpec<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    internal StageSpec(TStage stage) => Stage = stage;

    internal TStage Stage { get; }

    internal TStage? Parent { get; set; }

    internal bool Terminal { get; set; }

    internal string? Description { get; set; }

    internal List<RuleSpec<TStage, TTrigger>> Rules { get; } = [];

    internal List<(TTrigger Trigger, string Description)> Blocks { get; } = [];

    internal List<LifecycleEffect<TStage, TTrigger>> EntryEffects { get; } = [];

    internal List<LifecycleEffect<TStage, TTrigger>> ExitEffects { get; } = [];
}
