using Npgsql;
using RelationshipKit.PostgreSql;

namespace RelationshipKit.Idic.PostgreSql;

/// <summary>
/// Creates and updates the IDIC stores' tables: a numbered, idempotent migration that the stores run on first use
/// (unless told not to), and that can also be run at deployment or printed as a script.
/// </summary>
/// <remarks>
/// <para>The tables, in the chosen schema: <c>idic_interaction_streams</c> and <c>idic_interactions</c> (a version row per
/// customer and one row per interaction, event ids unique), <c>idic_consent_streams</c> (version and, after erasure, the
/// tombstone: when and how many events were removed) and <c>idic_consent</c>, and <c>idic_promises</c> (one row per
/// promise, indexed for the open list by due instant). Documents are <c>jsonb</c> in <see cref="Stores.IdicJson"/>'s format;
/// instants are <c>timestamptz</c> with the nanoseconds past the microsecond beside them.</para>
/// <para>A migration runs in one transaction under an advisory lock, so applications starting together apply it once;
/// running it again does nothing. A database whose tables are newer than the package is refused with an
/// <see cref="InvalidOperationException"/>. This type is thread-safe.</para>
/// </remarks>
public static class PostgreSqlIdicSchema
{
    /// <summary>The schema version this package creates.</summary>
    public const int Version = 1;

    internal const string Component = "idic";

    internal static readonly IReadOnlyList<string> Steps =
    [
        """
        CREATE TABLE IF NOT EXISTS {schema}.idic_interaction_streams (
            customer_id text PRIMARY KEY,
            version bigint NOT NULL CHECK (version >= 0));
        CREATE TABLE IF NOT EXISTS {schema}.idic_interactions (
            customer_id text NOT NULL,
            version bigint NOT NULL CHECK (version >= 1),
            event_id text NOT NULL CONSTRAINT idic_interactions_event UNIQUE,
            at timestamptz NOT NULL,
            at_ns smallint NOT NULL CHECK (at_ns BETWEEN 0 AND 999),
            document jsonb NOT NULL,
            PRIMARY KEY (customer_id, version));
        CREATE TABLE IF NOT EXISTS {schema}.idic_consent_streams (
            customer_id text PRIMARY KEY,
            version bigint NOT NULL CHECK (version >= 0),
            erased_at timestamptz,
            erased_at_ns smallint CHECK (erased_at_ns BETWEEN 0 AND 999),
            erased_count integer);
        CREATE TABLE IF NOT EXISTS {schema}.idic_consent (
            customer_id text NOT NULL,
            version bigint NOT NULL CHECK (version >= 1),
            event_id text NOT NULL CONSTRAINT idic_consent_event UNIQUE,
            at timestamptz NOT NULL,
            at_ns smallint NOT NULL CHECK (at_ns BETWEEN 0 AND 999),
            document jsonb NOT NULL,
            PRIMARY KEY (customer_id, version));
        CREATE TABLE IF NOT EXISTS {schema}.idic_promises (
            promise_id text PRIMARY KEY,
            customer_id text NOT NULL,
            version bigint NOT NULL CHECK (version >= 1),
            is_open boolean NOT NULL,
            due_at timestamptz NOT NULL,
            due_at_ns smallint NOT NULL CHECK (due_at_ns BETWEEN 0 AND 999),
            document jsonb NOT NULL);
        CREATE INDEX IF NOT EXISTS idic_promises_open ON {schema}.idic_promises (due_at, promise_id) WHERE is_open;
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
        return PostgreSqlMigrations.MigrateAsync(dataSource, PostgreSqlSchemaName.Check(schema, nameof(schema), nameof(schema)), Component, Steps, cancellationToken);
    }

    /// <summary>Returns the whole migration as one SQL script, for a database administrator who applies schema changes by hand
    /// (then set <see cref="PostgreSqlIdicStoreOptions.CreateSchema"/> to false).</summary>
    /// <param name="schema">The schema: a lower-case identifier.</param>
    /// <returns>The script; running it twice does no harm.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="schema"/> is not a lower-case identifier.</exception>
    public static string Script(string schema = "public") =>
        PostgreSqlMigrations.Script(PostgreSqlSchemaName.Check(schema, nameof(schema), nameof(schema)), Component, Steps);
}
