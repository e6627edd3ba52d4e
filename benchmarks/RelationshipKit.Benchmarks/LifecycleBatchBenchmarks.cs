using BenchmarkDotNet.Attributes;
using NodaTime;
using RelationshipKit.Lifecycle;
using RelationshipKit.Lifecycle.Batch;
using RelationshipKit.Lifecycle.Presets;

namespace RelationshipKit.Benchmarks;

/// <summary>
/// Applying 100,000 events (20,000 customers of the funnel preset: a start and four typed purchases each) in memory on
/// one and on two threads. Reported, not judged: on a shared 2-core machine the second thread competes with everything else.
/// </summary>
[MemoryDiagnoser]
public class LifecycleBatchBenchmarks
{
    private const int Customers = 20_000;
    private LifecycleDefinition<FunnelStage, FunnelTrigger> _funnel = null!;
    private LifecycleEvent<FunnelStage, FunnelTrigger>[] _events = [];
    private readonly Dictionary<CustomerId, RelationshipState<FunnelStage>> _none = [];

    /// <summary>Gets or sets the number of threads.</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _funnel = LifecyclePresets.Funnel();
        var at = Instant.FromUtc(2026, 1, 1, 0, 0);
        var events = new List<LifecycleEvent<FunnelStage, FunnelTrigger>>(5 * Customers);
        for (var c = 0; c < Customers; c++)
        {
            var id = new CustomerId("c" + c);
            events.Add(LifecycleEvent.Start<FunnelStage, FunnelTrigger>(id, new LifecycleEventId("s"), at));
            for (var p = 1; p <= 4; p++)
            {
                events.Add(LifecycleEvent.Fire<FunnelStage, FunnelTrigger, int>(id, LifecyclePresets.Purchase, p, new LifecycleEventId("p" + p), at + Duration.FromDays(p)));
            }
        }

        _events = [.. events];
    }

    [Benchmark(OperationsPerInvoke = 5 * Customers)]
    public int Apply() => LifecycleBatch.Apply(_funnel, _none, _events, Threads).Accepted;
}
