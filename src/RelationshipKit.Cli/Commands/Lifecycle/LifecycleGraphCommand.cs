using System.CommandLine;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Lifecycle.Graph;
using RelationshipKit.Lifecycle.Presets;

namespace RelationshipKit.Cli.Commands.Lifecycle;

/// <summary><c>relationshipkit lifecycle graph --preset sources|dwyer|funnel --format mermaid|dot</c>: a preset's diagram.</summary>
internal static class LifecycleGraphCommand
{
    private static readonly string[] Presets = ["sources", "dwyer", "funnel"];

    public static Command Create()
    {
        var preset = new Option<string>("--preset")
        {
            HelpName = string.Join("|", Presets),
            Description = "The lifecycle: sources (seed 002's order, the default), dwyer (Dwyer, Schurr & Oh 1987) or funnel (the customer journey).",
            DefaultValueFactory = _ => "sources",
        };
        preset.AcceptOnlyFromAmong(Presets);
        var format = CommonOptions.Format(OutputFormat.Mermaid, OutputFormat.Dot);
        var direction = new Option<string>("--direction")
        {
            HelpName = "tb|lr",
            Description = "Layout direction: tb (top to bottom, the default) or lr (left to right).",
            DefaultValueFactory = _ => "tb",
        };
        direction.AcceptOnlyFromAmong("tb", "lr");
        var output = new Option<FileInfo?>("--output") { Description = "Write the diagram to this file instead of stdout." };
        var command = new Command("graph", "Print a lifecycle preset as a Mermaid state diagram or a Graphviz DOT digraph (guards in brackets, substages as subgraphs).");
        command.Options.Add(preset);
        command.Options.Add(format);
        command.Options.Add(direction);
        command.Options.Add(output);
        command.SetAction(parseResult =>
        {
            var info = parseResult.GetValue(preset) switch
            {
                "dwyer" => LifecyclePresets.Dwyer().Describe(),
                "funnel" => LifecyclePresets.Funnel().Describe(),
                _ => LifecyclePresets.Sources().Describe(),
            };
            var layout = parseResult.GetValue(direction) == "lr" ? GraphDirection.LeftToRight : GraphDirection.TopToBottom;
            var text = parseResult.GetValue(format) == OutputFormat.Dot ? DotGraph.Format(info, layout) : MermaidGraph.Format(info, layout);
            OutputTarget.Write(parseResult.GetValue(output)?.FullName, parseResult.InvocationConfiguration.Output, text);
            return ExitCodes.Success;
        });
        return command;
    }
}
