using System.Collections.Immutable;

namespace RelationshipKit.Lifecycle.Graph;

/// <summary>Represents a lifecycle definition as plain data: its stages and declared transitions, for diagrams, documentation and tools.</summary>
/// <remarks>Returned by <see cref="LifecycleDefinition{TStage, TTrigger}.Describe"/>; formatted by <see cref="MermaidGraph"/> and <see cref="DotGraph"/>. Immutable and thread-safe.</remarks>
[Immutable]
public sealed class LifecycleInfo
{
    internal LifecycleInfo(string name, int version, string initialStage, ImmutableArray<StageInfo> stages, ImmutableArray<TransitionInfo> transitions)
    {
        Name = name;
        Version = version;
        InitialStage = initialStage;
        Stages = stages;
        Transitions = transitions;
    }

    /// <summary>Gets the definition's name.</summary>
    public string Name { get; }

    /// <summary>Gets the definition's version.</summary>
    public int Version { get; }

    /// <summary>Gets the initial stage's name.</summary>
    public string InitialStage { get; }

    /// <summary>Gets the stages, in the order they were configured.</summary>
    public ImmutableArray<StageInfo> Stages { get; }

    /// <summary>Gets the declared transitions, stage by stage in configuration order, each stage's in declaration order.</summary>
    public ImmutableArray<TransitionInfo> Transitions { get; }
}
