using System.Text;
using Microsoft.Data.Sqlite;

namespace RelationshipKit.Lifecycle.Sqlite;

/// <summary>The chunked reads a write batch starts with: stored versions and last hashes, and event ids already stored.</summary>
internal static class SqliteBulkRead
{
    /// <summary>Customers (or customer/event pairs) per query: well under SQLite's limit of 32,766 parameters.</summary>
    private const int ChunkSize = 500;

    internal static List<(string CustomerId, long Version, LifecycleHash LastHash, int DefinitionVersion)> States(
        SqliteConnection connection, SqliteTransaction transaction, string definition, IEnumerable<string> customers, Action executed)
    {
        var rows = new List<(string, long, LifecycleHash, int)>();
        foreach (var chunk in customers.Chunk(ChunkSize))
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder("SELECT customer_id, version, last_hash, definition_version FROM rk_lifecycle_state WHERE definition = $d AND customer_id IN (");
            command.Parameters.AddWithValue("$d", definition);
            for (var i = 0; i < chunk.Length; i++)
            {
                text.Append(i == 0 ? "$c" : ", $c").Append(i);
                command.Parameters.AddWithValue("$c" + i, chunk[i]);
            }

            command.CommandText = text.Append(')').ToString();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    rows.Add((reader.GetString(0), reader.GetInt64(1), new LifecycleHash((byte[])reader.GetValue(2)), reader.GetInt32(3)));
                }
            }

            executed();
        }

        return rows;
    }

    internal static Dictionary<(string CustomerId, string EventId), long> Events(
        SqliteConnection connection, SqliteTransaction transaction, string definition, IEnumerable<(string CustomerId, string EventId)> pairs, Action executed)
    {
        var found = new Dictionary<(string, string), long>();
        foreach (var chunk in pairs.Chunk(ChunkSize))
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder("SELECT h.customer_id, h.event_id, h.sequence FROM (VALUES ");
            command.Parameters.AddWithValue("$d", definition);
            for (var i = 0; i < chunk.Length; i++)
            {
                text.Append(i == 0 ? "($c" : ", ($c").Append(i).Append(", $e").Append(i).Append(')');
                command.Parameters.AddWithValue("$c" + i, chunk[i].CustomerId);
                command.Parameters.AddWithValue("$e" + i, chunk[i].EventId);
            }

            command.CommandText = text
                .Append(") AS v JOIN rk_lifecycle_history h ON h.definition = $d AND h.customer_id = v.column1 AND h.event_id = v.column2")
                .ToString();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    found[(reader.GetString(0), reader.GetString(1))] = reader.GetInt64(2);
                }
            }

            executed();
        }

        return found;
    }
}
