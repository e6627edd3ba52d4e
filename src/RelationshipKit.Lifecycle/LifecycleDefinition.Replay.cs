using RelationshipKit.Lifecycle.Internal;

namespace RelationshipKit.Lifecycle;

/// <content>Rebuilding a state from a history.</content>
public sealed partial class LifecycleDefinition<TStage, TTrigger>
{
    /// <summary>
    /// Rebuilds a relationship's state from its history and rejects a history that this definition does not allow,
    /// naming the first bad entry: a transition that does not exist, versions that are not contiguous, instants going
    /// back, a broken hash chain, an edited entry, another customer or definition.
    /// </summary>
    /// <param name="history">The history, oldest entry first.</param>
    /// <returns>The rebuilt state, or the first bad entry.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="history"/> is null.</exception>
    /// <remarks>
    /// <para>Guards are not re-evaluated: their inputs (the trigger's argument, the facts they read) are not stored,
    /// only a summary of the argument. Replay checks that each step is one the definition permits from the stage it
    /// left, with the destination and kind it declares.</para>
    /// <para>Steps written by an older version of the definition are checked for the chain, the order and the stages
    /// (through the declared migration) but not against today's transitions, which they were not written under.</para>
    /// </remarks>
    public ReplayResult<TStage> Replay(LifecycleHistory<TStage, TTrigger> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count == 0)
        {
            return new ReplayResult<TStage>(default, new HistoryProblem(0, 0, "The history is empty; a relationship's history starts with a Started or Imported entry."));
        }

        var chainProblem = history.Verify();
        if (chainProblem is not null)
        {
            return new ReplayResult<TStage>(default, chainProblem);
        }

        RelationshipState<TStage> state = default;
        for (var i = 0; i < history.Count; i++)
        {
            var entry = history[i];
            var problem = Step(i, entry, ref state);
            if (problem is not null)
            {
                return new ReplayResult<TStage>(default, new HistoryProblem(i, entry.Sequence, $"Entry {i + 1} (sequence {entry.Sequence}, event '{entry.EventId}'): {problem}."));
            }
        }

        return new ReplayResult<TStage>(state, null);
    }

    private string? Step(int index, LifecycleHistoryEntry<TStage, TTrigger> entry, ref RelationshipState<TStage> state)
    {
        if (!string.Equals(entry.DefinitionName, _name, StringComparison.Ordinal))
        {
            return $"it belongs to definition \"{entry.DefinitionName}\", not \"{_name}\"";
        }

        if (entry.DefinitionVersion > _version)
        {
            return $"it was written by version {entry.DefinitionVersion}, newer than this definition's version {_version}";
        }

        if (Model(entry.To) is null)
        {
            return $"stage {EnumTable<TStage>.NameOf(entry.To)} is not configured in this definition";
        }

        if (index == 0)
        {
            if (entry.Kind == HistoryEntryKind.Started && !EqualityComparer<TStage>.Default.Equals(entry.To, _initial) && entry.DefinitionVersion == _version)
            {
                return $"a Started entry must be at the initial stage {EnumTable<TStage>.NameOf(_initial)}; was {entry.ToName}";
            }

            if (entry.Kind is not (HistoryEntryKind.Started or HistoryEntryKind.Imported))
            {
                return $"the first entry must be Started or Imported; was {entry.Kind}";
            }

            if (entry.Episode != 1)
            {
                return $"the first entry must be episode 1; was {entry.Episode}";
            }

            state = new RelationshipState<TStage>(entry.CustomerId, _name, _version, entry.To, 1, 1, entry.At, entry.At, entry.EventId, trusted: true);
            return null;
        }

        if (entry.Kind is HistoryEntryKind.Started or HistoryEntryKind.Imported)
        {
            return $"a {entry.Kind} entry may only come first";
        }

        if (entry.From is not { } from || !EqualityComparer<TStage>.Default.Equals(from, state.Stage))
        {
            return $"it leaves {entry.FromName ?? "nothing"}, but the relationship was in {EnumTable<TStage>.NameOf(state.Stage)}";
        }

        var expectedEpisode = entry.Kind == HistoryEntryKind.WinBack ? state.Episode + 1 : state.Episode;
        if (entry.Episode != expectedEpisode)
        {
            return $"its episode must be {expectedEpisode}; was {entry.Episode}";
        }

        if (entry.DefinitionVersion == _version)
        {
            if (entry.Trigger is not { } trigger)
            {
                return $"trigger \"{entry.TriggerName}\" is not a member of {typeof(TTrigger).Name}";
            }

            var behaviour = BehaviourOf(EnumTable<TStage>.IndexOf(from), EnumTable<TTrigger>.IndexOf(trigger));
            var allowed = behaviour is { Blocked: false }
                && Array.Exists(behaviour.Rules, r => r.EntryKind == entry.Kind && EqualityComparer<TStage>.Default.Equals(r.Destination, entry.To));
            if (!allowed)
            {
                return $"{entry.FromName} permits no {entry.Kind} to {entry.ToName} for {entry.TriggerName} in \"{_name}\" v{_version}";
            }
        }

        var enteredAt = entry.Kind == HistoryEntryKind.Internal ? state.EnteredAt : entry.At;
        state = new RelationshipState<TStage>(entry.CustomerId, _name, _version, entry.To, entry.Sequence, entry.Episode, enteredAt, entry.At, entry.EventId, trusted: true);
        return null;
    }
}
