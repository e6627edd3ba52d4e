using RelationshipKit.Lifecycle.Graph;
using RelationshipKit.Lifecycle.Internal;

namespace RelationshipKit.Lifecycle;

/// <content>Introspection.</content>
public sealed partial class LifecycleDefinition<TStage, TTrigger>
{
    /// <summary>Describes the definition as plain data: stages (with parents, effects and blocks) and declared transitions (with guards and argument types).</summary>
    /// <returns>The description, for <see cref="MermaidGraph"/>, <see cref="DotGraph"/> or documentation.</returns>
    public LifecycleInfo Describe()
    {
        var stages = _configured.Select(stage => new StageInfo(
            stage.Name,
            stage.Parent < 0 ? null : EnumTable<TStage>.Names[stage.Parent],
            EqualityComparer<TStage>.Default.Equals(stage.Stage, _initial),
            stage.Terminal,
            stage.Description,
            [.. stage.Entry.Select(e => e.Description)],
            [.. stage.Exit.Select(e => e.Description)],
            [.. _declaredBlocks.Where(b => EqualityComparer<TStage>.Default.Equals(b.Stage, stage.Stage)).Select(b => EnumTable<TTrigger>.NameOf(b.Trigger))]));
        var transitions = _declaredRules.Select(pair => new TransitionInfo(
            EnumTable<TStage>.NameOf(pair.From),
            EnumTable<TStage>.NameOf(pair.Rule.Kind is TransitionKind.Reentry or TransitionKind.Internal ? pair.From : pair.Rule.Destination),
            EnumTable<TTrigger>.NameOf(pair.Rule.Trigger),
            pair.Rule.Kind switch
            {
                TransitionKind.Reentry => HistoryEntryKind.Reentry,
                TransitionKind.Internal => HistoryEntryKind.Internal,
                TransitionKind.WinBack => HistoryEntryKind.WinBack,
                _ => HistoryEntryKind.Transition,
            },
            pair.Rule.Description,
            ArgumentTypeOf(pair.Rule.Trigger)?.Name));
        return new LifecycleInfo(_name, _version, EnumTable<TStage>.NameOf(_initial), [.. stages], [.. transitions]);
    }
}
