using System.CommandLine;

namespace RelationshipKit.Cli.Commands.Lifecycle;

/// <summary><c>relationshipkit lifecycle …</c>: the relationship lifecycle presets as diagrams, and customers placed in the funnel.</summary>
internal static class LifecycleCommand
{
    public static Command Create()
    {
        var command = new Command("lifecycle", "Relationship lifecycles: draw a preset (graph) or place customers in the customer-journey funnel from purchase data (classify), check a history file (verify).");
        command.Subcommands.Add(LifecycleGraphCommand.Create());
        command.Subcommands.Add(LifecycleClassifyCommand.Create());
        command.Subcommands.Add(LifecycleVerifyCommand.Create());
        return command;
    }
}
