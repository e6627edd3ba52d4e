using System.Collections;
using System.Collections.Immutable;

namespace RelationshipKit.Lifecycle;

/// <summary>
/// Represents a snapshot of one relationship's append-only, hash-chained history, oldest entry first.
/// </summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>
/// <para><see cref="Verify"/> checks the chain (sequences 1, 2, 3, ..., each entry's hash, each previous hash,
/// instants never going back); <see cref="LifecycleDefinition{TStage, TTrigger}.Replay"/> also checks that the
/// definition allows every step. A removed last entry leaves a valid chain: compare <see cref="Count"/> with the
/// stored state's version (the store contract does).</para>
/// <para>This type is immutable and thread-safe. <see cref="Append"/> copies the entries (O(n)); stores keep their own
/// append-only storage and hand out snapshots.</para>
/// </remarks>
[Immutable]
public sealed class LifecycleHistory<TStage, TTrigger> : IReadOnlyList<LifecycleHistoryEntry<TStage, TTrigger>>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    /// <summary>Initializes a new <see cref="LifecycleHistory{TStage, TTrigger}"/> from entries, oldest first (copied).</summary>
    /// <param name="entries">The entries.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="entries"/> or one of them is null.</exception>
    public LifecycleHistory(IEnumerable<LifecycleHistoryEntry<TStage, TTrigger>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = [.. entries];
        for (var i = 0; i < Entries.Length; i++)
        {
            if (Entries[i] is null)
            {
                throw new ArgumentNullException(nameof(entries), $"entries must not contain null; entry {i} was null.");
            }
        }
    }

    private LifecycleHistory(ImmutableArray<LifecycleHistoryEntry<TStage, TTrigger>> entries, bool trusted) => Entries = entries;

    /// <summary>Gets the entries, oldest first.</summary>
    public ImmutableArray<LifecycleHistoryEntry<TStage, TTrigger>> Entries { get; }

    /// <summary>Gets the number of entries.</summary>
    public int Count => Entries.Length;

    /// <summary>Gets the newest entry, or null when the history is empty.</summary>
    public LifecycleHistoryEntry<TStage, TTrigger>? Last => Entries.IsEmpty ? null : Entries[^1];

    /// <summary>Gets the entry at <paramref name="index"/> (0-based).</summary>
    /// <param name="index">The position.</param>
    /// <returns>The entry.</returns>
    public LifecycleHistoryEntry<TStage, TTrigger> this[int index] => Entries[index];

    /// <summary>Returns a new history with <paramref name="entry"/> appended (the entries are copied).</summary>
    /// <param name="entry">The entry; its sequence must follow the last one and its previous hash must be the last one's hash.</param>
    /// <returns>The longer history.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="entry"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="entry"/> does not continue the chain.</exception>
    public LifecycleHistory<TStage, TTrigger> Append(LifecycleHistoryEntry<TStage, TTrigger> entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var expectedSequence = Count + 1L;
        var expectedPrevious = Last?.Hash ?? default;
        if (entry.Sequence != expectedSequence || entry.PreviousHash != expectedPrevious)
        {
            throw new ArgumentException(
                $"entry must continue the chain (sequence {expectedSequence}, previous hash {expectedPrevious}); was sequence {entry.Sequence}, previous hash {entry.PreviousHash}.",
                nameof(entry));
        }

        return new(Entries.Add(entry), trusted: true);
    }

    /// <summary>Checks the hash chain: contiguous sequences from 1, one customer and definition, every entry's hash,
    /// every previous hash, and instants that never go back.</summary>
    /// <returns>Null when the chain is intact; otherwise the first bad entry.</returns>
    public HistoryProblem? Verify()
    {
        for (var i = 0; i < Entries.Length; i++)
        {
            var entry = Entries[i];
            var problem = Check(i, entry);
            if (problem is not null)
            {
                return new HistoryProblem(i, entry.Sequence, $"Entry {i + 1} (sequence {entry.Sequence}, event '{entry.EventId}'): {problem}.");
            }
        }

        return null;
    }

    /// <inheritdoc />
    public IEnumerator<LifecycleHistoryEntry<TStage, TTrigger>> GetEnumerator() => ((IEnumerable<LifecycleHistoryEntry<TStage, TTrigger>>)Entries).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private string? Check(int index, LifecycleHistoryEntry<TStage, TTrigger> entry)
    {
        if (entry.Sequence != index + 1L)
        {
            return $"sequence must be {index + 1} (versions must be contiguous); was {entry.Sequence}";
        }

        if (index == 0)
        {
            if (!entry.PreviousHash.IsZero)
            {
                return "the first entry must have a zero previous hash";
            }
        }
        else
        {
            var previous = Entries[index - 1];
            if (entry.CustomerId != previous.CustomerId)
            {
                return $"customer must be '{previous.CustomerId}' like the entries before; was '{entry.CustomerId}'";
            }

            if (!string.Equals(entry.DefinitionName, previous.DefinitionName, StringComparison.Ordinal))
            {
                return $"definition must be \"{previous.DefinitionName}\" like the entries before; was \"{entry.DefinitionName}\"";
            }

            if (entry.PreviousHash != previous.Hash)
            {
                return "its previous hash is not the hash of entry " + index + " (the chain is broken: an entry was edited, removed or inserted)";
            }

            if (entry.At < previous.At)
            {
                return $"its instant {entry.At} is before the previous entry's {previous.At} (instants must not go back)";
            }

            if (entry.DefinitionVersion < previous.DefinitionVersion)
            {
                return $"its definition version {entry.DefinitionVersion} is below the previous entry's {previous.DefinitionVersion}";
            }
        }

        return entry.CheckIntegrity();
    }
}
