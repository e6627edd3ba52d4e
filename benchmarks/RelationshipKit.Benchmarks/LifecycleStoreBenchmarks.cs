using BenchmarkDotNet.Attributes;
using NodaTime;
using RelationshipKit.Lifecycle;
using RelationshipKit.Lifecycle.Storage;

namespace RelationshipKit.Benchmarks;

/// <summary>
/// Optimistic writes to the in-memory store on one thread: 10,000 customers started and moved nine more times each
/// (100,000 writes per invocation, each checking the expected version and event id, chaining the SHA-256 hash and
/// appending). The baseline writes without actor or reason; the other adds them (a salted personal-data digest per entry).
/// </summary>
[MemoryDiagnoser]
public class LifecycleStoreBenchmarks
{
    private const int Customers = 10_000;
    private const int StepsPerCustomer = 10;
    private LifecycleDefinition<Stage, Move> _definition = null!;
    private LifecycleWrite<Stage, Move>[] _plain = [];
    private LifecycleWrite<Stage, Move>[] _audited = [];

    public enum Stage
    {
        Active,
    }

    public enum Move
    {
        Touch,
    }

    [GlobalSetup]
    public void Setup()
    {
        var builder = new LifecycleBuilder<Stage, Move>("bench").InitialStage(Stage.Active);
        builder.Configure(Stage.Active).InternalTransition(Move.Touch);
        _definition = builder.Build();
        _plain = Writes(default);
        _audited = Writes(new TransitionMetadata("agent-7", "weekly review", ChangeDriver.SupplierAction));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Customers * StepsPerCustomer)]
    public int InMemory_OptimisticWrites() => Run(_plain);

    [Benchmark(OperationsPerInvoke = Customers * StepsPerCustomer)]
    public int InMemory_OptimisticWrites_WithActorAndReason() => Run(_audited);

    private int Run(LifecycleWrite<Stage, Move>[] writes)
    {
        var store = new InMemoryLifecycleStore<Stage, Move>(_definition);
        var written = 0;
        foreach (var write in writes)
        {
            written += ValueTasks.Complete(store.WriteAsync(write)).Status == WriteStatus.Written ? 1 : 0;
        }

        return written;
    }

    private LifecycleWrite<Stage, Move>[] Writes(TransitionMetadata metadata)
    {
        var at = Instant.FromUtc(2026, 3, 1, 0, 0);
        var writes = new List<LifecycleWrite<Stage, Move>>(Customers * StepsPerCustomer);
        for (var c = 0; c < Customers; c++)
        {
            var result = _definition.Start(new CustomerId("c" + c), new LifecycleEventId("e0"), at, metadata);
            writes.Add(result.ToWrite());
            for (var s = 1; s < StepsPerCustomer; s++)
            {
                result = _definition.Fire(result.State, Move.Touch, new LifecycleEventId("e" + s), at, metadata);
                writes.Add(result.ToWrite());
            }
        }

        return [.. writes];
    }
}
