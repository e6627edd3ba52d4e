using Npgsql;

namespace RelationshipKit.PostgreSql;

/// <summary>Runs a store's schema migration once, on first use; a failed attempt (server down, no rights) is tried again by the next call.</summary>
internal sealed class PostgreSqlSchemaGate(NpgsqlDataSource dataSource, string schema, string component, IReadOnlyList<string> steps, bool enabled)
{
    private readonly object _sync = new();
    private Task? _migration;

    internal Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (!enabled)
        {
            return Task.CompletedTask;
        }

        Task migration;
        lock (_sync)
        {
            if (_migration is null || _migration.IsFaulted || _migration.IsCanceled)
            {
                _migration = PostgreSqlMigrations.MigrateAsync(dataSource, schema, component, steps, CancellationToken.None);
            }

            migration = _migration;
        }

        return migration.IsCompletedSuccessfully ? Task.CompletedTask : migration.WaitAsync(cancellationToken);
    }
}
