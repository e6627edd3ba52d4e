using System.Collections.Immutable;

namespace RelationshipKit.Lifecycle;

/// <summary>Represents a trigger that may fire from a relationship's current stage, with the transitions it may take and their guards.</summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class PermittedTrigger<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    internal PermittedTrigger(TTrigger trigger, Type? argumentType, ImmutableArray<TransitionOption<TStage>> options)
    {
        Trigger = trigger;
        ArgumentType = argumentType;
        Options = options;
    }

    /// <summary>Gets the trigger.</summary>
    public TTrigger Trigger { get; }

    /// <summary>Gets the argument type the trigger carries; null for a parameterless trigger.</summary>
    public Type? ArgumentType { get; }

    /// <summary>Gets the transitions, in the order they are tried (guarded first, the unguarded one last).</summary>
    public ImmutableArray<TransitionOption<TStage>> Options { get; }
}
