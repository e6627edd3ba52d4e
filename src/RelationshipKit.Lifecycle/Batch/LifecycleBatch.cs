using System.Collections.Concurrent;
using System.Collections.Immutable;
using RelationshipKit.Lifecycle.Internal;
using RelationshipKit.Lifecycle.Storage;

namespace RelationshipKit.Lifecycle.Batch;

/// <summary>
/// Applies a stream of events to many customers against one shared definition: each customer's events in the order
/// given, customers independently (on several threads when asked), with one result per event.
/// </summary>
/// <remarks>Pure: the states passed in are not changed and nothing is stored; store <see cref="LifecycleBatchResult{TStage, TTrigger}.Writes"/>
/// with <see cref="ILifecycleStore{TStage, TTrigger}.WriteBatchAsync"/>, or use <see cref="LifecycleRunner{TStage, TTrigger}.ApplyBatchAsync"/>.</remarks>
public static class LifecycleBatch
{
    /// <summary>Applies <paramref name="events"/> to the customers' states.</summary>
    /// <typeparam name="TStage">The stage enum.</typeparam>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <param name="definition">The definition.</param>
    /// <param name="states">The customers' current states (customers without one have not started).</param>
    /// <param name="events">The events, in the order they happened.</param>
    /// <param name="maxDegreeOfParallelism">The number of threads (1 or more); customers are split between them, each customer's events stay in order.</param>
    /// <returns>One result per event, the final states and the writes to store.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when an event is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    public static LifecycleBatchResult<TStage, TTrigger> Apply<TStage, TTrigger>(
        LifecycleDefinition<TStage, TTrigger> definition,
        IReadOnlyDictionary<CustomerId, RelationshipState<TStage>> states,
        IReadOnlyList<LifecycleEvent<TStage, TTrigger>> events,
        int maxDegreeOfParallelism = 1)
        where TStage : struct, Enum
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(events);
        if (maxDegreeOfParallelism < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, $"maxDegreeOfParallelism must be at least 1; was {maxDegreeOfParallelism}.");
        }

        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].IsDefault)
            {
                throw new ArgumentException($"events must not contain the default value; events[{i}] was.", nameof(events));
            }
        }

        var results = new TransitionResult<TStage, TTrigger>[events.Count];
        var finals = new ConcurrentDictionary<CustomerId, RelationshipState<TStage>>();
        if (maxDegreeOfParallelism == 1)
        {
            ApplyPartition(definition, states, events, Enumerable.Range(0, events.Count), results, finals);
        }
        else
        {
            var partitions = new List<int>[maxDegreeOfParallelism];
            for (var p = 0; p < partitions.Length; p++)
            {
                partitions[p] = [];
            }

            for (var i = 0; i < events.Count; i++)
            {
                partitions[(int)(unchecked((uint)events[i].CustomerId.GetHashCode()) % (uint)maxDegreeOfParallelism)].Add(i);
            }

            Parallel.For(0, maxDegreeOfParallelism, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
                p => ApplyPartition(definition, states, events, partitions[p], results, finals));
        }

        var writes = ImmutableArray.CreateBuilder<LifecycleWrite<TStage, TTrigger>>();
        foreach (var result in results)
        {
            if (result.IsAccepted)
            {
                writes.Add(result.ToWrite());
            }
        }

        return new LifecycleBatchResult<TStage, TTrigger>([.. results], finals, writes.ToImmutable());
    }

    /// <summary>Applies the events at <paramref name="indexes"/> (all of some customers' events, in order) on one thread.</summary>
    private static void ApplyPartition<TStage, TTrigger>(
        LifecycleDefinition<TStage, TTrigger> definition,
        IReadOnlyDictionary<CustomerId, RelationshipState<TStage>> states,
        IReadOnlyList<LifecycleEvent<TStage, TTrigger>> events,
        IEnumerable<int> indexes,
        TransitionResult<TStage, TTrigger>[] results,
        ConcurrentDictionary<CustomerId, RelationshipState<TStage>> finals)
        where TStage : struct, Enum
        where TTrigger : struct, Enum
    {
        var current = new Dictionary<CustomerId, RelationshipState<TStage>>();
        foreach (var i in indexes)
        {
            var customer = events[i].CustomerId;
            if (!current.TryGetValue(customer, out var state))
            {
                states.TryGetValue(customer, out state);
            }

            results[i] = ApplyOne(definition, events[i], state);
            current[customer] = results[i].State;
        }

        foreach (var (customer, state) in current)
        {
            if (!state.IsDefault)
            {
                finals[customer] = state;
            }
        }
    }

    private static TransitionResult<TStage, TTrigger> ApplyOne<TStage, TTrigger>(
        LifecycleDefinition<TStage, TTrigger> definition, in LifecycleEvent<TStage, TTrigger> @event, in RelationshipState<TStage> state)
        where TStage : struct, Enum
        where TTrigger : struct, Enum
    {
        if (@event.Kind == LifecycleEventKind.Start)
        {
            if (state.IsDefault)
            {
                return @event.ApplyTo(definition, state);
            }

            return state.LastEventId == @event.EventId
                ? TransitionResult<TStage, TTrigger>.Duplicate(state, null)
                : TransitionResultFor.AlreadyStarted<TStage, TTrigger>(state);
        }

        return state.IsDefault
            ? TransitionResultFor.NotStarted<TStage, TTrigger>(@event.Trigger)
            : @event.ApplyTo(definition, state);
    }
}
