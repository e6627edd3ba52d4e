using System.CommandLine;
using RelationshipKit.Cli.Commands.Fit;
using RelationshipKit.Cli.Commands.Lifecycle;
using RelationshipKit.Cli.Commands.Predict;

namespace RelationshipKit.Cli.Commands;

/// <summary>The list of top-level commands; each feature adds its own factory here.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create()
    {
        yield return AnalyzeCommand.Create();
        yield return FitCommand.Create();
        yield return PredictCommand.Create();
        yield return BondsCommand.Create();
        yield return ValueCommand.Create();
        yield return SummarizeCommand.Create();
        yield return CohortsCommand.Create();
        yield return LifecycleCommand.Create();
        yield return IdicPlan.IdicCommand.Create();
    }
}
