using NodaTime;
using RelationshipKit.Lifecycle;
using RelationshipKit.Lifecycle.Storage;

namespace RelationshipKit.Benchmarks;

/// <summary>
/// The workload the durable-store benchmarks share (<see cref="LifecycleSqliteBenchmarks"/>,
/// <see cref="LifecyclePostgreSqlBenchmarks"/>): 50,000 customers started and moved once, 100,000 writes.
/// </summary>
internal static class LifecycleStoreWorkload
{
    private const int Customers = 50_000;

    /// <summary>The two stages of the workload's definition.</summary>
    public enum Stage
    {
        /// <summary>Where every customer starts.</summary>
        Lead,

        /// <summary>Where every customer moves once.</summary>
        Active,
    }

    /// <summary>The workload's one trigger.</summary>
    public enum Move
    {
        /// <summary>Lead to active.</summary>
        Activate,
    }

    /// <summary>Builds the definition and the 100,000 writes (start, then activate, per customer).</summary>
    /// <param name="definition">The definition the stores are created with.</param>
    /// <returns>The writes in order.</returns>
    public static LifecycleWrite<Stage, Move>[] Build(out LifecycleDefinition<Stage, Move> definition)
    {
        var builder = new LifecycleBuilder<Stage, Move>("bench").InitialStage(Stage.Lead);
        builder.Configure(Stage.Lead).Permit(Move.Activate, Stage.Active);
        builder.Configure(Stage.Active);
        definition = builder.Build();
        var at = Instant.FromUtc(2026, 3, 1, 0, 0);
        var writes = new List<LifecycleWrite<Stage, Move>>(2 * Customers);
        for (var c = 0; c < Customers; c++)
        {
            var started = definition.Start(new CustomerId("c" + c), new LifecycleEventId("s"), at);
            writes.Add(started.ToWrite());
            writes.Add(definition.Fire(started.State, Move.Activate, new LifecycleEventId("a"), at + Duration.FromMinutes(1)).ToWrite());
        }

        return [.. writes];
    }

    /// <summary>Writes the first 1,000 writes one transaction each.</summary>
    /// <param name="store">The store.</param>
    /// <param name="writes">The workload's writes.</param>
    /// <returns>How many were written.</returns>
    public static int FirstThousandOneTransactionEach(ILifecycleStore<Stage, Move> store, LifecycleWrite<Stage, Move>[] writes)
    {
        var written = 0;
        for (var i = 0; i < 1000; i++)
        {
            written += ValueTasks.Complete(store.WriteAsync(writes[i])).Status == WriteStatus.Written ? 1 : 0;
        }

        return written;
    }
}
