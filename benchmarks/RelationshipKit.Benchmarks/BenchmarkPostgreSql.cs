using System.Globalization;
using Npgsql;
using RelationshipKit.TestUtils.PostgreSql;

namespace RelationshipKit.Benchmarks;

/// <summary>
/// A throwaway PostgreSQL cluster for the store benchmarks: the tests' fixture (<see cref="PostgreSqlCluster"/>: initdb
/// as the <c>postgres</c> user in a temporary folder, a free loopback port, deleted afterwards), but with the
/// server's default durability (fsync and synchronous commit on), so a commit waits for the disk as the SQLite
/// benchmarks' <c>synchronous = FULL</c> does. One data source mapping NodaTime serves every iteration.
/// </summary>
internal sealed class BenchmarkPostgreSql : IDisposable
{
    private readonly PostgreSqlCluster _cluster;
    private int _schemas;

    private BenchmarkPostgreSql(PostgreSqlCluster cluster, NpgsqlDataSource dataSource)
    {
        _cluster = cluster;
        DataSource = dataSource;
    }

    /// <summary>Gets the data source of the cluster's <c>postgres</c> database.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>Starts a cluster, or says why it cannot (no server binaries, or root without a <c>postgres</c> user).</summary>
    public static BenchmarkPostgreSql Start()
    {
        if (PostgreSqlBinaries.SkipReason is { } reason)
        {
            throw new InvalidOperationException($"The PostgreSQL benchmarks need a local server: {reason}.");
        }

        var cluster = new PostgreSqlCluster { Durable = true };
        cluster.InitializeAsync().GetAwaiter().GetResult();
        var builder = new NpgsqlDataSourceBuilder(cluster.ConnectionString);
        builder.UseNodaTime();
        return new BenchmarkPostgreSql(cluster, builder.Build());
    }

    /// <summary>Returns the name of a schema not used before in this process (the stores create their tables in it).</summary>
    public string NewSchema() => string.Create(CultureInfo.InvariantCulture, $"bench_{Interlocked.Increment(ref _schemas)}");

    /// <summary>Drops a schema and its tables.</summary>
    public void DropSchema(string schema)
    {
        using var command = DataSource.CreateCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE");
        command.ExecuteNonQuery();
    }

    /// <summary>Closes the connections, then stops and deletes the cluster.</summary>
    public void Dispose()
    {
        DataSource.Dispose();
        _cluster.DisposeAsync().GetAwaiter().GetResult();
    }
}
