using Microsoft.Data.Sqlite;

namespace RelationshipKit.Benchmarks;

/// <summary>
/// A fresh SQLite database file in its own temporary folder for one benchmark iteration; disposing clears the
/// connection pools (which keep the file open) and deletes the folder.
/// </summary>
internal sealed class BenchmarkSqliteFile : IDisposable
{
    private readonly string _folder;

    private BenchmarkSqliteFile(string folder, string fileName)
    {
        _folder = folder;
        ConnectionString = $"Data Source={Path.Combine(folder, fileName)}";
    }

    /// <summary>Gets the connection string of the database file.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates an empty folder for a database named <paramref name="fileName"/>.</summary>
    public static BenchmarkSqliteFile Create(string fileName)
    {
        var folder = Path.Combine(Path.GetTempPath(), "rk-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new BenchmarkSqliteFile(folder, fileName);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
