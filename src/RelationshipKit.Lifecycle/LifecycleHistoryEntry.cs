using System.Collections.Immutable;
using NodaTime;
using RelationshipKit.Lifecycle.Internal;

namespace RelationshipKit.Lifecycle;

/// <summary>
/// Represents one entry of a relationship's append-only history: from, to, trigger, argument summary, event id,
/// instant, actor, reason and driver, chained to the previous entry by its SHA-256 hash so that an edited or removed
/// entry is detected.
/// </summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>
/// <para><see cref="Hash"/> is the SHA-256 of a canonical byte form of every field except the actor and reason, plus
/// <see cref="PreviousHash"/> and <see cref="PersonalDataDigest"/>: the SHA-256 of a random 16-byte salt, the actor
/// and the reason. Erasing the personal data removes the actor, the reason and the salt and keeps the digest, so the
/// chain still verifies and the erased text cannot be recovered by guessing.</para>
/// <para><see cref="FromName"/>, <see cref="ToName"/> and <see cref="TriggerName"/> are the names as written (and hashed);
/// <see cref="From"/>, <see cref="To"/> and <see cref="Trigger"/> are the same stages read under the current
/// definition, through its declared migration for entries written by an older version.</para>
/// <para>Entries come from a store, from <see cref="LifecycleDefinition{TStage, TTrigger}.CreateEntry"/> or from JSON.
/// This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class LifecycleHistoryEntry<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    // An entry is kept for as long as its history, so it is laid out small: the actor, reason, salt and digest sit in
    // one side object that entries without personal data (most) do not have.
    private readonly EntryPersonalData? _personal;
    private readonly ChangeDriver _driver;

    /// <summary>Initializes an entry; the actor, reason, salt and digest come in their side object (null when none),
    /// which entries may share since it is immutable.</summary>
    internal LifecycleHistoryEntry(
        CustomerId customerId,
        string definitionName,
        int definitionVersion,
        long sequence,
        int episode,
        HistoryEntryKind kind,
        TStage? from,
        string? fromName,
        TStage to,
        string toName,
        TTrigger? trigger,
        string? triggerName,
        string? argumentSummary,
        LifecycleEventId eventId,
        Instant at,
        ChangeDriver driver,
        bool personalDataErased,
        EntryPersonalData? personal,
        LifecycleHash previousHash,
        LifecycleHash hash)
    {
        CustomerId = customerId;
        DefinitionName = definitionName;
        DefinitionVersion = definitionVersion;
        Sequence = sequence;
        Episode = episode;
        Kind = kind;
        From = from;
        FromName = fromName;
        To = to;
        ToName = toName;
        Trigger = trigger;
        TriggerName = triggerName;
        ArgumentSummary = argumentSummary;
        EventId = eventId;
        At = at;
        _driver = driver;
        PersonalDataErased = personalDataErased;
        _personal = personal;
        PreviousHash = previousHash;
        Hash = hash;
    }

    /// <summary>Gets the customer.</summary>
    public CustomerId CustomerId { get; }

    /// <summary>Gets the name of the definition that wrote the entry.</summary>
    public string DefinitionName { get; }

    /// <summary>Gets the version of the definition that wrote the entry.</summary>
    public int DefinitionVersion { get; }

    /// <summary>Gets the position in the history, 1 for the first entry; equal to the state's version after it.</summary>
    public long Sequence { get; }

    /// <summary>Gets the episode after the step (a win-back starts a new one).</summary>
    public int Episode { get; }

    /// <summary>Gets what kind of step the entry records.</summary>
    public HistoryEntryKind Kind { get; }

    /// <summary>Gets the stage before the step, read under the current definition; null for the first entry.</summary>
    public TStage? From { get; }

    /// <summary>Gets the name of the stage before the step as written; null for the first entry.</summary>
    public string? FromName { get; }

    /// <summary>Gets the stage after the step, read under the current definition.</summary>
    public TStage To { get; }

    /// <summary>Gets the name of the stage after the step as written.</summary>
    public string ToName { get; }

    /// <summary>Gets the trigger; null for the first entry or a trigger the current trigger enum no longer has.</summary>
    public TTrigger? Trigger { get; }

    /// <summary>Gets the trigger's name as written; null for the first entry.</summary>
    public string? TriggerName { get; }

    /// <summary>Gets the short text of the trigger's argument; null for parameterless triggers.</summary>
    public string? ArgumentSummary { get; }

    /// <summary>Gets the caller's event id.</summary>
    public LifecycleEventId EventId { get; }

    /// <summary>Gets when the step happened.</summary>
    public Instant At { get; }

    /// <summary>Gets who moved the relationship, why and what drove it (actor and reason are null once erased).</summary>
    public TransitionMetadata Metadata => new(_personal?.Actor, _personal?.Reason, _driver, trusted: true);

    /// <summary>Gets a value indicating whether the actor and reason were erased on request.</summary>
    public bool PersonalDataErased { get; }

    /// <summary>Gets the random salt of <see cref="PersonalDataDigest"/>; empty when there is no personal data or it was erased.</summary>
    public ImmutableArray<byte> PersonalDataSalt => _personal?.Salt ?? [];

    /// <summary>Gets the SHA-256 of the salt, actor and reason; zero when the entry never had an actor or reason.</summary>
    public LifecycleHash PersonalDataDigest => _personal?.Digest ?? default;

    /// <summary>Gets the hash of the previous entry; zero for the first entry.</summary>
    public LifecycleHash PreviousHash { get; }

    /// <summary>Gets this entry's hash, which the next entry chains to.</summary>
    public LifecycleHash Hash { get; }

    /// <summary>Gets the side object with the actor, reason, salt and digest (null when the entry has none).</summary>
    internal EntryPersonalData? PersonalData => _personal;

    /// <summary>Recomputes the hash from the fields and checks it against <see cref="Hash"/> (and, unless erased, the personal-data digest).</summary>
    /// <returns>Null when the entry is intact; otherwise what does not match.</returns>
    public string? CheckIntegrity()
    {
        if (!PersonalDataErased)
        {
            var personal = EntryHashing.Personal(PersonalDataSalt.AsSpan(), Metadata.Actor, Metadata.Reason);
            if (personal != PersonalDataDigest)
            {
                return "its actor or reason does not match its personal-data digest (edited)";
            }
        }
        else if (Metadata.Actor is not null || Metadata.Reason is not null)
        {
            return "it is marked erased but still holds an actor or reason";
        }

        var hash = EntryHashing.Entry(
            CustomerId.Value, DefinitionName, DefinitionVersion, Sequence, Episode, Kind, FromName, ToName, TriggerName,
            ArgumentSummary, EventId.Value, At, Metadata.Driver, PersonalDataDigest, PreviousHash);
        return hash == Hash ? null : "its fields do not match its hash (edited)";
    }

    /// <summary>Returns the entry's fields as plain data (names and text), for a store or a serializer to persist.</summary>
    /// <returns>The data.</returns>
    public LifecycleHistoryEntryData ToData() => new()
    {
        CustomerId = CustomerId.Value,
        DefinitionName = DefinitionName,
        DefinitionVersion = DefinitionVersion,
        Sequence = Sequence,
        Episode = Episode,
        Kind = Kind,
        From = FromName,
        To = ToName,
        Trigger = TriggerName,
        ArgumentSummary = ArgumentSummary,
        EventId = EventId.Value,
        At = At,
        Actor = Metadata.Actor,
        Reason = Metadata.Reason,
        Driver = Metadata.Driver,
        PersonalDataErased = PersonalDataErased,
        PersonalDataSalt = PersonalDataSalt,
        PersonalDataDigest = PersonalDataDigest,
        PreviousHash = PreviousHash,
        Hash = Hash,
    };

    /// <summary>Returns a copy without the actor, the reason and the salt; the digest and the hash stay, so the chain still verifies.</summary>
    /// <returns>The erased entry (this entry when there was nothing to erase).</returns>
    public LifecycleHistoryEntry<TStage, TTrigger> WithPersonalDataErased() =>
        PersonalDataErased || _personal is not { IsErasable: true }
            ? this
            : new(CustomerId, DefinitionName, DefinitionVersion, Sequence, Episode, Kind, From, FromName, To, ToName, Trigger, TriggerName,
                ArgumentSummary, EventId, At, Metadata.Driver, true, EntryPersonalData.Erased(PersonalDataDigest), PreviousHash, Hash);

    /// <summary>Returns a one-line description.</summary>
    /// <returns>For example <c>"#3 Awareness --Advance--> Expansion at 2026-03-01T00:00:00Z"</c>.</returns>
    public override string ToString() =>
        FromName is null ? $"#{Sequence} {Kind} at {ToName} at {At}" : $"#{Sequence} {FromName} --{TriggerName}--> {ToName} at {At}";
}
