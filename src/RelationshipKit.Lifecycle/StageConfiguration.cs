using RelationshipKit.Lifecycle.Internal;

namespace RelationshipKit.Lifecycle;

/// <summary>
/// Represents the configuration of one stage on a <see cref="LifecycleBuilder{TStage, TTrigger}"/>: its permitted
/// transitions, guards, substage parent, terminal flag and entry/exit effects. Every method returns the same
/// configuration, for chaining.
/// </summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>
/// <para>Arguments are checked at once (a null guard, an empty description); the structure (undefined stages,
/// unreachable stages, conflicting transitions) is checked by <see cref="LifecycleBuilder{TStage, TTrigger}.Build"/>,
/// which lists every problem at once.</para>
/// <para>When a stage has several transitions for one trigger, their guards are tried in the order they were
/// declared and the first that holds wins; an unguarded transition (at most one) is tried last, as "otherwise".</para>
/// <para>This type is mutable and not thread-safe, like the builder it belongs to.</para>
/// </remarks>
[Mutable]
public sealed class StageConfiguration<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly LifecycleBuilder<TStage, TTrigger> _builder;
    private readonly StageSpec<TStage, TTrigger> _spec;

    internal StageConfiguration(LifecycleBuilder<TStage, TTrigger> builder, StageSpec<TStage, TTrigger> spec)
    {
        _builder = builder;
        _spec = spec;
    }

    /// <summary>Gets the stage being configured.</summary>
    public TStage Stage => _spec.Stage;

    /// <summary>Makes this stage a substage of <paramref name="parent"/>: while in it, the relationship is also in the
    /// parent (<c>IsIn(parent)</c> is true) and inherits the parent's transitions that it does not configure or block.</summary>
    /// <param name="parent">The parent stage (it must be configured too).</param>
    /// <returns>This configuration.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="parent"/> is this stage, or a parent was already set.</exception>
    public StageConfiguration<TStage, TTrigger> SubstageOf(TStage parent)
    {
        _builder.EnsureNotBuilt();
        if (EqualityComparer<TStage>.Default.Equals(parent, _spec.Stage))
        {
            throw new ArgumentException($"parent must differ from the stage itself; was {Name(parent)}.", nameof(parent));
        }

        if (_spec.Parent is { } existing)
        {
            throw new ArgumentException($"parent of {Name(_spec.Stage)} was already set to {Name(existing)}; was {Name(parent)}.", nameof(parent));
        }

        _spec.Parent = parent;
        return this;
    }

    /// <summary>Marks the stage terminal: it permits no trigger, and firing any is rejected with <see cref="RejectionReason.TerminalStage"/>.</summary>
    /// <returns>This configuration.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built.</exception>
    public StageConfiguration<TStage, TTrigger> Terminal()
    {
        _builder.EnsureNotBuilt();
        _spec.Terminal = true;
        return this;
    }

    /// <summary>Sets a one-line description of the stage, shown by <c>Describe()</c> and the graphs' notes.</summary>
    /// <param name="description">What the stage means.</param>
    /// <returns>This configuration.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="description"/> is empty or longer than 500 characters.</exception>
    public StageConfiguration<TStage, TTrigger> Describe(string description)
    {
        _builder.EnsureNotBuilt();
        _spec.Description = Text.Required(description, LifecycleLimits.MaxDescriptionLength, nameof(description));
        return this;
    }

    /// <summary>Permits <paramref name="trigger"/> to move the relationship to <paramref name="destination"/>.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="destination">Another stage (use <see cref="PermitReentry"/> for the same stage).</param>
    /// <returns>This configuration.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built.</exception>
    public StageConfiguration<TStage, TTrigger> Permit(TTrigger trigger, TStage destination) =>
        Add(trigger, TransitionKind.Transition, destination, null, GuardShape.None, null, null);

    /// <summary>Permits <paramref name="trigger"/> to move the relationship to <paramref name="destination"/> when <paramref name="guard"/> holds.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="destination">Another stage.</param>
    /// <param name="guard">A side-effect-free condition on the state and the event's instant.</param>
    /// <param name="description">What the guard requires, in words (shown on rejection and in graphs).</param>
    /// <returns>This configuration.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built.</exception>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="guard"/> or <paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="description"/> is empty or longer than 500 characters.</exception>
    public StageConfiguration<TStage, TTrigger> PermitIf(TTrigger trigger, TStage destination, Func<GuardArguments<TStage>, bool> guard, string description)
    {
        ArgumentNullException.ThrowIfNull(guard);
        return Add(trigger, TransitionKind.Transition, destination, guard, GuardShape.Plain, Described(description), null);
    }

    /// <summary>Permits the typed <paramref name="trigger"/> to move the relationship to <paramref name="destination"/> when <paramref name="guard"/> holds for its argument.</summary>
    /// <typeparam name="TArg">The trigger's argument type.</typeparam>
    /// <param name="trigger">The token returned by <see cref="LifecycleBuilder{TStage, TTrigger}.Trigger{TArg}(TTrigger, Func{TArg, string}?)"/>.</param>
    /// <param name="destination">Another stage.</param>
    /// <param name="guard">A side-effect-free condition on the state, the instant and the argument.</param>
    /// <param name="description">What the guard requires, in words.</param>
    /// <returns>This configuration.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built.</exception>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="description"/> is empty or too long, or <paramref name="trigger"/> was not declared on this builder.</exception>
    public StageConfiguration<TStage, TTrigger> PermitIf<TArg>(TypedTrigger<TTrigger, TArg> trigger, TStage destination, Func<GuardArguments<TStage>, TArg, bool> guard, string description)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(guard);
        _builder.EnsureDeclared(trigger, nameof(trigger));
        return Add(trigger.Trigger, TransitionKind.Transition, destination, guard, GuardShape.Typed, Described(description), typeof(TArg));
    }

    /// <summary>Permits <paramref name="trigger"/> to leave and re-enter this stage: exit and entry effects run and the time in stage restarts.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <returns>This configuration.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built.</exception>
    public StageConfiguration<TStage, TTrigger> PermitReentry(TTrigger trigger) =>
        Add(trigger, TransitionKind.Reentry, _spec.Stage, null, GuardShape.None, null, null);

    /// <summary>Permits <paramref name="trigger"/> to re-enter this stage when <paramref name="guard"/> holds.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="guard">A side-effect-free condition.</param>
    /// <param name="description">What the guard requires, in words.</param>
    /// <returns>This configuration.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built.</exception>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="guard"/> or <paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="description"/> is empty or longer than 500 characters.</exception>
    public StageConfiguration<TStage, TTrigger> PermitReentryIf(TTrigger trigger, Func<GuardArguments<TStage>, bool> guard, string description)
    {
        ArgumentNullException.ThrowIfNull(guard);
        return Add(trigger, TransitionKind.Reentry, _spec.Stage, guard, GuardShape.Plain, Described(description), null);
    }

    /// <summary>Permits <paramref name="trigger"/> as an internal transition: recorded in the history (a second complaint
    /// during a conflict), without leaving the stage, running effects or restarting the time in stage.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <returns>This configuration.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built.</exception>
    public StageConfiguration<TStage, TTrigger> InternalTransition(TTrigger trigger) =>
        Add(trigger, TransitionKind.Internal, _spec.Stage, null, GuardShape.None, null, null);

    /// <summary>Permits <paramref name="trigger"/> as an internal transition when <paramref name="guard"/> holds.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="guard">A side-effect-free condition.</param>
    /// <param name="description">What the guard requires, in words.</param>
    /// <returns>This configuration.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built.</exception>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="guard"/> or <paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="description"/> is empty or longer than 500 characters.</exception>
    public StageConfiguration<TStage, TTrigger> InternalTransitionIf(TTrigger trigger, Func<GuardArguments<TStage>, bool> guard, string description)
    {
        ArgumentNullException.ThrowIfNull(guard);
        return Add(trigger, TransitionKind.Internal, _spec.Stage, guard, GuardShape.Plain, Described(description), null);
    }

    /// <summary>Permits <paramref name="trigger"/> to win a lost relationship back: a transition to <paramref name="destination"/>
    /// that starts a new episode of the same relationship (seed 002: reconnecting with a former client).</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="destination">The stage the new episode starts in.</param>
    /// <returns>This configuration.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built.</exception>
    public StageConfiguration<TStage, TTrigger> PermitWinBack(TTrigger trigger, TStage destination) =>
        Add(trigger, TransitionKind.WinBack, destination, null, GuardShape.None, null, null);

    /// <summary>Blocks <paramref name="trigger"/> in this stage although a parent stage permits it (advancing during a conflict):
    /// firing it is rejected with <see cref="RejectionReason.Blocked"/> and <paramref name="description"/>.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="description">Why it is blocked, in words.</param>
    /// <returns>This configuration.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built.</exception>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="description"/> is empty or longer than 500 characters.</exception>
    public StageConfiguration<TStage, TTrigger> Block(TTrigger trigger, string description)
    {
        _builder.EnsureNotBuilt();
        _spec.Blocks.Add((trigger, Described(description)));
        return this;
    }

    /// <summary>Declares an effect to run when the relationship enters this stage.</summary>
    /// <param name="description">What the effect does, in words.</param>
    /// <param name="action">The action, run by the caller after the write; null for a described step only.</param>
    /// <returns>This configuration.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built.</exception>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="description"/> is empty or longer than 500 characters.</exception>
    public StageConfiguration<TStage, TTrigger> OnEntry(string description, Func<EffectArguments<TStage, TTrigger>, CancellationToken, ValueTask>? action = null)
    {
        _builder.EnsureNotBuilt();
        _spec.EntryEffects.Add(new LifecycleEffect<TStage, TTrigger>(EffectKind.Entry, _spec.Stage, Described(description), action));
        return this;
    }

    /// <summary>Declares an effect to run when the relationship leaves this stage.</summary>
    /// <param name="description">What the effect does, in words.</param>
    /// <param name="action">The action, run by the caller after the write; null for a described step only.</param>
    /// <returns>This configuration.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built.</exception>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="description"/> is empty or longer than 500 characters.</exception>
    public StageConfiguration<TStage, TTrigger> OnExit(string description, Func<EffectArguments<TStage, TTrigger>, CancellationToken, ValueTask>? action = null)
    {
        _builder.EnsureNotBuilt();
        _spec.ExitEffects.Add(new LifecycleEffect<TStage, TTrigger>(EffectKind.Exit, _spec.Stage, Described(description), action));
        return this;
    }

    private static string Described(string description) =>
        Text.Required(description, LifecycleLimits.MaxDescriptionLength, nameof(description));

    private static string Name(TStage stage) => EnumTable<TStage>.NameOf(stage);

    private StageConfiguration<TStage, TTrigger> Add(
        TTrigger trigger, TransitionKind kind, TStage destination, Delegate? guard, GuardShape shape, string? description, Type? argumentType)
    {
        _builder.EnsureNotBuilt();
        _spec.Rules.Add(new RuleSpec<TStage, TTrigger>(trigger, kind, destination, guard, shape, description, argumentType));
        return this;
    }
}
