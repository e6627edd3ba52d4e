using System.Collections.Immutable;
using RelationshipKit.Lifecycle.Internal;
using RelationshipKit.Lifecycle.Storage;

namespace RelationshipKit.Lifecycle;

/// <summary>
/// Represents what firing a trigger produced: accepted (the new state, the history entry to append and the effects to
/// run), rejected (the reason, with the unmet guards' descriptions), or a duplicate of an event already applied.
/// </summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>
/// <para>A business rejection is a value, never an exception, and <c>Fire</c> runs no effect: the caller appends
/// <see cref="Record"/> to its store with the expected version <c>Record.Sequence - 1</c> and runs <see cref="Effects"/>
/// once the write succeeded.</para>
/// <para>An accepted result of a parameterless trigger allocates nothing: the effects list is shared, built once by
/// the definition. <see cref="Record"/> is assembled from the new state when read (it repeats the state's customer,
/// definition, version, stage, event id and instant), and <see cref="Message"/> builds its text when read.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct TransitionResult<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    // The record of an accepted result is not stored: every field but five (kind, from, trigger, argument summary,
    // metadata) is a field of the new state (customer, definition, sequence = version, episode, to = stage, event id,
    // at = last transition), so the result is 152 bytes instead of 224 for int enums (see docs/design.md).
    private readonly RelationshipState<TStage> _state;
    private readonly TransitionMetadata _metadata;
    private readonly string? _argumentSummary;
    private readonly ImmutableArray<LifecycleEffect<TStage, TTrigger>> _effects;
    private readonly ImmutableArray<string> _descriptions;
    private readonly TTrigger? _trigger;
    private readonly TStage _from;
    private readonly TransitionOutcome _outcome;
    private readonly RejectionReason _reason;
    private readonly HistoryEntryKind _kind;

    /// <summary>An accepted result: <paramref name="state"/> is the new state; the record is read from it and the rest.</summary>
    private TransitionResult(
        in RelationshipState<TStage> state,
        HistoryEntryKind kind,
        TStage from,
        TTrigger? trigger,
        string? argumentSummary,
        TransitionMetadata metadata,
        ImmutableArray<LifecycleEffect<TStage, TTrigger>> effects)
    {
        _state = state;
        _metadata = metadata;
        _argumentSummary = argumentSummary;
        _effects = effects;
        _descriptions = default;
        _trigger = trigger;
        _from = from;
        _outcome = TransitionOutcome.Accepted;
        _reason = RejectionReason.None;
        _kind = kind;
    }

    /// <summary>A rejected or duplicate result: the state unchanged, no record.</summary>
    private TransitionResult(TransitionOutcome outcome, in RelationshipState<TStage> state, RejectionReason reason, ImmutableArray<string> descriptions, TTrigger? trigger)
    {
        _state = state;
        _metadata = default;
        _argumentSummary = null;
        _effects = default;
        _descriptions = descriptions;
        _trigger = trigger;
        _from = default;
        _outcome = outcome;
        _reason = reason;
        _kind = default;
    }

    /// <summary>Gets how firing ended.</summary>
    public TransitionOutcome Outcome => _outcome;

    /// <summary>Gets a value indicating whether the trigger was accepted.</summary>
    public bool IsAccepted => Outcome == TransitionOutcome.Accepted;

    /// <summary>Gets a value indicating whether the trigger was rejected.</summary>
    public bool IsRejected => Outcome == TransitionOutcome.Rejected;

    /// <summary>Gets a value indicating whether the event id had already been applied (nothing to append, no effect to run).</summary>
    public bool IsDuplicate => Outcome == TransitionOutcome.Duplicate;

    /// <summary>Gets the state after the trigger: the new state when accepted, the unchanged state otherwise.</summary>
    public RelationshipState<TStage> State => _state;

    /// <summary>Gets the history entry to append when accepted; the <c>default</c> record otherwise.</summary>
    public TransitionRecord<TStage, TTrigger> Record =>
        _outcome == TransitionOutcome.Accepted
            ? new(_state.CustomerId, _state.DefinitionName!, _state.DefinitionVersion, _state.Version, _state.Episode, _kind,
                HasFrom ? _from : null, _state.Stage, _trigger, _argumentSummary, _state.LastEventId, _state.LastTransitionAt, _metadata)
            : default;

    /// <summary>Gets the exit and entry effects to run, in order (exits from the innermost stage out, then entries from the outermost in); empty unless accepted.</summary>
    public ImmutableArray<LifecycleEffect<TStage, TTrigger>> Effects => _effects.IsDefault ? [] : _effects;

    /// <summary>Gets why the trigger was rejected; <see cref="RejectionReason.None"/> unless rejected.</summary>
    public RejectionReason RejectionReason => _reason;

    /// <summary>Gets the descriptions of the guards that were not met (or of the block), in declaration order; empty otherwise.</summary>
    public ImmutableArray<string> UnmetGuards => _descriptions.IsDefault ? [] : _descriptions;

    /// <summary>Gets a value indicating whether the record has a from stage (every accepted step but the first).</summary>
    private bool HasFrom => _kind is not (HistoryEntryKind.Started or HistoryEntryKind.Imported);

    /// <summary>Gets a sentence describing the outcome.</summary>
    public string Message
    {
        get
        {
            var stage = State.IsDefault ? "(no relationship)" : EnumTable<TStage>.NameOf(State.Stage);
            var trigger = _trigger is { } t ? EnumTable<TTrigger>.NameOf(t) : "start";
            return Outcome switch
            {
                TransitionOutcome.Accepted when HasFrom => $"{trigger} moved the relationship from {EnumTable<TStage>.NameOf(_from)} to {stage}.",
                TransitionOutcome.Accepted => $"The relationship started at {stage}.",
                TransitionOutcome.Duplicate => $"Event '{State.LastEventId}' was already applied; the relationship stays at {stage}.",
                _ => RejectionReason switch
                {
                    RejectionReason.NoTransition => $"{stage} permits no transition for {trigger}.",
                    RejectionReason.GuardsUnmet => $"{trigger} is not permitted from {stage}: {Text.List(UnmetGuards.Select(d => "\"" + d + "\""))} not met.",
                    RejectionReason.TerminalStage => $"{stage} is a terminal stage; it permits no trigger ({trigger}).",
                    RejectionReason.Blocked => $"{stage} blocks {trigger}: {Text.List(UnmetGuards)}.",
                    RejectionReason.AlreadyStarted => $"The relationship has already started (at {stage}); a second start was not applied.",
                    RejectionReason.NotStarted => $"The relationship has not started; {trigger} was not applied.",
                    RejectionReason.OutOfOrder => $"The event is older than the relationship's last transition ({State.LastTransitionAt}); {trigger} was not applied.",
                    _ => _descriptions.IsDefaultOrEmpty ? "The state belongs to another definition." : _descriptions[0],
                },
            };
        }
    }

    /// <summary>Makes the store write for this accepted result: expected version = the record's sequence − 1.</summary>
    /// <returns>The write.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the result is not accepted (nothing to write).</exception>
    public LifecycleWrite<TStage, TTrigger> ToWrite()
    {
        if (!IsAccepted)
        {
            throw new InvalidOperationException($"Only an accepted result can be written; this one is {Outcome} ({Message}).");
        }

        return new LifecycleWrite<TStage, TTrigger>(_state.Version - 1, _state, Record);
    }

    /// <summary>Returns <see cref="Message"/>.</summary>
    /// <returns>A sentence describing the outcome.</returns>
    public override string ToString() => Message;

    /// <summary>An accepted result; the record is made from <paramref name="state"/> (the new state) and the other arguments when read.</summary>
    internal static TransitionResult<TStage, TTrigger> Accepted(
        in RelationshipState<TStage> state, HistoryEntryKind kind, TStage from, TTrigger? trigger, string? argumentSummary, TransitionMetadata metadata,
        ImmutableArray<LifecycleEffect<TStage, TTrigger>> effects) =>
        new(state, kind, from, trigger, argumentSummary, metadata, effects);

    internal static TransitionResult<TStage, TTrigger> Duplicate(in RelationshipState<TStage> state, TTrigger? trigger) =>
        new(TransitionOutcome.Duplicate, state, RejectionReason.None, default, trigger);

    internal static TransitionResult<TStage, TTrigger> Rejected(
        in RelationshipState<TStage> state, TTrigger? trigger, RejectionReason reason, ImmutableArray<string> descriptions = default) =>
        new(TransitionOutcome.Rejected, state, reason, descriptions, trigger);
}
