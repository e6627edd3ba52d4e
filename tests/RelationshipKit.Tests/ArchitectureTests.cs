using System.Reflection;
using System.Xml.Linq;

namespace RelationshipKit.Tests;

/// <summary>Asserts the dependency rules and class-shape rules of ../shared/architecture.md.</summary>
public class ArchitectureTests
{
    private static readonly HashSet<string> Ours = [.. PackageCatalog.AllowedEdges.Keys];

    public static TheoryData<string> AssemblyNames => [.. PackageCatalog.AllowedEdges.Keys];

    [Fact]
    public void Catalog_CoversEverySrcProject()
    {
        // A package is a folder of src/ with a project file; src/Shared holds source compiled into several packages.
        var srcProjects = Directory.GetDirectories(Path.Combine(RepoRoot(), "src"))
            .Where(d => Directory.GetFiles(d, "*.csproj").Length > 0)
            .Select(Path.GetFileName)
            .ToArray();
        var assemblyNames = PackageCatalog.All.Select(a => a.GetName().Name!).ToArray();
        srcProjects.Should().BeEquivalentTo(assemblyNames, "every src project must be listed in PackageCatalog with its allowed edges");
    }

    [Fact]
    public void SharedSource_HasNoPublicType()
    {
        // The shared tokenizer is compiled into every package that reads CSV; a public type there would be defined twice.
        foreach (var file in Directory.GetFiles(Path.Combine(RepoRoot(), "src", "Shared"), "*.cs", SearchOption.AllDirectories))
        {
            File.ReadAllLines(file).Should().NotContain(
                line => line.StartsWith("public ", StringComparison.Ordinal),
                $"{Path.GetFileName(file)} is compiled into several assemblies and must stay internal");
        }
    }

    [Theory]
    [MemberData(nameof(AssemblyNames))]
    public void References_OnlyAllowedEdges(string assemblyName)
    {
        var assembly = PackageCatalog.All.Single(a => a.GetName().Name == assemblyName);
        var references = assembly.GetReferencedAssemblies().Select(r => r.Name!).Where(Ours.Contains).ToArray();
        references.Should().BeSubsetOf(PackageCatalog.AllowedEdges[assemblyName], $"{assemblyName} may reference only its allowed edges");
    }

    [Fact]
    public void FeaturePackages_NeverReferenceEachOther()
    {
        foreach (var feature in PackageCatalog.All.Where(a => PackageCatalog.Features.Contains(a.GetName().Name!)))
        {
            feature.GetReferencedAssemblies().Select(r => r.Name!).Should().NotContain(
                name => PackageCatalog.Features.Contains(name), $"{feature.GetName().Name} is a feature package");
        }
    }

    [Fact]
    public void NothingReferences_Applications()
    {
        foreach (var assembly in PackageCatalog.All)
        {
            assembly.GetReferencedAssemblies().Select(r => r.Name!).Should().NotContain(
                name => PackageCatalog.Applications.Contains(name), $"{assembly.GetName().Name} must not reference an application");
        }
    }

    [Fact]
    public void NoLibrary_ReferencesAnAdapter()
    {
        foreach (var library in PackageCatalog.Libraries)
        {
            library.GetReferencedAssemblies().Select(r => r.Name!).Should().NotContain(
                name => PackageCatalog.Adapters.Contains(name), $"{library.GetName().Name} is a library; only applications reference adapters");
        }
    }

    [Fact]
    public void AllowedEdges_ToAdapters_StartOnlyAtApplications()
    {
        // The table itself follows the rule, so a new adapter cannot be wired into a library by extending it.
        foreach (var (from, targets) in PackageCatalog.AllowedEdges)
        {
            if (!PackageCatalog.Applications.Contains(from))
            {
                targets.Should().NotContain(target => PackageCatalog.Adapters.Contains(target), $"{from} is a library");
            }
        }
    }

    [Fact]
    public void EveryPackage_DependsOnCore()
    {
        foreach (var assembly in PackageCatalog.All.Where(a => a.GetName().Name != PackageCatalog.Core))
        {
            assembly.GetReferencedAssemblies().Select(r => r.Name).Should().Contain(PackageCatalog.Core);
        }
    }

    [Fact]
    public void PublicClasses_AreSealedOrDocumentWhyNot()
    {
        var offenders = new List<string>();
        foreach (var assembly in PackageCatalog.Libraries)
        {
            var docs = LoadDocs(assembly);
            foreach (var type in assembly.GetExportedTypes().Where(t => t.IsClass && !t.IsSealed && !IsStatic(t)))
            {
                var member = docs.Descendants("member").FirstOrDefault(m => (string?)m.Attribute("name") == "T:" + type.FullName);
                if (member?.Element("remarks") is null || !member.Element("remarks")!.Value.Contains("derive", StringComparison.OrdinalIgnoreCase))
                {
                    offenders.Add(type.FullName!);
                }
            }
        }

        offenders.Should().BeEmpty("a public class is sealed, static, or explains in <remarks> how to derive from it");
    }

    [Fact]
    public void PublicTypes_CarryMutabilityMarker()
    {
        var offenders = PackageCatalog.Libraries
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => (t.IsClass && !IsStatic(t) && !typeof(Attribute).IsAssignableFrom(t) && !typeof(Exception).IsAssignableFrom(t)) || (t.IsValueType && !t.IsEnum))
            .Where(t => !t.GetCustomAttributes(inherit: false).Any(a => a.GetType().Name is "ImmutableAttribute" or "MutableAttribute"))
            .Select(t => t.FullName)
            .ToArray();
        offenders.Should().BeEmpty("every public class and struct carries an internal [Immutable] or [Mutable] marker");
    }

    [Fact]
    public void ImmutableTypes_HaveNoPublicSetters()
    {
        var offenders = PackageCatalog.Libraries
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => t.GetCustomAttributes(inherit: false).Any(a => a.GetType().Name == "ImmutableAttribute"))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true } && !IsInitOnly(p))
                .Select(p => $"{t.FullName}.{p.Name}"))
            .ToArray();
        offenders.Should().BeEmpty("an [Immutable] type has no public setters");
    }

    internal static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RelationshipKit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("RelationshipKit.sln not found above the test output directory.");
    }

    private static bool IsStatic(Type type) => type.IsAbstract && type.IsSealed;

    private static bool IsInitOnly(PropertyInfo property) =>
        property.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    private static XDocument LoadDocs(Assembly assembly)
    {
        var path = Path.ChangeExtension(assembly.Location, ".xml");
        File.Exists(path).Should().BeTrue($"{assembly.GetName().Name} must ship its XML documentation");
        return XDocument.Load(path);
    }
}
