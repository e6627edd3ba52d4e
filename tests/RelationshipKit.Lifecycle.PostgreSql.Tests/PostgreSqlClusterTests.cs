using Npgsql;
using RelationshipKit.TestUtils.PostgreSql;

namespace RelationshipKit.Lifecycle.PostgreSql.Tests;

/// <summary>The test cluster itself: where it looks for the server, and that it runs where the tests expect it.</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlClusterTests(PostgreSqlCluster cluster)
{
    [Fact]
    public void Locate_FolderWithoutServer_GivesTheReason()
    {
        var empty = Directory.CreateTempSubdirectory("rk-no-pg-").FullName;
        try
        {
            PostgreSqlBinaries.Locate(empty, []).Should().Be(((string?)null, $"RELATIONSHIPKIT_PG_BINDIR is '{empty}', which holds no initdb and pg_ctl"));
            PostgreSqlBinaries.Locate(null, [empty, null]).Should().Be(((string?)null,
                "PostgreSQL server binaries (initdb, pg_ctl) not found: install Debian's postgresql package, or set RELATIONSHIPKIT_PG_BINDIR"));
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [PostgreSqlFact]
    public async Task Cluster_RunsOnLoopbackOnItsOwnPort()
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT current_setting('port') || ' ' || inet_server_addr()::text || ' ' || current_setting('server_version_num')", connection);
        var parts = ((string)(await command.ExecuteScalarAsync())!).Split(' ');

        parts[0].Should().Be(cluster.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        parts[1].Should().Be("127.0.0.1/32");
        int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThanOrEqualTo(150000, "the tests are written for PostgreSQL 15 or later");
        Directory.GetDirectories(Path.GetTempPath(), "rk-pg-*").Should().NotBeEmpty();
    }
}
