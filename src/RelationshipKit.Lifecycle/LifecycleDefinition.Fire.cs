using System.Runtime.CompilerServices;
using NodaTime;
using RelationshipKit.Lifecycle.Internal;

namespace RelationshipKit.Lifecycle;

/// <content>Firing triggers.</content>
public sealed partial class LifecycleDefinition<TStage, TTrigger>
{
    /// <summary>Fires a parameterless trigger on a relationship's state. Pure: it reads the state, runs the guards and returns the result; it changes nothing and runs no effect.</summary>
    /// <param name="state">The relationship's current state.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="eventId">The caller's event id; the state's last event id again returns a duplicate result.</param>
    /// <param name="at">When the event happened (from an injected <see cref="IClock"/> or the event itself).</param>
    /// <param name="metadata">Who moved the relationship, why, and what drove it.</param>
    /// <returns>Accepted (new state, record to append, effects to run), rejected (with the reason and unmet guards) or duplicate. An accepted result allocates nothing.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="state"/> or <paramref name="eventId"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="trigger"/> is not a member of its enum, or <paramref name="at"/> is outside 1700–2250.</exception>
    /// <exception cref="InvalidOperationException">Thrown when <paramref name="trigger"/> carries an argument: fire it with its <see cref="TypedTrigger{TTrigger, TArg}"/> token.</exception>
    public TransitionResult<TStage, TTrigger> Fire(in RelationshipState<TStage> state, TTrigger trigger, LifecycleEventId eventId, Instant at, TransitionMetadata metadata = default)
    {
        var t = TriggerIndex(trigger);
        if (_argumentTypes[t] is not null)
        {
            ThrowCarriesArgument(t);
        }

        var s = ReadyStage(state, eventId, at);
        return s >= 0
            ? Evaluate(state, s, t, trigger, eventId, at, metadata)
            : FireChecked(state, t, trigger, eventId, at, metadata);
    }

    /// <summary>Fires a trigger that carries an argument (declared with <c>Trigger&lt;TArg&gt;</c>). Pure, like the parameterless overload; the argument's summary is kept in the record.</summary>
    /// <typeparam name="TArg">The argument type.</typeparam>
    /// <param name="state">The relationship's current state.</param>
    /// <param name="trigger">The trigger's token.</param>
    /// <param name="argument">The argument the guards read (for example the relationship strength before a conflict).</param>
    /// <param name="eventId">The caller's event id.</param>
    /// <param name="at">When the event happened.</param>
    /// <param name="metadata">Who moved the relationship, why, and what drove it.</param>
    /// <returns>Accepted, rejected or duplicate.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="trigger"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="state"/> or <paramref name="eventId"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="at"/> is outside 1700–2250.</exception>
    /// <exception cref="InvalidOperationException">Thrown when this definition does not declare the trigger with argument type <typeparamref name="TArg"/>.</exception>
    public TransitionResult<TStage, TTrigger> Fire<TArg>(
        in RelationshipState<TStage> state, TypedTrigger<TTrigger, TArg> trigger, TArg argument, LifecycleEventId eventId, Instant at, TransitionMetadata metadata = default)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        var t = TriggerIndex(trigger.Trigger);
        if (_argumentTypes[t] != typeof(TArg))
        {
            throw new InvalidOperationException(_argumentTypes[t] is null
                ? $"Trigger {EnumTable<TTrigger>.Names[t]} is parameterless in \"{_name}\"; fire it without an argument."
                : $"Trigger {EnumTable<TTrigger>.Names[t]} carries a {_argumentTypes[t]!.Name} argument in \"{_name}\", not a {typeof(TArg).Name}.");
        }

        var s = ReadyStage(state, eventId, at);
        return s >= 0
            ? Evaluate(state, s, t, trigger, argument, eventId, at, metadata)
            : FireChecked(state, t, trigger, argument, eventId, at, metadata);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int TriggerIndex(TTrigger trigger)
    {
        var t = EnumTable<TTrigger>.IndexOf(trigger);
        if (t < 0)
        {
            ThrowUndefinedTrigger(trigger);
        }

        return t;
    }

