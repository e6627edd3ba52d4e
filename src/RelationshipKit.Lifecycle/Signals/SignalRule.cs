namespace RelationshipKit.Lifecycle.Signals;

/// <summary>Represents a rule that suggests a trigger when a condition on the observations holds.</summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>Made by <see cref="LifecycleSignalsBuilder{TStage, TTrigger}"/>. Immutable and thread-safe when its condition is side-effect free.</remarks>
[Immutable]
public sealed class SignalRule<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly Func<SignalArguments<TStage>, bool> _condition;

    internal SignalRule(string name, string description, TTrigger trigger, Func<SignalArguments<TStage>, bool> condition)
    {
        Name = name;
        Description = description;
        Trigger = trigger;
        _condition = condition;
    }

    /// <summary>Gets the signal's short name (for example "at risk" or "conflict").</summary>
    public string Name { get; }

    /// <summary>Gets what the rule checks, in words.</summary>
    public string Description { get; }

    /// <summary>Gets the trigger the rule suggests.</summary>
    public TTrigger Trigger { get; }

    internal bool Holds(SignalArguments<TStage> arguments) => _condition(arguments);
}
