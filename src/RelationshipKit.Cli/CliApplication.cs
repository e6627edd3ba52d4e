using System.CommandLine;
using System.Reflection;
using System.CommandLine.Invocation;
using RelationshipKit.Cli.Commands;
using RelationshipKit.Cli.Infrastructure;

namespace RelationshipKit.Cli;

/// <summary>Builds the command tree and runs it, mapping errors to the documented exit codes.</summary>
internal static class CliApplication
{
    /// <summary>Creates the root command with every sub-command.</summary>
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("relationshipkit: model customer relationships (bonds, benefits, relationship types) and customer lifetime value.");
        foreach (var command in CommandCatalog.Create())
        {
            root.Subcommands.Add(command);
        }

        // The built-in --version reads the entry assembly, which is the test host when the tool runs in-process.
        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Action = new PrintVersionAction();
        }

        return root;
    }

    /// <summary>Gets the tool's version: the informational version without the source revision.</summary>
    public static string Version { get; } =
        (typeof(CliApplication).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>Parses and runs <paramref name="args"/>, writing to <paramref name="output"/> and <paramref name="error"/>.</summary>
    /// <returns>0 success, 1 no usable answer, 2 bad usage or input.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = CreateRootCommand();
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0 && parseResult.Action is ParseErrorAction)
        {
            foreach (var parseError in parseResult.Errors)
            {
                error.WriteLine($"error: {parseError.Message}");
            }

            error.WriteLine("Run 'relationshipkit --help' for usage.");
            return ExitCodes.BadInput;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliUsageException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (ArgumentException ex)
        {
            // Library guards reject out-of-domain values with a message naming the argument, rule and value.
            error.WriteLine($"error: {ex.Message}");
            return ExitCodes.BadInput;
        }
    }

    private sealed class PrintVersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return ExitCodes.Success;
        }
    }
}
