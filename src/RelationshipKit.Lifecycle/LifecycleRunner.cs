using NodaTime;
using RelationshipKit.Lifecycle.Batch;
using RelationshipKit.Lifecycle.Internal;
using RelationshipKit.Lifecycle.Storage;

namespace RelationshipKit.Lifecycle;

/// <summary>
/// Represents the read–fire–write loop for one store: reads a customer's state, fires with the instant from the clock,
/// writes with the expected version (re-reading and re-firing on a conflict), and runs the effects only once the write
/// succeeded. A redelivered event id returns the stored result and runs nothing.
/// </summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>
/// <para>An effect that throws leaves the transition stored (it happened) and the exception propagates to the caller;
/// effects should therefore be idempotent or hand their work to an outbox.</para>
/// <para>This type is immutable and thread-safe when its store is.</para>
/// </remarks>
[Immutable]
public sealed class LifecycleRunner<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly IClock _clock;

    /// <summary>Initializes a new <see cref="LifecycleRunner{TStage, TTrigger}"/>.</summary>
    /// <param name="store">The store; its definition is the one fired.</param>
    /// <param name="clock">The clock that stamps transitions.</param>
    /// <param name="maxConflictRetries">How many times a write that conflicts with a concurrent writer is re-read and re-fired (0 or more).</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="store"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="maxConflictRetries"/> is negative.</exception>
    public LifecycleRunner(ILifecycleStore<TStage, TTrigger> store, IClock clock, int maxConflictRetries = 3)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clock);
        if (maxConflictRetries < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxConflictRetries), maxConflictRetries, $"maxConflictRetries must be zero or more; was {maxConflictRetries}.");
        }

        Store = store;
        _clock = clock;
        MaxConflictRetries = maxConflictRetries;
    }

    /// <summary>Gets the store.</summary>
    public ILifecycleStore<TStage, TTrigger> Store { get; }

    /// <summary>Gets the definition fired (the store's).</summary>
    public LifecycleDefinition<TStage, TTrigger> Definition => Store.Definition;

    /// <summary>Gets how many times a conflicting write is retried.</summary>
    /// <value>The default is 3.</value>
    public int MaxConflictRetries { get; }

    /// <summary>Starts a customer's relationship at the initial stage and runs the entry effects.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="eventId">The caller's event id.</param>
    /// <param name="metadata">Who, why and what drove it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Applied, duplicate, or rejected with <see cref="RejectionReason.AlreadyStarted"/>.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="customerId"/> or <paramref name="eventId"/> is the default value.</exception>
    public ValueTask<RunResult<TStage, TTrigger>> StartAsync(CustomerId customerId, LifecycleEventId eventId, TransitionMetadata metadata = default, CancellationToken cancellationToken = default) =>
        RunAsync(customerId, eventId, (definition, state, at) => state.IsDefault
            ? definition.Start(customerId, eventId, at, metadata)
            : TransitionResultFor.AlreadyStarted<TStage, TTrigger>(state), cancellationToken);

    /// <summary>Fires a parameterless trigger for a customer: read, fire, write (with retries), then run the effects.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="eventId">The caller's event id.</param>
    /// <param name="metadata">Who, why and what drove it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Applied, rejected, duplicate, conflict or definition mismatch.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="customerId"/> or <paramref name="eventId"/> is the default value.</exception>
    public ValueTask<RunResult<TStage, TTrigger>> FireAsync(CustomerId customerId, TTrigger trigger, LifecycleEventId eventId, TransitionMetadata metadata = default, CancellationToken cancellationToken = default) =>
        RunAsync(customerId, eventId, (definition, state, at) => state.IsDefault
            ? TransitionResultFor.NotStarted<TStage, TTrigger>(trigger)
            : definition.Fire(state, trigger, eventId, at, metadata), cancellationToken);

    /// <summary>Fires a trigger carrying an argument for a customer: read, fire, write (with retries), then run the effects.</summary>
    /// <typeparam name="TArg">The argument type.</typeparam>
    /// <param name="customerId">The customer.</param>
    /// <param name="trigger">The trigger's token.</param>
    /// <param name="argument">The argument.</param>
    /// <param name="eventId">The caller's event id.</param>
    /// <param name="metadata">Who, why and what drove it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Applied, rejected, duplicate, conflict or definition mismatch.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="trigger"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="customerId"/> or <paramref name="eventId"/> is the default value.</exception>
    public ValueTask<RunResult<TStage, TTrigger>> FireAsync<TArg>(
        CustomerId customerId, TypedTrigger<TTrigger, TArg> trigger, TArg argument, LifecycleEventId eventId, TransitionMetadata metadata = default, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        return RunAsync(customerId, eventId, (definition, state, at) => state.IsDefault
            ? TransitionResultFor.NotStarted<TStage, TTrigger>(trigger.Trigger)
            : definition.Fire(state, trigger, argument, eventId, at, metadata), cancellationToken);
    }

    /// <summary>Applies a batch of events: reads the customers' states, applies the events in memory (customers split over
    /// <paramref name="maxDegreeOfParallelism"/> threads), and stores the accepted ones with one <see cref="ILifecycleStore{TStage, TTrigger}.WriteBatchAsync"/>.
    /// Effects are not run (the results list them).</summary>
    /// <param name="events">The events, in the order they happened (each carries its own instant).</param>
    /// <param name="maxDegreeOfParallelism">The number of threads for applying the events (1 or more).</param>
    /// <param name="cancellationToken">Cancels the call before the write.</param>
    /// <returns>The batch's transition results and the store's write results (one per accepted event, in order).</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    public async ValueTask<(LifecycleBatchResult<TStage, TTrigger> Batch, IReadOnlyList<LifecycleWriteResult<TStage, TTrigger>> Writes)> ApplyBatchAsync(
        IReadOnlyList<LifecycleEvent<TStage, TTrigger>> events, int maxDegreeOfParallelism = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        var states = new Dictionary<CustomerId, RelationshipState<TStage>>();
        foreach (var @event in events)
        {
            if (!@event.IsDefault && !states.ContainsKey(@event.CustomerId))
            {
                var read = await Store.GetStateAsync(@event.CustomerId, cancellationToken).ConfigureAwait(false);
                if (read.Found)
                {
                    states.Add(@event.CustomerId, read.State);
                }
            }
        }

        var batch = LifecycleBatch.Apply(Definition, states, events, maxDegreeOfParallelism);
        var writes = await Store.WriteBatchAsync(batch.Writes, cancellationToken).ConfigureAwait(false);
        return (batch, writes);
    }

    private async ValueTask<RunResult<TStage, TTrigger>> RunAsync(
        CustomerId customerId,
        LifecycleEventId eventId,
        Func<LifecycleDefinition<TStage, TTrigger>, RelationshipState<TStage>, Instant, TransitionResult<TStage, TTrigger>> fire,
        CancellationToken cancellationToken)
    {
        if (customerId.IsDefault)
        {
            throw new ArgumentException("customerId must not be the default (unset) id.", nameof(customerId));
        }

        if (eventId.IsDefault)
        {
            throw new ArgumentException("eventId must not be the default (unset) id.", nameof(eventId));
        }

        TransitionResult<TStage, TTrigger> transition = default;
        for (var attempt = 0; attempt <= MaxConflictRetries; attempt++)
        {
            var original = await Store.FindEventAsync(customerId, eventId, cancellationToken).ConfigureAwait(false);
            var read = await Store.GetStateAsync(customerId, cancellationToken).ConfigureAwait(false);
            if (read.Status == StateReadStatus.DefinitionMismatch)
            {
                return new(RunStatus.DefinitionMismatch, default, default, null, read.Message);
            }

            if (original is not null)
            {
                return new(RunStatus.Duplicate, read.State, default, original,
                    $"Event '{eventId}' was already applied for customer '{customerId}' (entry {original.Sequence}); nothing ran.");
            }

            transition = fire(Definition, read.State, _clock.GetCurrentInstant());
            if (!transition.IsAccepted)
            {
                var status = transition.IsDuplicate ? RunStatus.Duplicate : RunStatus.Rejected;
                return new(status, read.State, transition, null, transition.Message);
            }

            var written = await Store.WriteAsync(transition.ToWrite(), cancellationToken).ConfigureAwait(false);
            switch (written.Status)
            {
                case WriteStatus.Written:
                    var arguments = new EffectArguments<TStage, TTrigger>(transition.Record, transition.State);
                    foreach (var effect in transition.Effects)
                    {
                        await effect.RunAsync(arguments, cancellationToken).ConfigureAwait(false);
                    }

                    return new(RunStatus.Applied, written.State, transition, written.Entry, transition.Message);
                case WriteStatus.Duplicate:
                    return new(RunStatus.Duplicate, written.State, transition, written.Entry, written.Message);
                case WriteStatus.DefinitionMismatch:
                    return new(RunStatus.DefinitionMismatch, default, transition, null, written.Message);
            }
        }

        return new(RunStatus.Conflict, default, transition, null,
            $"Customer '{customerId}' kept changing under concurrent writers; {MaxConflictRetries + 1} attempts conflicted and nothing was stored.");
    }
}
