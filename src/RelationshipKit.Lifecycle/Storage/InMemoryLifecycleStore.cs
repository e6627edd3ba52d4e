using System.Collections.Concurrent;
using NodaTime;
using RelationshipKit.Lifecycle.Internal;

namespace RelationshipKit.Lifecycle.Storage;

/// <summary>
/// Represents a store that keeps states and histories in memory, with optimistic concurrency (a lock per customer),
/// idempotent writes by event id and erasure of personal data. For tests, single-process applications and as the
/// reference implementation of the store contract.
/// </summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>
/// <para>A batch is validated first and then applied write by write (each under its customer's lock); the store
/// holds no transaction across customers, since nothing in memory survives a crash anyway.</para>
/// <para><see cref="WithDefinition"/> reads the same data under a newer version of the definition, through its declared
/// migrations, as a restarted application would read a database.</para>
/// <para>Entries are kept compactly (about 100 bytes each, plus the event id and any actor, reason and argument
/// summary text) and rebuilt as <see cref="LifecycleHistoryEntry{TStage, TTrigger}"/> objects when read, so an entry
/// read twice is two objects with the same fields, not the same object.</para>
/// <para>This type is thread-safe.</para>
/// </remarks>
[Mutable]
public sealed class InMemoryLifecycleStore<TStage, TTrigger> : ILifecycleStore<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly ConcurrentDictionary<CustomerId, Slot> _slots;
    private readonly EntryArena<TStage, TTrigger> _entries;

    /// <summary>Initializes a new, empty <see cref="InMemoryLifecycleStore{TStage, TTrigger}"/>.</summary>
    /// <param name="definition">The definition the store reads and writes under.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="definition"/> is null.</exception>
    public InMemoryLifecycleStore(LifecycleDefinition<TStage, TTrigger> definition)
        : this(definition, new ConcurrentDictionary<CustomerId, Slot>(), new EntryArena<TStage, TTrigger>())
    {
    }

    private InMemoryLifecycleStore(LifecycleDefinition<TStage, TTrigger> definition, ConcurrentDictionary<CustomerId, Slot> slots, EntryArena<TStage, TTrigger> entries)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Definition = definition;
        _slots = slots;
        _entries = entries;
    }

    /// <inheritdoc />
    public LifecycleDefinition<TStage, TTrigger> Definition { get; }

    /// <summary>Gets the number of customers stored.</summary>
    public int Count => _slots.Count(pair => Volatile.Read(ref pair.Value.Count) > 0);

    /// <summary>Returns a store over the same data that reads and writes under <paramref name="definition"/> (a newer version, with migrations from the older ones).</summary>
    /// <param name="definition">A definition with the same name.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="definition"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="definition"/> has another name.</exception>
    public InMemoryLifecycleStore<TStage, TTrigger> WithDefinition(LifecycleDefinition<TStage, TTrigger> definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (!string.Equals(definition.Name, Definition.Name, StringComparison.Ordinal))
        {
            throw new ArgumentException($"definition must be named \"{Definition.Name}\" like the stored data; was \"{definition.Name}\".", nameof(definition));
        }

        return new InMemoryLifecycleStore<TStage, TTrigger>(definition, _slots, _entries);
    }

    /// <inheritdoc />
    public ValueTask<StateReadResult<TStage>> GetStateAsync(CustomerId customerId, CancellationToken cancellationToken = default)
    {
        LifecycleStoreArguments.CheckCustomer(customerId);
        cancellationToken.ThrowIfCancellationRequested();
        if (!_slots.TryGetValue(customerId, out var slot))
        {
            return new(StateReadResult.NotFound<TStage>());
        }

        lock (slot)
        {
            return new(slot.Count == 0 ? StateReadResult.NotFound<TStage>() : Read(slot));
        }
    }

    /// <inheritdoc />
    public ValueTask<LifecycleHistory<TStage, TTrigger>> GetHistoryAsync(CustomerId customerId, CancellationToken cancellationToken = default)
    {
        LifecycleStoreArguments.CheckCustomer(customerId);
        cancellationToken.ThrowIfCancellationRequested();
        if (!_slots.TryGetValue(customerId, out var slot))
        {
            return new(new LifecycleHistory<TStage, TTrigger>([]));
        }

        lock (slot)
        {
            return new(new LifecycleHistory<TStage, TTrigger>(History(customerId, slot)));
        }
    }

    /// <inheritdoc />
    public ValueTask<LifecycleHistoryEntry<TStage, TTrigger>?> FindEventAsync(CustomerId customerId, LifecycleEventId eventId, CancellationToken cancellationToken = default)
    {
        LifecycleStoreArguments.CheckCustomer(customerId);
        LifecycleStoreArguments.CheckEvent(eventId);
        cancellationToken.ThrowIfCancellationRequested();
        if (!_slots.TryGetValue(customerId, out var slot))
        {
            return new((LifecycleHistoryEntry<TStage, TTrigger>?)null);
        }

        lock (slot)
        {
            var index = slot.IndexOf(_entries, eventId.Value);
            return new(index >= 0 ? ReadEntry(customerId, index) : null);
        }
    }

    /// <inheritdoc />
    public ValueTask<LifecycleWriteResult<TStage, TTrigger>> WriteAsync(LifecycleWrite<TStage, TTrigger> write, CancellationToken cancellationToken = default)
    {
        LifecycleStoreArguments.CheckWrite(write);
        cancellationToken.ThrowIfCancellationRequested();
        return new(Apply(write));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<LifecycleWriteResult<TStage, TTrigger>>> WriteBatchAsync(IReadOnlyList<LifecycleWrite<TStage, TTrigger>> writes, CancellationToken cancellationToken = default)
    {
        LifecycleStoreArguments.CheckWrites(writes);

        cancellationToken.ThrowIfCancellationRequested();
        var results = new LifecycleWriteResult<TStage, TTrigger>[writes.Count];
        for (var i = 0; i < writes.Count; i++)
        {
            results[i] = Apply(writes[i]);
        }

        return new(results);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<RelationshipState<TStage>>> GetInStageLongerThanAsync(TStage stage, Duration duration, Instant now, CancellationToken cancellationToken = default)
    {
        LifecycleStoreArguments.CheckStageQuery(Definition, stage, duration);
        cancellationToken.ThrowIfCancellationRequested();
        var found = new List<RelationshipState<TStage>>();
        foreach (var slot in _slots.Values)
        {
            lock (slot)
            {
                if (slot.Count == 0)
                {
                    continue;
                }

                var read = Read(slot);
                if (read.Found && Definition.IsIn(read.State, stage) && now - read.State.EnteredAt > duration)
                {
                    found.Add(read.State);
                }
            }
        }

        found.Sort((a, b) => a.CustomerId.CompareTo(b.CustomerId));
        return new(found);
    }

    /// <inheritdoc />
    public ValueTask<int> ErasePersonalDataAsync(CustomerId customerId, CancellationToken cancellationToken = default)
    {
        LifecycleStoreArguments.CheckCustomer(customerId);
        cancellationToken.ThrowIfCancellationRequested();
        if (!_slots.TryGetValue(customerId, out var slot))
        {
            return new(0);
        }

        var erased = 0;
        lock (slot)
        {
            for (var index = slot.Last; index >= 0; index = _entries[index].Previous)
            {
                if (_entries[index].ErasePersonalData())
                {
                    erased++;
                }
            }
        }

        return new(erased);
    }

    private LifecycleWriteResult<TStage, TTrigger> Apply(in LifecycleWrite<TStage, TTrigger> write)
    {
        var customer = write.CustomerId;
        var name = write.State.DefinitionName;
        if ((!ReferenceEquals(name, Definition.Name) && !string.Equals(name, Definition.Name, StringComparison.Ordinal)) || write.State.DefinitionVersion != Definition.Version)
        {
            return Mismatch(customer, $"The write for customer '{customer}' comes from \"{write.State.DefinitionName}\" v{write.State.DefinitionVersion}; this store writes \"{Definition.Name}\" v{Definition.Version}.");
        }

        var slot = write.ExpectedVersion == 0 ? _slots.GetOrAdd(customer, static _ => new Slot()) : _slots.GetValueOrDefault(customer);
        if (slot is null)
        {
            return new(WriteStatus.Conflict, customer, default, null, 0, null);
        }

        lock (slot)
        {
            var eventId = write.State.LastEventId.Value;
            var index = slot.IndexOf(_entries, eventId);
            if (index >= 0)
            {
                var current = Read(slot);
                return new(WriteStatus.Duplicate, customer, current.State, ReadEntry(customer, index), slot.Count, null);
            }

            if (slot.Count != write.ExpectedVersion)
            {
                var current = slot.Count == 0 ? StateReadResult.NotFound<TStage>() : Read(slot);
                return new(WriteStatus.Conflict, customer, current.State, null, slot.Count, null);
            }

            if (slot.Count > 0 && slot.WrittenBy.Version > Definition.Version)
            {
                return Mismatch(customer, $"Customer '{customer}' was written by \"{Definition.Name}\" v{slot.WrittenBy.Version}, newer than this store's v{Definition.Version}.");
            }

            var entry = Definition.CreateEntry(write.Record, _entries.HashOf(slot.Last));
            slot.Append(_entries, entry);
            slot.State = write.State;
            slot.WrittenBy = Definition;
            return new(WriteStatus.Written, customer, write.State, entry, slot.Count, null);
        }
    }

    private static LifecycleWriteResult<TStage, TTrigger> Mismatch(CustomerId customer, string message) =>
        new(WriteStatus.DefinitionMismatch, customer, default, null, 0, message);

    private StateReadResult<TStage> Read(Slot slot) =>
        ReferenceEquals(slot.WrittenBy, Definition) || slot.WrittenBy.Version == Definition.Version
            ? StateReadResult.Found(slot.State)
            : Definition.RestoreState(slot.WrittenBy.ToData(slot.State));

    /// <summary>Returns the customer's entries, oldest first, read under the current definition. The caller holds the slot's lock.</summary>
    private LifecycleHistoryEntry<TStage, TTrigger>[] History(CustomerId customer, Slot slot)
    {
        var history = new LifecycleHistoryEntry<TStage, TTrigger>[slot.Count];
        for (int index = slot.Last, i = history.Length - 1; index >= 0; index = _entries[index].Previous, i--)
        {
            history[i] = ReadEntry(customer, index);
        }

        return history;
    }

    /// <summary>Rebuilds the entry stored at <paramref name="index"/> as it was written, then reads it under the current definition. The caller holds the slot's lock.</summary>
    private LifecycleHistoryEntry<TStage, TTrigger> ReadEntry(CustomerId customer, int index)
    {
        ref readonly var stored = ref _entries[index];
        var entry = stored.ToEntry(customer, Definition.Name, _entries.HashOf(stored.Previous));
        return entry.DefinitionVersion == Definition.Version ? entry : Definition.RestoreEntry(entry.ToData());
    }

    /// <summary>One customer's state and the position of its history in the arena; the slot itself is the lock.</summary>
    private sealed class Slot
    {
        /// <summary>Up to this many entries an event id is found by comparing with each (newest first); a longer history builds an index.</summary>
        private const int ScanLimit = 16;

        /// <summary>The number of entries (the stored version); read without the lock only by <see cref="Count"/>.</summary>
        internal int Count;

        private Dictionary<string, int>? _events;

        /// <summary>Gets or sets the arena index of the newest entry (-1 when none).</summary>
        internal int Last { get; private set; } = -1;

        internal RelationshipState<TStage> State { get; set; }

        // Set by the first write, under the slot's lock, before any reader sees a non-empty slot.
        internal LifecycleDefinition<TStage, TTrigger> WrittenBy { get; set; } = null!;

        /// <summary>Returns the arena index of the entry with <paramref name="eventId"/>, or -1.</summary>
        internal int IndexOf(EntryArena<TStage, TTrigger> entries, string eventId)
        {
            if (_events is not null)
            {
                return _events.TryGetValue(eventId, out var found) ? found : -1;
            }

            for (var index = Last; index >= 0; index = entries[index].Previous)
            {
                if (string.Equals(entries[index].EventId.Value, eventId, StringComparison.Ordinal))
                {
                    return index;
                }
            }

            return -1;
        }

        internal void Append(EntryArena<TStage, TTrigger> entries, LifecycleHistoryEntry<TStage, TTrigger> entry)
        {
            var index = entries.Add(entry, Last);
            Last = index;
            Volatile.Write(ref Count, Count + 1);
            if (_events is not null)
            {
                _events.Add(entry.EventId.Value, index);
            }
            else if (Count > ScanLimit)
            {
                _events = new Dictionary<string, int>(Count * 2, StringComparer.Ordinal);
                for (var i = Last; i >= 0; i = entries[i].Previous)
                {
                    _events.Add(entries[i].EventId.Value, i);
                }
            }
        }
    }
}
