using NodaTime;
using RelationshipKit.Lifecycle;

namespace RelationshipKit.Testing.Lifecycle;

/// <summary>
/// Represents a builder of valid, hash-chained histories for tests: it starts a relationship and fires triggers through
/// the definition, a step apart in time, chaining each record as a store would.
/// </summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>Event ids are "{customer}-1", "{customer}-2", ...; steps are one day apart unless <see cref="After"/> says otherwise.
/// A rejected trigger throws an <see cref="InvalidOperationException"/> with the definition's message. Mutable and not thread-safe.</remarks>
[Mutable]
public sealed class LifecycleHistoryBuilder<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly LifecycleDefinition<TStage, TTrigger> _definition;
    private readonly List<LifecycleHistoryEntry<TStage, TTrigger>> _entries = [];
    private RelationshipState<TStage> _state;
    private Instant _now;
    private Duration _step = Duration.FromDays(1);
    private TransitionMetadata _metadata;

    /// <summary>Initializes a new builder and starts the relationship at the definition's initial stage.</summary>
    /// <param name="definition">The definition.</param>
    /// <param name="customerId">The customer id text.</param>
    /// <param name="start">When the relationship starts; the default is 2026-01-05T09:00:00Z.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="definition"/> or <paramref name="customerId"/> is null.</exception>
    public LifecycleHistoryBuilder(LifecycleDefinition<TStage, TTrigger> definition, string customerId = "customer-1", Instant? start = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(customerId);
        _definition = definition;
        _now = start ?? Instant.FromUtc(2026, 1, 5, 9, 0);
        Append(definition.Start(new CustomerId(customerId), NextEvent(customerId), _now, _metadata));
    }

    /// <summary>Gets the state after the steps so far.</summary>
    public RelationshipState<TStage> State => _state;

    /// <summary>Sets the time between the following steps.</summary>
    /// <param name="step">A positive duration.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="step"/> is negative.</exception>
    public LifecycleHistoryBuilder<TStage, TTrigger> After(Duration step)
    {
        if (step < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, $"step must be zero or more; was {step}.");
        }

        _step = step;
        return this;
    }

    /// <summary>Sets the actor, reason and driver recorded by the following steps.</summary>
    /// <param name="metadata">The metadata.</param>
    /// <returns>This builder.</returns>
    public LifecycleHistoryBuilder<TStage, TTrigger> By(TransitionMetadata metadata)
    {
        _metadata = metadata;
        return this;
    }

    /// <summary>Fires a parameterless trigger.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the definition does not accept the trigger.</exception>
    public LifecycleHistoryBuilder<TStage, TTrigger> Fire(TTrigger trigger)
    {
        _now += _step;
        Append(_definition.Fire(_state, trigger, NextEvent(_state.CustomerId.Value), _now, _metadata));
        return this;
    }

    /// <summary>Fires a trigger carrying an argument.</summary>
    /// <typeparam name="TArg">The argument type.</typeparam>
    /// <param name="trigger">The trigger's token.</param>
    /// <param name="argument">The argument.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the definition does not accept the trigger.</exception>
    public LifecycleHistoryBuilder<TStage, TTrigger> Fire<TArg>(TypedTrigger<TTrigger, TArg> trigger, TArg argument)
    {
        _now += _step;
        Append(_definition.Fire(_state, trigger, argument, NextEvent(_state.CustomerId.Value), _now, _metadata));
        return this;
    }

    /// <summary>Returns the history so far.</summary>
    /// <returns>A hash-chained history that the definition replays to <see cref="State"/>.</returns>
    public LifecycleHistory<TStage, TTrigger> Build() => new(_entries);

    private LifecycleEventId NextEvent(string customer) => new($"{customer}-{_entries.Count + 1}");

    private void Append(TransitionResult<TStage, TTrigger> result)
    {
        if (!result.IsAccepted)
        {
            throw new InvalidOperationException($"Step {_entries.Count + 1} of the history was not accepted: {result.Message}");
        }

        var previous = _entries.Count == 0 ? default : _entries[^1].Hash;
        _entries.Add(_definition.CreateEntry(result.Record, previous));
        _state = result.State;
    }
}
