namespace RelationshipKit.Lifecycle.Internal;

/// <summary>
/// The in-memory store's history entries for all customers, appended into fixed-size chunks of
/// <see cref="StoredEntry{TStage, TTrigger}"/> structs; each entry links to its customer's previous entry. Kept this
/// way, a retained entry is one array element of about 100 bytes instead of an object of about 220 bytes plus a list
/// slot, and the garbage collector has one chunk to move instead of a thousand entries.
/// </summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>
/// Indexes are handed out atomically, so writers on different customers append concurrently. An element is written
/// and read only under its customer's lock in the store, which orders the element's write before any read of it.
/// </remarks>
internal sealed class EntryArena<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    private const int ChunkShift = 9;
    private const int ChunkSize = 1 << ChunkShift;
    private const int ChunkMask = ChunkSize - 1;

    private readonly object _gate = new();
    private StoredEntry<TStage, TTrigger>[]?[] _chunks = new StoredEntry<TStage, TTrigger>[]?[4];
    private long _count;

    /// <summary>Gets the entry at <paramref name="index"/> (an index <see cref="Add"/> returned).</summary>
    internal ref StoredEntry<TStage, TTrigger> this[int index] => ref Volatile.Read(ref _chunks)[index >> ChunkShift]![index & ChunkMask];

    /// <summary>Returns the hash an entry appended after the entry at <paramref name="index"/> chains to: that entry's hash,
    /// or zero when <paramref name="index"/> is -1 (no entry before).</summary>
    internal LifecycleHash HashOf(int index) => index >= 0 ? this[index].Hash : default;

    /// <summary>Appends <paramref name="entry"/>, linked to the customer's entry at <paramref name="previous"/> (-1 for none).</summary>
    /// <returns>The new entry's index.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the store already holds 2,147,483,647 entries.</exception>
    internal int Add(LifecycleHistoryEntry<TStage, TTrigger> entry, int previous)
    {
        var next = Interlocked.Increment(ref _count) - 1;
        if (next >= int.MaxValue)
        {
            throw new InvalidOperationException($"The in-memory lifecycle store holds {int.MaxValue:N0} history entries, its limit; use a database store.");
        }

        var index = (int)next;
        var chunk = index >> ChunkShift;
        var chunks = Volatile.Read(ref _chunks);
        if (chunk >= chunks.Length || chunks[chunk] is null)
        {
            chunks = Grow(chunk);
        }

        chunks[chunk]![index & ChunkMask] = StoredEntry<TStage, TTrigger>.Of(entry, previous);
        return index;
    }

    private StoredEntry<TStage, TTrigger>[]?[] Grow(int chunk)
    {
        lock (_gate)
        {
            var chunks = _chunks;
            if (chunk >= chunks.Length)
            {
                Array.Resize(ref chunks, Math.Max(chunk + 1, chunks.Length * 2));
            }

            chunks[chunk] ??= new StoredEntry<TStage, TTrigger>[ChunkSize];
            Volatile.Write(ref _chunks, chunks);
            return chunks;
        }
    }
}
