namespace RelationshipKit.Lifecycle.Sqlite;

/// <summary>Represents the settings of a <see cref="SqliteLifecycleStore{TStage, TTrigger}"/>.</summary>
/// <remarks>Mutable and not thread-safe; the store checks and copies the values when it is created.</remarks>
[Mutable]
public sealed class SqliteLifecycleStoreOptions
{
    /// <summary>Gets or sets the Microsoft.Data.Sqlite connection string, for example <c>"Data Source=lifecycle.db"</c>.</summary>
    /// <value>The default is null; a connection string is required. An in-memory database must be shared (<c>Mode=Memory;Cache=Shared</c>) and kept open by the caller.</value>
    public string? ConnectionString { get; set; }

    /// <summary>Gets or sets how long a command waits for a database locked by another writer before it fails, in seconds.</summary>
    /// <value>The default is 30. It must be at least 1.</value>
    public int BusyTimeoutSeconds { get; set; } = 30;

    /// <summary>Gets or sets the test hook called after each statement of a write (with the count so far); null in production.</summary>
    internal Action<int>? AfterStatement { get; set; }

    /// <summary>Gets or sets the test hook called after a write's transaction committed; null in production.</summary>
    internal Action? AfterCommit { get; set; }

    /// <summary>Returns a checked copy; the parameter name in messages is <c>options</c>.</summary>
    internal SqliteLifecycleStoreOptions Validated()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new ArgumentException($"ConnectionString must be set; was {(ConnectionString is null ? "null" : "\"" + ConnectionString + "\"")}.", "options");
        }

        if (BusyTimeoutSeconds < 1)
        {
            throw new ArgumentOutOfRangeException("options", BusyTimeoutSeconds, $"BusyTimeoutSeconds must be at least 1; was {BusyTimeoutSeconds}.");
        }

        return new SqliteLifecycleStoreOptions
        {
            ConnectionString = ConnectionString,
            BusyTimeoutSeconds = BusyTimeoutSeconds,
            AfterStatement = AfterStatement,
            AfterCommit = AfterCommit,
        };
    }
}
