using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RelationshipKit.ApiDocs;

/// <summary>
/// Finds the libraries to document: every <c>src/*/*.csproj</c> that is not an executable (the CLI is a tool, not an
/// API), built for the chosen configuration and framework, and the files that resolve their references.
/// </summary>
/// <remarks>
/// A library's build output does not contain its NuGet dependencies (NodaTime, ...), so their reference assemblies
/// are taken from the project's <c>obj/project.assets.json</c>, which records where restore put them.
/// </remarks>
internal static partial class LibraryLocator
{
    public static LibraryInputs Locate(GeneratorOptions options)
    {
        var libraries = options.Assemblies.Count > 0
            ? options.Assemblies.Select(FromAssemblyPath).ToList()
            : Discover(options);
        if (libraries.Count == 0)
        {
            throw new GeneratorException($"no library project was found under {Path.Combine(options.RepositoryRoot, "src")}.");
        }

        var references = new List<string>();
        references.AddRange(libraries.Select(l => l.AssemblyPath));
        foreach (var directory in libraries.Select(l => Path.GetDirectoryName(l.AssemblyPath)!).Distinct(StringComparer.Ordinal))
        {
            references.AddRange(Directory.GetFiles(directory, "*.dll").Order(StringComparer.Ordinal));
        }

        if (options.Assemblies.Count == 0)
        {
            foreach (var project in LibraryProjects(options.RepositoryRoot))
            {
                references.AddRange(PackageReferenceAssemblies(Path.Combine(Path.GetDirectoryName(project)!, "obj", "project.assets.json"), options.Framework));
            }
        }

        references.AddRange(Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll").Order(StringComparer.Ordinal));

        // One file per assembly name: the first found wins (the libraries, then packages, then the runtime).
        var unique = references
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First())
            .ToList();
        return new LibraryInputs(libraries, unique);
    }

    private static List<LibraryInput> Discover(GeneratorOptions options)
    {
        var result = new List<LibraryInput>();
        foreach (var project in LibraryProjects(options.RepositoryRoot))
        {
            var text = File.ReadAllText(project);
            var name = AssemblyNameElement().Match(text) is { Success: true } m ? m.Groups[1].Value.Trim() : Path.GetFileNameWithoutExtension(project);
            var output = Path.Combine(Path.GetDirectoryName(project)!, "bin", options.Configuration, options.Framework);
            var assembly = Path.Combine(output, name + ".dll");
            var documentation = Path.Combine(output, name + ".xml");
            if (!File.Exists(assembly) || !File.Exists(documentation))
            {
                throw new GeneratorException(
                    $"{Path.GetRelativePath(options.RepositoryRoot, assembly)} or its .xml is missing; build first: dotnet build RelationshipKit.sln -c {options.Configuration}");
            }

            result.Add(new LibraryInput(name, assembly, documentation));
        }

        return result;
    }

    /// <summary>Lists <c>src/*/*.csproj</c> that are libraries (no <c>OutputType</c> Exe), in ordinal order.</summary>
    private static List<string> LibraryProjects(string root)
    {
        var src = Path.Combine(root, "src");
        if (!Directory.Exists(src))
        {
            return [];
        }

        return Directory.GetDirectories(src)
            .SelectMany(d => Directory.GetFiles(d, "*.csproj"))
            .Where(p => !ExecutableOutput().IsMatch(File.ReadAllText(p)))
            .OrderBy(Path.GetFileNameWithoutExtension, StringComparer.Ordinal)
            .ToList();
    }

    private static LibraryInput FromAssemblyPath(string assembly)
    {
        var documentation = Path.ChangeExtension(assembly, ".xml");
        if (!File.Exists(assembly) || !File.Exists(documentation))
        {
            throw new GeneratorException($"{assembly} or {documentation} does not exist.");
        }

        return new LibraryInput(Path.GetFileNameWithoutExtension(assembly), assembly, documentation);
    }

    /// <summary>Reads the compile-time assemblies of the packages restored for <paramref name="framework"/>.</summary>
    private static IEnumerable<string> PackageReferenceAssemblies(string assetsFile, string framework)
    {
        if (!File.Exists(assetsFile))
        {
            yield break;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(assetsFile));
        var root = document.RootElement;
        var folders = root.GetProperty("packageFolders").EnumerateObject().Select(p => p.Name).ToList();
        if (!root.GetProperty("targets").TryGetProperty(framework, out var target))
        {
            yield break;
        }

        var libraries = root.GetProperty("libraries");
        foreach (var package in target.EnumerateObject())
        {
            if (package.Value.GetProperty("type").GetString() != "package"
                || !package.Value.TryGetProperty("compile", out var compile)
                || !libraries.TryGetProperty(package.Name, out var library))
            {
                continue;
            }

            var packagePath = library.GetProperty("path").GetString()!;
            foreach (var asset in compile.EnumerateObject().Select(a => a.Name).Where(a => a.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
            {
                var file = folders.Select(f => Path.Combine(f, packagePath, asset)).FirstOrDefault(File.Exists);
                if (file is not null)
                {
                    yield return file;
                }
            }
        }
    }

    [GeneratedRegex(@"<AssemblyName>([^<]+)</AssemblyName>")]
    private static partial Regex AssemblyNameElement();

    [GeneratedRegex(@"<OutputType>\s*(Exe|WinExe)\s*</OutputType>", RegexOptions.IgnoreCase)]
    private static partial Regex ExecutableOutput();
}
