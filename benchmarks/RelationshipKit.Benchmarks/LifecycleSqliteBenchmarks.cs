using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using RelationshipKit.Lifecycle;
using RelationshipKit.Lifecycle.Sqlite;
using RelationshipKit.Lifecycle.Storage;

using Move = RelationshipKit.Benchmarks.LifecycleStoreWorkload.Move;
using Stage = RelationshipKit.Benchmarks.LifecycleStoreWorkload.Stage;

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
    private LifecycleDefinition<Stage, Move> _definition = null!;
    private LifecycleWrite<Stage, Move>[] _writes = [];
    private BenchmarkSqliteFile _file = null!;
    private SqliteLifecycleStore<Stage, Move> _store = null!;

    [GlobalSetup]
    public void Setup() => _writes = LifecycleStoreWorkload.Build(out _definition);

    [IterationSetup]
    public void NewDatabase()
    {
        _file = BenchmarkSqliteFile.Create("bench.db");
        _store = new SqliteLifecycleStore<Stage, Move>(_definition, _file.ConnectionString);
    }

    [IterationCleanup]
    public void DeleteDatabase() => _file.Dispose();

    [Benchmark(Baseline = true)]
    public int Sqlite_FirstThousandOneTransactionEach() => LifecycleStoreWorkload.FirstThousandOneTransactionEach(_store, _writes);

    [Benchmark]
    public int Sqlite_Batch100000() => ValueTasks.Complete(_store.WriteBatchAsync(_writes)).Count;
}
