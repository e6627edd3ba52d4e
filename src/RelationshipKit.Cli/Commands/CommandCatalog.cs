using System.CommandLine;

namespace RelationshipKit.Cli.Commands;

/// <summary>The list of top-level commands; each feature adds its own factory here.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create()
    {
        yield return AnalyzeCommand.Create();
        yield return BondsCommand.Create();
    }
}
