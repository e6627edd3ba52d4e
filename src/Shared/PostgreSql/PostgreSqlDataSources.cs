using Npgsql;

namespace RelationshipKit.PostgreSql;

/// <summary>Builds the stores' data source: the connection string with NodaTime's types mapped (timestamptz ↔ Instant).</summary>
internal static class PostgreSqlDataSources
{
    internal static NpgsqlDataSource Create(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.UseNodaTime();
        return builder.Build();
    }

    /// <summary>Gets a value indicating whether <paramref name="exception"/> means "another transaction got there first; run again":
    /// a serialization failure, a deadlock, or a unique key taken by a concurrent insert.</summary>
    internal static bool IsRace(PostgresException exception) =>
        exception.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.UniqueViolation;
}
