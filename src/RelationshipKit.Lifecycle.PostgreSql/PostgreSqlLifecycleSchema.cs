using Npgsql;
using RelationshipKit.PostgreSql;

namespace RelationshipKit.Lifecycle.PostgreSql;

/// <summary>
/// Creates and updates the lifecycle store's tables: a numbered, idempotent migration that the store runs on first
/// use (unless told not to), and that can also be run at deployment or printed as a script.
/// </summary>
/// <remarks>
/// <para>The tables, in the chosen schema: <c>rk_lifecycle_state</c> (one row per definition and customer: stage,
/// version, episode, instants, last event id and last entry's hash) and <c>rk_lifecycle_history</c> (one row per
/// entry, primary key (definition, customer, sequence), event ids unique per customer), plus
/// <c>rk_schema_versions</c>, which records the version reached. Instants are <c>timestamptz</c> with a
/// <c>smallint</c> beside each holding the nanoseconds past the microsecond, so an instant reads back exactly.</para>
/// <para>A migration runs in one transaction under an advisory lock, so applications starting together apply it once;
/// running it again does nothing. A database whose tables are newer than the package is refused with an
/// <see cref="InvalidOperationException"/>. This type is thread-safe.</para>
/// </remarks>
public static class PostgreSqlLifecycleSchema
{
    /// <summary>The schema version this package creates.</summary>
    public const int Version = 1;

    internal const string Component = "lifecycle";

    internal static readonly IReadOnlyList<string> Steps =
    [
        """
        CREATE TABLE IF NOT EXISTS {schema}.rk_lifecycle_state (
            definition text NOT NULL,
            customer_id text NOT NULL,
            definition_version integer NOT NULL,
            stage text NOT NULL,
            version bigint NOT NULL CHECK (version >= 1),
            episode integer NOT NULL,
            entered_at timestamptz NOT NULL,
            entered_at_ns smallint NOT NULL CHECK (entered_at_ns BETWEEN 0 AND 999),
            last_transition_at timestamptz NOT NULL,
            last_transition_at_ns smallint NOT NULL CHECK (last_transition_at_ns BETWEEN 0 AND 999),
            last_event_id text NOT NULL,
            last_hash bytea NOT NULL,
            PRIMARY KEY (definition, customer_id));
        CREATE INDEX IF NOT EXISTS rk_lifecycle_state_stage ON {schema}.rk_lifecycle_state (definition, stage, entered_at);
        CREATE TABLE IF NOT EXISTS {schema}.rk_lifecycle_history (
            definition text NOT NULL,
            customer_id text NOT NULL,
            sequence bigint NOT NULL CHECK (sequence >= 1),
            episode integer NOT NULL,
            kind smallint NOT NULL,
            definition_version integer NOT NULL,
            from_stage text,
            to_stage text NOT NULL,
            trigger_name text,
            argument_summary text,
            event_id text NOT NULL,
            at timestamptz NOT NULL,
            at_ns smallint NOT NULL CHECK (at_ns BETWEEN 0 AND 999),
            actor text,
            reason text,
            driver smallint NOT NULL,
            personal_data_erased boolean NOT NULL DEFAULT false,
            personal_data_salt bytea,
            personal_data_digest bytea NOT NULL,
            previous_hash bytea NOT NULL,
            hash bytea NOT NULL,
            PRIMARY KEY (definition, customer_id, sequence),
            CONSTRAINT rk_lifecycle_history_event UNIQUE (definition, customer_id, event_id));
        """,
    ];

    /// <summary>Creates or updates the tables in <paramref name="schema"/> (creating the schema too); does nothing when they are current.</summary>
    /// <param name="dataSource">The database.</param>
    /// <param name="schema">The schema: a lower-case identifier.</param>
    /// <param name="cancellationToken">Cancels the migration (it is one transaction: nothing is applied).</param>
    /// <returns>A task that completes when the tables are at <see cref="Version"/>.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="dataSource"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="schema"/> is not a lower-case identifier.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the database holds a newer version of the tables than this package.</exception>
    /// <exception cref="NpgsqlException">Thrown when the server cannot be reached or refuses a statement.</exception>
    public static Task MigrateAsync(NpgsqlDataSource dataSource, string schema = "public", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        var checkedSchema = PostgreSqlSchemaName.Check(schema, nameof(schema), nameof(schema));
        return PostgreSqlMigrations.MigrateAsync(dataSource, checkedSchema, Component, Steps, cancellationToken);
    }

    /// <summary>Returns the whole migration as one SQL script, for a database administrator who applies schema changes by hand
    /// (then set <see cref="PostgreSqlLifecycleStoreOptions.CreateSchema"/> to false).</summary>
    /// <param name="schema">The schema: a lower-case identifier.</param>
    /// <returns>The script; running it twice does no harm.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="schema"/> is not a lower-case identifier.</exception>
    public static string Script(string schema = "public") =>
        PostgreSqlMigrations.Script(PostgreSqlSchemaName.Check(schema, nameof(schema), nameof(schema)), Component, Steps);
}
