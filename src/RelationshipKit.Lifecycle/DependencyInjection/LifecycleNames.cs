namespace RelationshipKit.Lifecycle.DependencyInjection;

/// <summary>The names of the lifecycles registered for one stage/trigger pair: the marker instance that wires the provider once.</summary>
internal sealed class LifecycleNames<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    internal List<string> Names { get; } = [];
}
