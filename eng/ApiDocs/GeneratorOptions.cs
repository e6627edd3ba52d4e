namespace RelationshipKit.ApiDocs;

/// <summary>The command line of the generator.</summary>
internal sealed class GeneratorOptions
{
    public const string Usage = """
        Usage: dotnet run --project eng/ApiDocs -c Release [-- options]

        Generates docs/api/*.md from src/*/bin/<configuration>/<framework>/<Library>.dll and .xml
        (every src/* project that is not an executable). Build the libraries first:
        dotnet build RelationshipKit.sln -c Release

          --repo <dir>             repository root (default: the first parent of the current directory with RelationshipKit.sln)
          --output <dir>           where the pages go (default: <repo>/docs/api)
          --configuration <name>   build configuration to read (default: Release)
          --framework <tfm>        target framework to read (default: net10.0)
          --assembly <dll>         document this assembly (its .xml beside it) instead of discovering src/*; repeatable
          --strict                 exit 1 when a public member has no documentation
          --help                   show this text
        """;

    private GeneratorOptions(string repositoryRoot, string outputDirectory, string configuration, string framework, IReadOnlyList<string> assemblies, bool strict, bool showHelp)
    {
        RepositoryRoot = repositoryRoot;
        OutputDirectory = outputDirectory;
        Configuration = configuration;
        Framework = framework;
        Assemblies = assemblies;
        Strict = strict;
        ShowHelp = showHelp;
    }

    public string RepositoryRoot { get; }

    public string OutputDirectory { get; }

    public string Configuration { get; }

    public string Framework { get; }

    public IReadOnlyList<string> Assemblies { get; }

    public bool Strict { get; }

    public bool ShowHelp { get; }

    public static GeneratorOptions Parse(IReadOnlyList<string> args)
    {
        string? repo = null;
        string? output = null;
        var configuration = "Release";
        var framework = "net10.0";
        var assemblies = new List<string>();
        var strict = false;
        var help = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--repo":
                    repo = Value(args, ref i);
                    break;
                case "--output":
                    output = Value(args, ref i);
                    break;
                case "--configuration" or "-c":
                    configuration = Value(args, ref i);
                    break;
                case "--framework" or "-f":
                    framework = Value(args, ref i);
                    break;
                case "--assembly":
                    assemblies.Add(Path.GetFullPath(Value(args, ref i)));
                    break;
                case "--strict":
                    strict = true;
                    break;
                case "--help" or "-h":
                    help = true;
                    break;
                default:
                    throw new GeneratorException($"unknown argument \"{args[i]}\"; run with --help for usage.");
            }
        }

        var root = Path.GetFullPath(repo ?? FindRepositoryRoot(Directory.GetCurrentDirectory()));
        var outputDirectory = Path.GetFullPath(output ?? Path.Combine(root, "docs", "api"));
        return new GeneratorOptions(root, outputDirectory, configuration, framework, assemblies, strict, help);
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count)
        {
            throw new GeneratorException($"{args[i]} needs a value; run with --help for usage.");
        }

        i++;
        return args[i];
    }

    private static string FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RelationshipKit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new GeneratorException($"RelationshipKit.sln was not found above {start}; pass --repo.");
    }
}
