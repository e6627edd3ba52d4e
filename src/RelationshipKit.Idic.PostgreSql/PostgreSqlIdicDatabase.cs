using Npgsql;
using RelationshipKit.PostgreSql;

namespace RelationshipKit.Idic.PostgreSql;

/// <summary>What the three stores share: the data source (owned or not), the schema migration, and transactions that are
/// run again when the server reports a lost race.</summary>
internal sealed class PostgreSqlIdicDatabase : IAsyncDisposable
{
    private const int MaxAttempts = 10;
    private readonly bool _owns;
    private readonly PostgreSqlSchemaGate _schema;

    internal PostgreSqlIdicDatabase(PostgreSqlIdicStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var checkedOptions = options.Validated();
        _owns = checkedOptions.DataSource is null;
        DataSource = checkedOptions.DataSource ?? PostgreSqlDataSources.Create(checkedOptions.ConnectionString!);
        Schema = checkedOptions.Schema;
        _schema = new PostgreSqlSchemaGate(DataSource, Schema, PostgreSqlIdicSchema.Component, PostgreSqlIdicSchema.Steps, checkedOptions.CreateSchema);
    }

    internal NpgsqlDataSource DataSource { get; }

    internal string Schema { get; }

    public ValueTask DisposeAsync() => _owns ? DataSource.DisposeAsync() : ValueTask.CompletedTask;

    internal static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params object?[] values)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var value in values)
        {
            command.Parameters.Add(value is JsonText json
                ? new NpgsqlParameter { Value = json.Text, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Jsonb }
                : new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }

    internal static async Task<object?> ScalarAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = Command(connection, transaction, sql, values);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    internal static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = Command(connection, transaction, sql, values);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    internal async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        return await DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="work"/> in a read-committed transaction, committed when it returns true for Commit; a unique
    /// key taken by a concurrent transaction (two customers' writers with one event id) or a deadlock runs it again.</summary>
    internal async Task<T> InTransactionAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<(T Result, bool Commit)>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
                await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
                var (result, commit) = await work(connection, transaction).ConfigureAwait(false);
                if (commit)
                {
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }

                return result;
            }
            catch (PostgresException exception) when (PostgreSqlDataSources.IsRace(exception) && attempt < MaxAttempts)
            {
                // The transaction was rolled back; the next attempt reads what the winner committed.
            }
        }
    }

    /// <summary>Marks a parameter value as a jsonb document.</summary>
    internal readonly record struct JsonText(string Text);
}
