namespace RelationshipKit.Lifecycle.Internal;

/// <summary>One permitted transition as declared on a stage configuration.</summary>
internal sealed class RuleSpec<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    internal RuleSpec(TTrigger trigger, TransitionKind kind, TStage destination, Delegate? guard, GuardShape shape, string? description, Type? argumentType)
    {
        Trigger = trigger;
        Kind = kind;
        Destination = destination;
        Guard = guard;
        Shape = shape;
        Description = description;
        ArgumentType = argumentType;
    }

    internal TTrigger Trigger { get; }

    internal TransitionKind Kind { get; }

    internal TStage Destination { get; }

    internal Delegate? Guard { get; }

    internal GuardShape Shape { get; }

    internal string? Description { get; }

    /// <summary>The argument type a typed guard reads; null otherwise.</summary>
    internal Type? ArgumentType { get; }
}
