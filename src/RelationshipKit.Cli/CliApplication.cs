using System.CommandLine;
using System.Reflection;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using RelationshipKit.Cli.Commands;
using RelationshipKit.Cli.Infrastructure;

namespace RelationshipKit.Cli;

/// <summary>Builds the command tree and runs it, mapping errors to the documented exit codes.</summary>
internal static class CliApplication
{
    /// <summary>The name users type, shown in help and usage lines.</summary>
    public const string ToolName = "relationshipkit";

    /// <summary>Creates the root command with every sub-command.</summary>
    /// <remarks>
    /// The root is a plain <see cref="Command"/> named <see cref="ToolName"/>, not a <see cref="RootCommand"/>: a
    /// RootCommand takes its name from the entry assembly (<c>RelationshipKit.Cli</c>, or the test host in-process),
    /// so help would print <c>Usage: RelationshipKit.Cli …</c> instead of the command users type. The options a
    /// RootCommand adds (help, version) are added here.
    /// </remarks>
    public static Command CreateRootCommand()
    {
        var root = new Command(ToolName, "relationshipkit: model customer relationships (bonds, benefits, relationship types) and customer lifetime value.");
        root.Options.Add(new HelpOption());

        // The built-in --version reads the entry assembly, which is the test host when the tool runs in-process.
        root.Options.Add(new VersionOption { Action = new PrintVersionAction() });
        foreach (var command in CommandCatalog.Create())
        {
            root.Subcommands.Add(command);
        }

        // Help shows "--input <file>" rather than repeating the option name ("--input <input>").
        foreach (var option in Descendants(root).SelectMany(c => c.Options).Where(o => o.ValueType == typeof(FileInfo) && o.HelpName is null))
        {
            option.HelpName = "file";
        }

        return root;
    }

    private static IEnumerable<Command> Descendants(Command command) =>
        command.Subcommands.SelectMany(Descendants).Prepend(command);

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
        catch (CsvFormatException ex)
        {
            // The library's readers name the file (as given on the command line), the line, the column and the rule.
            error.WriteLine($"error: {CliInput.Describe(ex)}");
            return ExitCodes.BadInput;
        }
        catch (ArgumentException ex)
        {
            // Library guards reject out-of-domain values with a message naming the argument, rule and value.
            error.WriteLine($"error: {LibraryErrors.FirstSentence(ex.Message)}");
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