    private static void ThrowUndefinedTrigger(TTrigger trigger) =>
        throw new ArgumentOutOfRangeException(nameof(trigger), trigger, $"trigger must be a member of {typeof(TTrigger).Name}; was {trigger}.");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowCarriesArgument(int t) =>
        throw new InvalidOperationException(
            $"Trigger {EnumTable<TTrigger>.Names[t]} carries a {_argumentTypes[t]!.Name} argument; fire it with the token from builder.Trigger<{_argumentTypes[t]!.Name}>({EnumTable<TTrigger>.Names[t]}) and the argument.");

    /// <summary>
    /// The common case in a few compares: a state written by this very definition (same name instance, same version),
    /// a new event id, an instant in range and not before the last transition, a configured stage. Returns the stage's
    /// index, or -1 when anything else holds; <see cref="Precheck"/> then decides (and throws for bad input) off the hot path.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ReadyStage(in RelationshipState<TStage> state, LifecycleEventId eventId, Instant at)
    {
        if (!ReferenceEquals(state.DefinitionName, _name) || state.DefinitionVersion != _version || eventId.IsDefault
            || at < state.LastTransitionAt || at < EntryHashing.MinInstant || at > EntryHashing.MaxInstant
            || eventId == state.LastEventId)
        {
            return -1;
        }

        var s = EnumTable<TStage>.IndexOf(state.Stage);
        return s >= 0 && _stages[s] is not null ? s : -1;
    }

