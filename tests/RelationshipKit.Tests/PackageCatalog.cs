using System.Reflection;

namespace RelationshipKit.Tests;

/// <summary>The assemblies built from src/, and the dependency edges architecture.md allows between them.</summary>
internal static class PackageCatalog
{
    public const string Core = "RelationshipKit";
    public const string Value = "RelationshipKit.Value";
    public const string Lifecycle = "RelationshipKit.Lifecycle";
    public const string Testing = "RelationshipKit.Testing";
    public const string LifecycleSqlite = "RelationshipKit.Lifecycle.Sqlite";
    public const string Cli = "RelationshipKit.Cli";

    /// <summary>Every src assembly, loaded by name (this project references all of src/).</summary>
    public static IReadOnlyList<Assembly> All { get; } = [.. new[] { Core, Value, Lifecycle, LifecycleSqlite, Testing, Cli }.Select(name => Assembly.Load(name))];

    /// <summary>Libraries (packages with a public API); the CLI is an adapter with none.</summary>
    public static IReadOnlyList<Assembly> Libraries { get; } = [.. All.Where(a => a.GetName().Name != Cli)];

    /// <summary>Feature packages: never reference each other.</summary>
    public static IReadOnlySet<string> Features { get; } = new HashSet<string>(StringComparer.Ordinal) { Value, Lifecycle };

    /// <summary>Adapter packages: nothing references them.</summary>
    public static IReadOnlySet<string> Adapters { get; } = new HashSet<string>(StringComparer.Ordinal) { LifecycleSqlite, Testing, Cli };

    /// <summary>Allowed references between our own assemblies (from → to). A new package extends this table in the same commit.</summary>
    public static IReadOnlyDictionary<string, string[]> AllowedEdges { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Core] = [],
        [Value] = [Core],
        [Lifecycle] = [Core],
        [LifecycleSqlite] = [Core, Lifecycle],
        [Testing] = [Core, Lifecycle],
        [Cli] = [Core, Value],
    };
}
