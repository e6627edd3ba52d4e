using System.Text;

namespace RelationshipKit.Lifecycle.Graph;

/// <summary>
/// Formats a described lifecycle as a Graphviz DOT digraph: substages in clusters, guards in brackets on the edge
/// labels, internal transitions dashed, win-backs bold, terminal stages with a double border.
/// </summary>
/// <remarks>A pure function of its input; the output is stable (snapshot-tested) and uses LF line endings.</remarks>
public static class DotGraph
{
    /// <summary>Formats <paramref name="info"/> as DOT text.</summary>
    /// <param name="info">The description, from <see cref="LifecycleDefinition{TStage, TTrigger}.Describe"/>.</param>
    /// <param name="direction">The layout direction.</param>
    /// <returns>The digraph, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="info"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="direction"/> is not a defined value.</exception>
    public static string Format(LifecycleInfo info, GraphDirection direction = GraphDirection.TopToBottom)
    {
        ArgumentNullException.ThrowIfNull(info);
        if (!Enum.IsDefined(direction))
        {
            throw new ArgumentOutOfRangeException(nameof(direction), direction, $"direction must be a defined GraphDirection value; was {direction}.");
        }

        var builder = new StringBuilder();
        builder.Append("digraph ").Append(Quote(info.Name + " v" + info.Version)).Append(" {\n");
        builder.Append("    rankdir=").Append(direction == GraphDirection.LeftToRight ? "LR" : "TB").Append(";\n");
        builder.Append("    compound=true;\n");
        builder.Append("    node [shape=box, style=rounded];\n");
        builder.Append("    \"[*]\" [shape=point, width=0.15];\n");
        foreach (var stage in GraphLabels.Children(info, null))
        {
            AppendStage(builder, info, stage, 1);
        }

        builder.Append("    \"[*]\" -> ").Append(Quote(info.InitialStage)).Append(";\n");
        foreach (var transition in info.Transitions)
        {
            builder.Append("    ").Append(Quote(transition.From)).Append(" -> ").Append(Quote(transition.To))
                .Append(" [label=").Append(Quote(GraphLabels.Edge(transition)));
            if (transition.Kind == HistoryEntryKind.Internal)
            {
                builder.Append(", style=dashed");
            }
            else if (transition.Kind == HistoryEntryKind.WinBack)
            {
                builder.Append(", style=bold");
            }

            builder.Append("];\n");
        }

        builder.Append("}\n");
        return builder.ToString();
    }

    private static void AppendStage(StringBuilder builder, LifecycleInfo info, StageInfo stage, int depth)
    {
        var indent = new string(' ', depth * 4);
        var children = GraphLabels.Children(info, stage.Name).ToList();
        if (children.Count > 0)
        {
            builder.Append(indent).Append("subgraph ").Append(Quote("cluster_" + stage.Name)).Append(" {\n");
            builder.Append(indent).Append("    label=").Append(Quote(stage.Name)).Append(";\n");
            AppendNode(builder, stage, indent + "    ");
            foreach (var child in children)
            {
                AppendStage(builder, info, child, depth + 1);
            }

            builder.Append(indent).Append("}\n");
            return;
        }

        AppendNode(builder, stage, indent);
    }

    private static void AppendNode(StringBuilder builder, StageInfo stage, string indent)
    {
        builder.Append(indent).Append(Quote(stage.Name));
        if (stage.IsTerminal)
        {
            builder.Append(" [peripheries=2]");
        }

        builder.Append(";\n");
    }

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
