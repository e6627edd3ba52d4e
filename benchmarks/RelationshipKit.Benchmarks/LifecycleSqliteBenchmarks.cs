using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Data.Sqlite;
using NodaTime;
using RelationshipKit.Lifecycle;
using RelationshipKit.Lifecycle.Sqlite;
using RelationshipKit.Lifecycle.Storage;

namespace RelationshipKit.Benchmarks;

/// <summary>
/// One batch of 100,000 transitions (50,000 customers started and moved once) written to a fresh SQLite file by
/// <see cref="SqliteLifecycleStore{TStage, TTrigger}.WriteBatchAsync"/>, with the settings the crash test uses (WAL,
/// synchronous=FULL, one immediate transaction). Baseline: the same batch written one transaction per write.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class LifecycleSqliteBenchmarks
{
    private const int Customers = 50_000;
    private LifecycleDefinition<Stage, Move> _definition = null!;
    private LifecycleWrite<Stage, Move>[] _writes = [];
    private string _folder = string.Empty;
    private SqliteLifecycleStore<Stage, Move> _store = null!;

    public enum Stage
    {
        Lead,
        Active,
    }

    public enum Move
    {
        Activate,
    }

    [GlobalSetup]
    public void Setup()
    {
        var builder = new LifecycleBuilder<Stage, Move>("bench").InitialStage(Stage.Lead);
        builder.Configure(Stage.Lead).Permit(Move.Activate, Stage.Active);
        builder.Configure(Stage.Active);
        _definition = builder.Build();
        var at = Instant.FromUtc(2026, 3, 1, 0, 0);
        var writes = new List<LifecycleWrite<Stage, Move>>(2 * Customers);
        for (var c = 0; c < Customers; c++)
        {
            var started = _definition.Start(new CustomerId("c" + c), new LifecycleEventId("s"), at);
            writes.Add(started.ToWrite());
            writes.Add(_definition.Fire(started.State, Move.Activate, new LifecycleEventId("a"), at + Duration.FromMinutes(1)).ToWrite());
        }

        _writes = [.. writes];
    }

    [IterationSetup]
    public void NewDatabase()
    {
        _folder = Path.Combine(Path.GetTempPath(), "rk-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _store = new SqliteLifecycleStore<Stage, Move>(_definition, $"Data Source={Path.Combine(_folder, "bench.db")}");
    }

    [IterationCleanup]
    public void DeleteDatabase()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public int Sqlite_FirstThousandOneTransactionEach()
    {
        var written = 0;
        for (var i = 0; i < 1000; i++)
        {
            written += ValueTasks.Complete(_store.WriteAsync(_writes[i])).Status == WriteStatus.Written ? 1 : 0;
        }

        return written;
    }

    [Benchmark]
    public int Sqlite_Batch100000() => ValueTasks.Complete(_store.WriteBatchAsync(_writes)).Count;
}
