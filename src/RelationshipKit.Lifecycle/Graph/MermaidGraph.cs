using System.Text;

namespace RelationshipKit.Lifecycle.Graph;

/// <summary>
/// Formats a described lifecycle as a Mermaid state diagram (<c>stateDiagram-v2</c>): substages as composite
/// states, guards in brackets on the edge labels, typed triggers with their argument type, terminal stages
/// leading to the end marker.
/// </summary>
/// <remarks>A pure function of its input; the output is stable (snapshot-tested) and uses LF line endings.</remarks>
public static class MermaidGraph
{
    /// <summary>Formats <paramref name="info"/> as Mermaid text.</summary>
    /// <param name="info">The description, from <see cref="LifecycleDefinition{TStage, TTrigger}.Describe"/>.</param>
    /// <param name="direction">The layout direction.</param>
    /// <returns>The diagram, ending with a line feed.</returns>
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
        builder.Append("---\ntitle: ").Append(Escape(info.Name)).Append(" v").Append(info.Version).Append("\n---\n");
        builder.Append("stateDiagram-v2\n");
        builder.Append("    direction ").Append(direction == GraphDirection.LeftToRight ? "LR" : "TB").Append('\n');
        builder.Append("    [*] --> ").Append(info.InitialStage).Append('\n');
        foreach (var stage in GraphLabels.Children(info, null))
        {
            AppendStage(builder, info, stage, 1);
        }

        foreach (var transition in info.Transitions)
        {
            builder.Append("    ").Append(transition.From).Append(" --> ").Append(transition.To)
                .Append(" : ").Append(Escape(GraphLabels.Edge(transition))).Append('\n');
        }

        foreach (var stage in info.Stages.Where(s => s.IsTerminal))
        {
            builder.Append("    ").Append(stage.Name).Append(" --> [*]\n");
        }

        return builder.ToString();
    }

    private static void AppendStage(StringBuilder builder, LifecycleInfo info, StageInfo stage, int depth)
    {
        var indent = new string(' ', depth * 4);
        var children = GraphLabels.Children(info, stage.Name).ToList();
        if (children.Count == 0)
        {
            if (depth > 1)
            {
                builder.Append(indent).Append(stage.Name).Append('\n');
            }

            return;
        }

        builder.Append(indent).Append("state ").Append(stage.Name).Append(" {\n");
        foreach (var child in children)
        {
            AppendStage(builder, info, child, depth + 1);
        }

        builder.Append(indent).Append("}\n");
    }

    /// <summary>Replaces the characters Mermaid reads as syntax in labels with its entity codes.</summary>
    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                ';' or '#' or '<' or '>' or '{' or '}' or '"' or ':' or '%' => builder.Append('#').Append((int)c).Append(';'),
                '\n' or '\r' => builder.Append(' '),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
