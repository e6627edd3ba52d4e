using Microsoft.Data.Sqlite;

namespace RelationshipKit.Idic.Sqlite;

/// <summary>Opens connections and creates the schema once per connection string.</summary>
internal sealed class SqliteDatabase
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS idic_interactions (
            customer_id TEXT NOT NULL, version INTEGER NOT NULL, event_id TEXT NOT NULL UNIQUE, at_ticks INTEGER NOT NULL, json TEXT NOT NULL,
            PRIMARY KEY (customer_id, version));
        CREATE TABLE IF NOT EXISTS idic_consent (
            customer_id TEXT NOT NULL, version INTEGER NOT NULL, event_id TEXT NOT NULL UNIQUE, json TEXT NOT NULL,
            PRIMARY KEY (customer_id, version));
        CREATE TABLE IF NOT EXISTS idic_consent_tombstones (
            customer_id TEXT NOT NULL PRIMARY KEY, erased_at_ticks INTEGER NOT NULL, erased_count INTEGER NOT NULL, version INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS idic_promises (
            promise_id TEXT NOT NULL PRIMARY KEY, customer_id TEXT NOT NULL, version INTEGER NOT NULL, is_open INTEGER NOT NULL,
            due_ticks INTEGER NOT NULL, json TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS idic_promises_open ON idic_promises (is_open, due_ticks);
        """;

    private readonly string _connectionString;
    private readonly object _sync = new();
    private volatile Task? _schema;

    internal SqliteDatabase(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ArgumentException("connectionString must not be empty.", nameof(connectionString));
        }

        _connectionString = connectionString;
    }

    internal async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        // The schema is created once per store; a failed attempt (a locked file, a bad path) is retried by the next call.
        var schema = _schema;
        if (schema is null || schema.IsFaulted || schema.IsCanceled)
        {
            lock (_sync)
            {
                if (_schema is null || _schema.IsFaulted || _schema.IsCanceled)
                {
                    _schema = CreateSchemaAsync();
                }

                schema = _schema;
            }
        }

        await schema.WaitAsync(cancellationToken).ConfigureAwait(false);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task CreateSchemaAsync()
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;" + Schema, CancellationToken.None).ConfigureAwait(false);
    }

    internal static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    internal static async Task<long> ScalarAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static async Task<List<string>> TextsAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var texts = new List<string>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            texts.Add(reader.GetString(0));
        }

        return texts;
    }

    internal static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
