using System.Collections.Immutable;
using RelationshipKit.Lifecycle.Storage;

namespace RelationshipKit.Lifecycle.Batch;

/// <summary>Represents what a batch of events did: one transition result per event (in the events' order), the final state of each customer touched, and the writes to store.</summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
[Immutable]
public sealed class LifecycleBatchResult<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    internal LifecycleBatchResult(
        ImmutableArray<TransitionResult<TStage, TTrigger>> results,
        IReadOnlyDictionary<CustomerId, RelationshipState<TStage>> states,
        ImmutableArray<LifecycleWrite<TStage, TTrigger>> writes)
    {
        Results = results;
        States = states;
        Writes = writes;
        foreach (var result in results)
        {
            switch (result.Outcome)
            {
                case TransitionOutcome.Accepted:
                    Accepted++;
                    break;
                case TransitionOutcome.Rejected:
                    Rejected++;
                    break;
                default:
                    Duplicates++;
                    break;
            }
        }
    }

    /// <summary>Gets one result per event, in the order the events were given.</summary>
    public ImmutableArray<TransitionResult<TStage, TTrigger>> Results { get; }

    /// <summary>Gets the final state of every customer the batch touched (that has a relationship after it).</summary>
    public IReadOnlyDictionary<CustomerId, RelationshipState<TStage>> States { get; }

    /// <summary>Gets the writes of the accepted events, in the events' order (several for one customer chain their expected versions).</summary>
    public ImmutableArray<LifecycleWrite<TStage, TTrigger>> Writes { get; }

    /// <summary>Gets the number of accepted events.</summary>
    public int Accepted { get; }

    /// <summary>Gets the number of rejected events.</summary>
    public int Rejected { get; }

    /// <summary>Gets the number of events whose id had already been applied.</summary>
    public int Duplicates { get; }
}
