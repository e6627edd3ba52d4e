using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NodaTime;
using RelationshipKit.Idic;
using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.PostgreSql;
using RelationshipKit.Idic.Sqlite;
using RelationshipKit.Idic.Stores;

namespace RelationshipKit.Benchmarks;

/// <summary>
/// The IDIC interaction store on PostgreSQL 15 against SQLite: 1,000 interactions appended one transaction each (a
/// contact centre logging calls as they end), 100 customers with 10 interactions each, every append with the
/// version read before it. Baseline: <see cref="SqliteInteractionStore"/> on a fresh file (WAL, the default
/// <c>synchronous = FULL</c>); the PostgreSQL store runs on a throwaway local cluster with fsync and synchronous
/// commit on (<see cref="BenchmarkPostgreSql"/>). The tables are created before the clock starts.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class IdicPostgreSqlBenchmarks
{
    private const int Appends = 1000;
    private const int Customers = 100;
    private Interaction[] _interactions = [];
    private BenchmarkPostgreSql _server = null!;
    private string _schema = string.Empty;
    private BenchmarkSqliteFile _file = null!;
    private PostgreSqlInteractionStore _postgreSql = null!;
    private SqliteInteractionStore _sqlite = null!;

    [GlobalSetup]
    public void Setup()
    {
        var at = Instant.FromUtc(2026, 3, 1, 9, 0);
        _interactions = [.. Enumerable.Range(0, Appends).Select(i => new Interaction(
            "i" + i,
            new CustomerId("c" + (i % Customers)),
            Channel.Phone,
            at + Duration.FromMinutes(i),
            InteractionTopic.Delivery))];
        _server = BenchmarkPostgreSql.Start();
    }

    [GlobalCleanup]
    public void Cleanup() => _server.Dispose();

    [IterationSetup]
    public void NewTables()
    {
        _schema = _server.NewSchema();
        PostgreSqlIdicSchema.MigrateAsync(_server.DataSource, _schema).GetAwaiter().GetResult();
        _postgreSql = new PostgreSqlInteractionStore(new PostgreSqlIdicStoreOptions { DataSource = _server.DataSource, Schema = _schema, CreateSchema = false });
        _file = BenchmarkSqliteFile.Create("idic.db");
        _sqlite = new SqliteInteractionStore(_file.ConnectionString);
        _ = ValueTasks.Complete(_sqlite.ReadAsync(new CustomerId("warm-up"))); // creates the file and its tables
    }

    [IterationCleanup]
    public void DropTables()
    {
        _postgreSql.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _server.DropSchema(_schema);
        _file.Dispose();
    }

    [Benchmark(Baseline = true)]
    public int Sqlite_ThousandAppendsOneTransactionEach() => AppendAll(_sqlite);

    [Benchmark]
    public int PostgreSql_ThousandAppendsOneTransactionEach() => AppendAll(_postgreSql);

    private int AppendAll(IInteractionStore store)
    {
        var versions = new long[Customers];
        var written = 0;
        for (var i = 0; i < _interactions.Length; i++)
        {
            var result = ValueTasks.Complete(store.AppendAsync(_interactions[i], versions[i % Customers]));
            if (result.Status == StoreWriteStatus.Written)
            {
                versions[i % Customers] = result.Version;
                written++;
            }
        }

        return written;
    }
}
