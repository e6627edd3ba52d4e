using BenchmarkDotNet.Attributes;
using NodaTime;
using RelationshipKit.Lifecycle;
using Stateless;

namespace RelationshipKit.Benchmarks;

/// <summary>
/// Firing a guarded trigger on a definition shared by every customer, against Stateless 5.20.1 (the baseline) in the
/// same run. The Stateless machine is the equivalent one: the same stages, the same guarded transition, the state kept
/// outside the machine through an accessor/mutator pair (Stateless's way to share a machine across customers).
/// </summary>
[MemoryDiagnoser]
public class LifecycleFireBenchmarks
{
    private static readonly Instant At = Instant.FromUtc(2026, 3, 1, 12, 0);
    private readonly LifecycleEventId _eventId = new("evt-2");
    private StateMachine<BenchStage, BenchTrigger> _stateless = null!;
    private BenchStage _statelessState;
    private LifecycleDefinition<BenchStage, BenchTrigger> _definition = null!;
    private RelationshipState<BenchStage> _state;
    private RelationshipState<BenchStage> _closed;
    private TypedTrigger<BenchTrigger, int> _score = null!;

    public enum BenchStage
    {
        Prospect,
        Active,
        Closed,
    }

    public enum BenchTrigger
    {
        Activate,
        Score,
        Close,
    }

    [GlobalSetup]
    public void Setup()
    {
        _stateless = new StateMachine<BenchStage, BenchTrigger>(() => _statelessState, s => _statelessState = s);
        _stateless.Configure(BenchStage.Prospect)
            .PermitIf(BenchTrigger.Activate, BenchStage.Active, () => _statelessState == BenchStage.Prospect, "still a prospect")
            .Permit(BenchTrigger.Close, BenchStage.Closed);
        _stateless.Configure(BenchStage.Active).Permit(BenchTrigger.Close, BenchStage.Closed);

        var builder = new LifecycleBuilder<BenchStage, BenchTrigger>("bench").InitialStage(BenchStage.Prospect);
        _score = builder.Trigger<int>(BenchTrigger.Score);
        builder.Configure(BenchStage.Prospect)
            .PermitIf(BenchTrigger.Activate, BenchStage.Active, g => g.State.Stage == BenchStage.Prospect, "still a prospect")
            .PermitIf(_score, BenchStage.Active, (_, points) => points >= 50, "score at least 50")
            .Permit(BenchTrigger.Close, BenchStage.Closed);
        builder.Configure(BenchStage.Active).Permit(BenchTrigger.Close, BenchStage.Closed);
        builder.Configure(BenchStage.Closed);
        _definition = builder.Build();
        _state = _definition.Start(new CustomerId("c-1"), new LifecycleEventId("evt-1"), At).State;
        _closed = _definition.Fire(_state, BenchTrigger.Close, new LifecycleEventId("evt-c"), At).State;
    }

    [Benchmark(Baseline = true)]
    public BenchStage Stateless_GuardedFire()
    {
        _statelessState = BenchStage.Prospect;
        _stateless.Fire(BenchTrigger.Activate);
        return _statelessState;
    }

    [Benchmark]
    public BenchStage Lifecycle_GuardedFire() => _definition.Fire(_state, BenchTrigger.Activate, _eventId, At).State.Stage;

    [Benchmark]
    public BenchStage Lifecycle_TypedGuardedFire() => _definition.Fire(_state, _score, 80, _eventId, At).State.Stage;

    [Benchmark]
    public RejectionReason Lifecycle_Rejected() => _definition.Fire(_closed, BenchTrigger.Activate, _eventId, At).RejectionReason;
}
