using System.Reflection;

namespace RelationshipKit.Tests;

/// <summary>The assemblies built from src/, and the dependency edges architecture.md allows between them.</summary>
/// <remarks>
/// Three kinds: the core and the feature packages (libraries with a public API; feature packages never reference each
/// other), adapter packages (an engine or a heavy dependency each: only applications reference them, no library does),
/// and applications (the CLI: a leaf that may reference libraries and adapters, and that nothing references).
/// </remarks>
internal static class PackageCatalog
{
    public const string Core = "RelationshipKit";
    public const string Value = "RelationshipKit.Value";
    public const string Lifecycle = "RelationshipKit.Lifecycle";
    public const string Testing = "RelationshipKit.Testing";
    public const string LifecycleSqlite = "RelationshipKit.Lifecycle.Sqlite";
    public const string LifecyclePostgreSql = "RelationshipKit.Lifecycle.PostgreSql";
    public const string Idic = "RelationshipKit.Idic";
    public const string IdicSqlite = "RelationshipKit.Idic.Sqlite";
    public const string IdicPostgreSql = "RelationshipKit.Idic.PostgreSql";
    public const string ValueDuckDb = "RelationshipKit.Value.DuckDb";
    public const string Cli = "RelationshipKit.Cli";

    /// <summary>Every src assembly, loaded by name (this project references all of src/).</summary>
    public static IReadOnlyList<Assembly> All { get; } = [.. new[] { Core, Value, Lifecycle, LifecycleSqlite, LifecyclePostgreSql, Testing, Idic, IdicSqlite, IdicPostgreSql, ValueDuckDb, Cli }.Select(name => Assembly.Load(name))];

    /// <summary>Applications: leaves with no public API; they may reference adapters, and nothing references them.</summary>
    public static IReadOnlySet<string> Applications { get; } = new HashSet<string>(StringComparer.Ordinal) { Cli };

    /// <summary>Libraries (packages with a public API): everything but the applications.</summary>
    public static IReadOnlyList<Assembly> Libraries { get; } = [.. All.Where(a => !Applications.Contains(a.GetName().Name!))];

    /// <summary>Feature packages: never reference each other.</summary>
    public static IReadOnlySet<string> Features { get; } = new HashSet<string>(StringComparer.Ordinal) { Value, Lifecycle, Idic };

    /// <summary>Adapter packages (an engine or a heavy dependency each): only applications reference them.</summary>
    public static IReadOnlySet<string> Adapters { get; } = new HashSet<string>(StringComparer.Ordinal) { LifecycleSqlite, LifecyclePostgreSql, Testing, IdicSqlite, IdicPostgreSql, ValueDuckDb };

    /// <summary>Allowed references between our own assemblies (from → to). A new package extends this table in the same commit.</summary>
    public static IReadOnlyDictionary<string, string[]> AllowedEdges { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Core] = [],
        [Value] = [Core],
        [Lifecycle] = [Core],
        [LifecycleSqlite] = [Core, Lifecycle],
        [LifecyclePostgreSql] = [Core, Lifecycle],
        [Testing] = [Core, Lifecycle, Idic],
        [Idic] = [Core],
        [IdicSqlite] = [Core, Idic],
        [IdicPostgreSql] = [Core, Idic],
        [ValueDuckDb] = [Core, Value],
        [Cli] = [Core, Value, Lifecycle, Idic, ValueDuckDb],
    };
}
