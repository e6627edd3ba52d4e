namespace RelationshipKit.Lifecycle.Internal;

/// <summary>
/// A history entry as the in-memory store keeps it: a plain struct in the store's arena rather than an object per
/// entry, with the names derived from the stages (they are the enum names as written), the instant as Unix
/// nanoseconds, the previous hash read from the previous entry, and the entry's own personal-data side object shared
/// rather than copied. It holds everything <see cref="ToEntry"/> needs to rebuild the entry exactly as written.
/// </summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
internal struct StoredEntry<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    private const byte HasFrom = 1;
    private const byte HasTrigger = 2;
    private const byte Erased = 4;

    private long _atNanoseconds;
    private int _sequence;
    private int _episode;
    private int _definitionVersion;
    private TStage _from;
    private TStage _to;
    private TTrigger _trigger;
    private byte _kind;
    private byte _driver;
    private byte _flags;

    /// <summary>Gets the entry's hash (which the next entry chains to).</summary>
    internal LifecycleHash Hash { get; private set; }

    /// <summary>Gets the event id.</summary>
    internal LifecycleEventId EventId { get; private set; }

    /// <summary>Gets the arena index of the customer's previous entry, or -1 for the first.</summary>
    internal int Previous { get; private set; }

    /// <summary>Gets the argument summary, or null.</summary>
    internal string? ArgumentSummary { get; private set; }

    /// <summary>Gets the actor, reason, salt and digest, or null when the entry has none.</summary>
    internal EntryPersonalData? Personal { get; private set; }

    /// <summary>Returns the stored form of <paramref name="entry"/>, chained to the entry at <paramref name="previous"/>.</summary>
    internal static StoredEntry<TStage, TTrigger> Of(LifecycleHistoryEntry<TStage, TTrigger> entry, int previous) => new()
    {
        Hash = entry.Hash,
        EventId = entry.EventId,
        Previous = previous,
        ArgumentSummary = entry.ArgumentSummary,
        Personal = entry.PersonalData,
        _atNanoseconds = EntryHashing.UnixNanoseconds(entry.At),
        _sequence = checked((int)entry.Sequence),
        _episode = entry.Episode,
        _definitionVersion = entry.DefinitionVersion,
        _from = entry.From.GetValueOrDefault(),
        _to = entry.To,
        _trigger = entry.Trigger.GetValueOrDefault(),
        _kind = (byte)entry.Kind,
        _driver = (byte)entry.Metadata.Driver,
        _flags = (byte)((entry.From.HasValue ? HasFrom : 0) | (entry.Trigger.HasValue ? HasTrigger : 0) | (entry.PersonalDataErased ? Erased : 0)),
    };

    /// <summary>Removes the actor, the reason and the salt and keeps the digest (the rule of
    /// <see cref="LifecycleHistoryEntry{TStage, TTrigger}.WithPersonalDataErased"/>).</summary>
    /// <returns><see langword="true"/> when there was something to erase.</returns>
    internal bool ErasePersonalData()
    {
        var personal = Personal;
        if ((_flags & Erased) != 0 || personal is not { IsErasable: true })
        {
            return false;
        }

        Personal = EntryPersonalData.Erased(personal.Digest);
        _flags |= Erased;
        return true;
    }

    /// <summary>Rebuilds the entry as it was written.</summary>
    internal readonly LifecycleHistoryEntry<TStage, TTrigger> ToEntry(CustomerId customerId, string definitionName, LifecycleHash previousHash)
    {
        var hasFrom = (_flags & HasFrom) != 0;
        var hasTrigger = (_flags & HasTrigger) != 0;
        return new LifecycleHistoryEntry<TStage, TTrigger>(
            customerId,
            definitionName,
            _definitionVersion,
            _sequence,
            _episode,
            (HistoryEntryKind)_kind,
            hasFrom ? _from : null,
            hasFrom ? EnumTable<TStage>.NameOf(_from) : null,
            _to,
            EnumTable<TStage>.NameOf(_to),
            hasTrigger ? _trigger : null,
            hasTrigger ? EnumTable<TTrigger>.NameOf(_trigger) : null,
            ArgumentSummary,
            EventId,
            EntryHashing.FromUnixNanoseconds(_atNanoseconds),
            (ChangeDriver)_driver,
            (_flags & Erased) != 0,
            Personal,
            previousHash,
            Hash);
    }
}
