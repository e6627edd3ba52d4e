using RelationshipKit.Lifecycle.Internal;

namespace RelationshipKit.Lifecycle;

/// <summary>
/// Represents an entry or exit effect of a stage (send a thank-you note, open a retention case). <c>Fire</c> never
/// runs effects: an accepted result lists the ones to run, and the caller (or <see cref="LifecycleRunner{TStage, TTrigger}"/>,
/// after the store write succeeded) runs them.
/// </summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>An effect without an action is a described step for the caller to carry out. This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class LifecycleEffect<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly Func<EffectArguments<TStage, TTrigger>, CancellationToken, ValueTask>? _action;

    internal LifecycleEffect(EffectKind kind, TStage stage, string description, Func<EffectArguments<TStage, TTrigger>, CancellationToken, ValueTask>? action)
    {
        Kind = kind;
        Stage = stage;
        Description = description;
        _action = action;
    }

    /// <summary>Gets when the effect runs.</summary>
    public EffectKind Kind { get; }

    /// <summary>Gets the stage the effect belongs to.</summary>
    public TStage Stage { get; }

    /// <summary>Gets what the effect does, in words.</summary>
    public string Description { get; }

    /// <summary>Gets a value indicating whether the effect has an action to run.</summary>
    public bool HasAction => _action is not null;

    /// <summary>Runs the effect's action; completes at once when it has none.</summary>
    /// <param name="arguments">The transition and the new state.</param>
    /// <param name="cancellationToken">Cancels the action.</param>
    /// <returns>A task that completes when the action has run.</returns>
    public ValueTask RunAsync(EffectArguments<TStage, TTrigger> arguments, CancellationToken cancellationToken = default) =>
        _action is null ? ValueTask.CompletedTask : _action(arguments, cancellationToken);

    /// <summary>Returns the kind, stage and description.</summary>
    /// <returns>For example <c>"entry Commitment: assign a key-account manager"</c>.</returns>
    public override string ToString() => $"{(Kind == EffectKind.Entry ? "entry" : "exit")} {EnumTable<TStage>.NameOf(Stage)}: {Description}";
}
