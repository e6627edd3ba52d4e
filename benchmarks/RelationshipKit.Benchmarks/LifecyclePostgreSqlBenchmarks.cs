using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using RelationshipKit.Lifecycle;
using RelationshipKit.Lifecycle.PostgreSql;
using RelationshipKit.Lifecycle.Storage;

using Move = RelationshipKit.Benchmarks.LifecycleStoreWorkload.Move;
using Stage = RelationshipKit.Benchmarks.LifecycleStoreWorkload.Stage;

namespace RelationshipKit.Benchmarks;

/// <summary>
/// <see cref="LifecycleSqliteBenchmarks"/> on PostgreSQL 15, so the two stores compare: one batch of 100,000
/// transitions (50,000 customers started and moved once) written by
/// <see cref="PostgreSqlLifecycleStore{TStage, TTrigger}.WriteBatchAsync"/> in one transaction into fresh tables;
/// baseline: the first 1,000 of those writes, one transaction each. The server is a throwaway local cluster
/// (<see cref="BenchmarkPostgreSql"/>) with fsync and synchronous commit on, reached over loopback TCP; each
/// iteration gets a new schema, migrated before the clock starts and dropped afterwards.
/// </summary>
/// <remarks>
/// Needs the PostgreSQL server binaries (Debian's <c>postgresql</c> package, see <c>eng/ensure-postgres.sh</c>).
/// Run on a quiet machine: <c>dotnet run -c Release --project benchmarks/RelationshipKit.Benchmarks -- --filter
/// '*PostgreSqlBenchmarks*'</c>.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class LifecyclePostgreSqlBenchmarks
{
    private LifecycleDefinition<Stage, Move> _definition = null!;
    private LifecycleWrite<Stage, Move>[] _writes = [];
    private BenchmarkPostgreSql _server = null!;
    private string _schema = string.Empty;
    private PostgreSqlLifecycleStore<Stage, Move> _store = null!;

    [GlobalSetup]
    public void Setup()
    {
        _writes = LifecycleStoreWorkload.Build(out _definition);
        _server = BenchmarkPostgreSql.Start();
    }

    [GlobalCleanup]
    public void Cleanup() => _server.Dispose();

    [IterationSetup]
    public void NewTables()
    {
        _schema = _server.NewSchema();
        PostgreSqlLifecycleSchema.MigrateAsync(_server.DataSource, _schema).GetAwaiter().GetResult();
        _store = new PostgreSqlLifecycleStore<Stage, Move>(
            _definition,
            new PostgreSqlLifecycleStoreOptions { DataSource = _server.DataSource, Schema = _schema, CreateSchema = false });
    }

    [IterationCleanup]
    public void DropTables()
    {
        _store.Dispose();
        _server.DropSchema(_schema);
    }

    [Benchmark(Baseline = true)]
    public int PostgreSql_FirstThousandOneTransactionEach() => LifecycleStoreWorkload.FirstThousandOneTransactionEach(_store, _writes);

    [Benchmark]
    public int PostgreSql_Batch100000() => ValueTasks.Complete(_store.WriteBatchAsync(_writes)).Count;
}
