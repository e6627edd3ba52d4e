using System.Globalization;
using Npgsql;

namespace RelationshipKit.PostgreSql;

/// <summary>
/// Applies a component's numbered schema steps once: under a transaction-scoped advisory lock (so applications starting
/// together do not race), in one transaction, recording the version reached in <c>rk_schema_versions</c>.
/// </summary>
internal static class PostgreSqlMigrations
{
    /// <summary>Brings <paramref name="schema"/> to the last of <paramref name="steps"/> (step i creates version i + 1) and returns the version.</summary>
    /// <exception cref="InvalidOperationException">Thrown when the database holds a newer version than the package knows.</exception>
    internal static async Task<int> MigrateAsync(NpgsqlDataSource dataSource, string schema, string component, IReadOnlyList<string> steps, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(hashtext($1))", cancellationToken, "relationshipkit:" + schema).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, $"""
            CREATE SCHEMA IF NOT EXISTS {schema};
            CREATE TABLE IF NOT EXISTS {schema}.rk_schema_versions (component text PRIMARY KEY, version integer NOT NULL);
            """, cancellationToken).ConfigureAwait(false);
        await using (var read = new NpgsqlCommand($"SELECT version FROM {schema}.rk_schema_versions WHERE component = $1", connection, transaction))
        {
            read.Parameters.Add(new NpgsqlParameter { Value = component });
            var stored = await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is int version ? version : 0;
            if (stored > steps.Count)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"The {component} tables in schema \"{schema}\" are at version {stored}, newer than this package's version {steps.Count}; update the package."));
            }

            if (stored == steps.Count)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return stored;
            }

            for (var step = stored; step < steps.Count; step++)
            {
                await ExecuteAsync(connection, transaction, steps[step].Replace("{schema}", schema, StringComparison.Ordinal), cancellationToken).ConfigureAwait(false);
            }
        }

        await ExecuteAsync(connection, transaction,
            $"INSERT INTO {schema}.rk_schema_versions (component, version) VALUES ($1, $2) ON CONFLICT (component) DO UPDATE SET version = excluded.version",
            cancellationToken, component, steps.Count).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return steps.Count;
    }

    /// <summary>Returns the whole script of <paramref name="steps"/> for <paramref name="schema"/>, for a database administrator to run.</summary>
    internal static string Script(string schema, string component, IReadOnlyList<string> steps)
    {
        var text = new System.Text.StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"-- RelationshipKit {component} tables, version {steps.Count}, in schema {schema}.\n")
            .Append(CultureInfo.InvariantCulture, $"CREATE SCHEMA IF NOT EXISTS {schema};\n")
            .Append(CultureInfo.InvariantCulture, $"CREATE TABLE IF NOT EXISTS {schema}.rk_schema_versions (component text PRIMARY KEY, version integer NOT NULL);\n");
        foreach (var step in steps)
        {
            text.Append(step.Replace("{schema}", schema, StringComparison.Ordinal).Trim()).Append('\n');
        }

        return text.Append(CultureInfo.InvariantCulture,
            $"INSERT INTO {schema}.rk_schema_versions (component, version) VALUES ('{component}', {steps.Count}) ON CONFLICT (component) DO UPDATE SET version = excluded.version;\n").ToString();
    }

    internal static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
