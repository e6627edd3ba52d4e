using System.Text;

namespace RelationshipKit.Lifecycle.Graph;

/// <summary>The label text shared by the Mermaid and DOT formats.</summary>
internal static class GraphLabels
{
    internal static string Edge(TransitionInfo transition)
    {
        var builder = new StringBuilder(transition.Trigger);
        if (transition.ArgumentType is not null)
        {
            builder.Append('(').Append(transition.ArgumentType).Append(')');
        }

        if (transition.Guard is not null)
        {
            builder.Append(" [").Append(transition.Guard).Append(']');
        }

        switch (transition.Kind)
        {
            case HistoryEntryKind.Internal:
                builder.Append(" (internal)");
                break;
            case HistoryEntryKind.Reentry:
                builder.Append(" (re-entry)");
                break;
            case HistoryEntryKind.WinBack:
                builder.Append(" (new episode)");
                break;
        }

        return builder.ToString();
    }

    /// <summary>The stages whose parent is <paramref name="parent"/> (null: top-level), in configuration order.</summary>
    internal static IEnumerable<StageInfo> Children(LifecycleInfo info, string? parent) =>
        info.Stages.Where(s => string.Equals(s.Parent, parent, StringComparison.Ordinal));
}