    /// <summary>The parameterless fire after <see cref="Precheck"/>: for a state of another instance of the name, an older version, a repeated event and bad input.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private TransitionResult<TStage, TTrigger> FireChecked(
        in RelationshipState<TStage> state, int t, TTrigger trigger, LifecycleEventId eventId, Instant at, TransitionMetadata metadata)
    {
        var current = state;
        return Precheck(ref current, trigger, eventId, at, out var s, out var early)
            ? Evaluate(current, s, t, trigger, eventId, at, metadata)
            : early;
    }

    /// <summary>The typed fire after <see cref="Precheck"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private TransitionResult<TStage, TTrigger> FireChecked<TArg>(
        in RelationshipState<TStage> state, int t, TypedTrigger<TTrigger, TArg> trigger, TArg argument, LifecycleEventId eventId, Instant at, TransitionMetadata metadata)
    {
        var current = state;
        return Precheck(ref current, trigger.Trigger, eventId, at, out var s, out var early)
            ? Evaluate(current, s, t, trigger, argument, eventId, at, metadata)
            : early;
    }

    /// <summary>Looks the trigger up from a checked state's stage and runs the guards.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TransitionResult<TStage, TTrigger> Evaluate(
        in RelationshipState<TStage> state, int s, int t, TTrigger trigger, LifecycleEventId eventId, Instant at, TransitionMetadata metadata)
    {
        var behaviour = _table[(s * _triggerCount) + t];
        if (behaviour is null || behaviour.Blocked)
        {
            return NotPermitted(state, trigger, s, behaviour);
        }

        var rules = behaviour.Rules;
        for (var i = 0; i < rules.Length; i++)
        {
            var rule = rules[i];
            if (rule.Guard is null || Unsafe.As<Func<GuardArguments<TStage>, bool>>(rule.Guard)(new GuardArguments<TStage>(state, at)))
            {
                return Accept(state, rule, trigger, null, eventId, at, metadata);
            }
        }

        return GuardsUnmet(state, trigger, behaviour);
    }

    /// <summary>Looks the typed trigger up from a checked state's stage and runs the guards with the argument.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TransitionResult<TStage, TTrigger> Evaluate<TArg>(
        in RelationshipState<TStage> state, int s, int t, TypedTrigger<TTrigger, TArg> trigger, TArg argument, LifecycleEventId eventId, Instant at, TransitionMetadata metadata)
    {
        var behaviour = _table[(s * _triggerCount) + t];
        if (behaviour is null || behaviour.Blocked)
        {
            return NotPermitted(state, trigger.Trigger, s, behaviour);
        }

        var rules = behaviour.Rules;
        for (var i = 0; i < rules.Length; i++)
        {
            var rule = rules[i];
            var met = rule.Shape switch
            {
                GuardShape.None => true,
                GuardShape.Plain => Unsafe.As<Func<GuardArguments<TStage>, bool>>(rule.Guard!)(new GuardArguments<TStage>(state, at)),
                _ => Unsafe.As<Func<GuardArguments<TStage>, TArg, bool>>(rule.Guard!)(new GuardArguments<TStage>(state, at), argument),
            };
            if (met)
            {
                return Accept(state, rule, trigger.Trigger, trigger.Summarize(argument), eventId, at, metadata);
            }
        }

        return GuardsUnmet(state, trigger.Trigger, behaviour);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TransitionResult<TStage, TTrigger> GuardsUnmet(in RelationshipState<TStage> state, TTrigger trigger, Behaviour<TStage, TTrigger> behaviour) =>
        TransitionResult<TStage, TTrigger>.Rejected(state, trigger, RejectionReason.GuardsUnmet, behaviour.GuardDescriptions);

    /// <summary>The checks shared by both Fire overloads. Returns false with <paramref name="early"/> set when the result is known before the table lookup.</summary>
    private bool Precheck(ref RelationshipState<TStage> state, TTrigger trigger, LifecycleEventId eventId, Instant at, out int stageIndex, out TransitionResult<TStage, TTrigger> early)
    {
        if (state.IsDefault)
        {
            throw new ArgumentException("state must be a started relationship (the default value has none); call Start or read it from a store.", nameof(state));
        }

        CheckEvent(eventId, at);
        early = default;
        stageIndex = -1;
        if (!ReferenceEquals(state.DefinitionName, _name) && !string.Equals(state.DefinitionName, _name, StringComparison.Ordinal))
        {
            early = TransitionResult<TStage, TTrigger>.Rejected(state, trigger, RejectionReason.DefinitionMismatch,
                [$"The state belongs to definition \"{state.DefinitionName}\", not \"{_name}\"."]);
            return false;
        }

        if (state.DefinitionVersion != _version)
        {
            if (!TryMigrate(state.DefinitionVersion, EnumTable<TStage>.NameOf(state.Stage), out var migrated, out var error))
            {
                early = TransitionResult<TStage, TTrigger>.Rejected(state, trigger, RejectionReason.DefinitionMismatch, [error]);
                return false;
            }

            state = state.Migrated(_version, migrated);
        }

        if (eventId == state.LastEventId)
        {
            early = TransitionResult<TStage, TTrigger>.Duplicate(state, trigger);
            return false;
        }

        if (at < state.LastTransitionAt)
        {
            early = TransitionResult<TStage, TTrigger>.Rejected(state, trigger, RejectionReason.OutOfOrder);
            return false;
        }

        stageIndex = EnumTable<TStage>.IndexOf(state.Stage);
        if (stageIndex < 0 || _stages[stageIndex] is null)
        {
            early = TransitionResult<TStage, TTrigger>.Rejected(state, trigger, RejectionReason.DefinitionMismatch,
                [$"Stage {EnumTable<TStage>.NameOf(state.Stage)} is not configured in \"{_name}\" v{_version}."]);
            return false;
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private TransitionResult<TStage, TTrigger> NotPermitted(in RelationshipState<TStage> state, TTrigger trigger, int stageIndex, Behaviour<TStage, TTrigger>? behaviour) =>
        behaviour is { Blocked: true }
            ? TransitionResult<TStage, TTrigger>.Rejected(state, trigger, RejectionReason.Blocked, behaviour.BlockDescription)
            : TransitionResult<TStage, TTrigger>.Rejected(state, trigger, _stages[stageIndex]!.Terminal ? RejectionReason.TerminalStage : RejectionReason.NoTransition);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TransitionResult<TStage, TTrigger> Accept(
        in RelationshipState<TStage> state, CompiledRule<TStage, TTrigger> rule, TTrigger trigger, string? argumentSummary, LifecycleEventId eventId, Instant at, TransitionMetadata metadata) =>
        TransitionResult<TStage, TTrigger>.Accepted(
            new RelationshipState<TStage>(
                state.CustomerId,
                _name,
                _version,
                rule.Destination,
                state.Version + 1,
                rule.Kind == TransitionKind.WinBack ? state.Episode + 1 : state.Episode,
                rule.Kind == TransitionKind.Internal ? state.EnteredAt : at,
                at,
                eventId,
                trusted: true),
            rule.EntryKind,
            state.Stage,
            trigger,
            argumentSummary,
            metadata,
            rule.Effects);
}
