using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NodaTime;
using RelationshipKit.Lifecycle.Internal;

namespace RelationshipKit.Lifecycle;

/// <content>Plain data for stores and serializers: states and history entries by name, migrations, and sealing records into hash-chained entries.</content>
public sealed partial class LifecycleDefinition<TStage, TTrigger>
{
    /// <summary>Turns an accepted transition's record into a history entry chained to <paramref name="previousHash"/>: the
    /// salted digest of the actor and reason, then the entry's SHA-256. Stores call this when they append.</summary>
    /// <param name="record">The record of an accepted transition of this definition.</param>
    /// <param name="previousHash">The hash of the relationship's last entry; zero for the first entry.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="record"/> is the default value or was written by another definition or version.</exception>
    public LifecycleHistoryEntry<TStage, TTrigger> CreateEntry(in TransitionRecord<TStage, TTrigger> record, LifecycleHash previousHash)
    {
        if (record.IsDefault)
        {
            throw new ArgumentException("record must be the record of an accepted transition; was the default value.", nameof(record));
        }

        if ((!ReferenceEquals(record.DefinitionName, _name) && !string.Equals(record.DefinitionName, _name, StringComparison.Ordinal)) || record.DefinitionVersion != _version)
        {
            throw new ArgumentException(
                $"record must come from \"{_name}\" v{_version}; was from \"{record.DefinitionName}\" v{record.DefinitionVersion}.", nameof(record));
        }

        var metadata = record.Metadata;
        ImmutableArray<byte> salt = [];
        LifecycleHash personal = default;
        if (metadata.Actor is not null || metadata.Reason is not null)
        {
            var bytes = EntryHashing.NewSalt();
            salt = ImmutableCollectionsMarshal.AsImmutableArray(bytes);
            personal = EntryHashing.Personal(bytes, metadata.Actor, metadata.Reason);
        }

        var fromName = record.From is { } from ? EnumTable<TStage>.NameOf(from) : null;
        var toName = EnumTable<TStage>.NameOf(record.To);
        var triggerName = record.Trigger is { } trigger ? EnumTable<TTrigger>.NameOf(trigger) : null;
        var hash = EntryHashing.Entry(
            record.CustomerId.Value, _name, _version, record.Sequence, record.Episode, record.Kind, fromName, toName, triggerName,
            record.ArgumentSummary, record.EventId.Value, record.At, metadata.Driver, personal, previousHash);
        return new LifecycleHistoryEntry<TStage, TTrigger>(
            record.CustomerId, _name, _version, record.Sequence, record.Episode, record.Kind, record.From, fromName, record.To, toName,
            record.Trigger, triggerName, record.ArgumentSummary, record.EventId, record.At, metadata.Driver, false, EntryPersonalData.Of(metadata, salt, personal),
            previousHash, hash);
    }

    /// <summary>Reads a history entry from plain data, mapping the stage names of an older version through its declared migration.
    /// The hashes are taken as stored; <see cref="LifecycleHistory{TStage, TTrigger}.Verify"/> or <see cref="Replay"/> checks them.</summary>
    /// <param name="data">The data.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="data"/> is null.</exception>
    /// <exception cref="InvalidDataException">Thrown when the data is malformed or belongs to another definition, a newer version, or an older version without a declared migration; the message names the customer, the sequence and the field.</exception>
    public LifecycleHistoryEntry<TStage, TTrigger> RestoreEntry(LifecycleHistoryEntryData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var where = $"History entry {data.Sequence} of customer '{data.CustomerId}'";
        var customer = Parse(() => new CustomerId(data.CustomerId), where, "customer_id");
        var eventId = Parse(() => new LifecycleEventId(data.EventId), where, "event_id");
        var metadata = Parse(() => new TransitionMetadata(data.Actor, data.Reason, data.Driver), where, "actor/reason/driver");
        if (!string.Equals(data.DefinitionName, _name, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{where} belongs to definition \"{data.DefinitionName}\", not \"{_name}\".");
        }

        if (data.Sequence < 1 || data.Episode < 1 || data.DefinitionVersion < 1 || !Enum.IsDefined(data.Kind))
        {
            throw new InvalidDataException($"{where}: sequence, episode and definition version must be at least 1 and the kind defined; were {data.Sequence}, {data.Episode}, {data.DefinitionVersion}, {data.Kind}.");
        }

        if ((data.From is null) != (data.Kind is HistoryEntryKind.Started or HistoryEntryKind.Imported) || (data.Trigger is null) != (data.From is null))
        {
            throw new InvalidDataException($"{where}: a {data.Kind} entry must {(data.From is null ? "name" : "not name")} a from stage and a trigger.");
        }

        if (!data.PersonalDataSalt.IsDefaultOrEmpty && data.PersonalDataSalt.Length != EntryHashing.SaltLength)
        {
            throw new InvalidDataException($"{where}: the personal-data salt must be {EntryHashing.SaltLength} bytes; was {data.PersonalDataSalt.Length}.");
        }

        var to = StageFromData(data.DefinitionVersion, data.To, where, "to");
        TStage? from = data.From is null ? null : StageFromData(data.DefinitionVersion, data.From, where, "from");
        TTrigger? trigger = data.Trigger is not null && EnumTable<TTrigger>.TryParse(data.Trigger, out var parsed) ? parsed : null;
        return new LifecycleHistoryEntry<TStage, TTrigger>(
            customer, data.DefinitionName, data.DefinitionVersion, data.Sequence, data.Episode, data.Kind, from, data.From, to, data.To, trigger, data.Trigger,
            data.ArgumentSummary, eventId, data.At, metadata.Driver, data.PersonalDataErased,
            EntryPersonalData.Of(metadata, data.PersonalDataSalt, data.PersonalDataDigest), data.PreviousHash, data.Hash);
    }

    /// <summary>Reads a state from plain data: the current version as written, an older version through its declared migration (stage renames and merges), anything else as a mismatch.</summary>
    /// <param name="data">The data.</param>
    /// <returns>Found with the state, or a definition mismatch saying what does not match.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="data"/> is null.</exception>
    /// <exception cref="InvalidDataException">Thrown when the data is malformed (an empty id, a version below 1, entered after the last transition).</exception>
    public StateReadResult<TStage> RestoreState(RelationshipStateData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var where = $"The state of customer '{data.CustomerId}'";
        if (!string.Equals(data.DefinitionName, _name, StringComparison.Ordinal))
        {
            return StateReadResult.Mismatch<TStage>($"{where} belongs to definition \"{data.DefinitionName}\", not \"{_name}\".");
        }

        if (!TryMigrate(data.DefinitionVersion, data.Stage, out var stage, out var error))
        {
            return StateReadResult.Mismatch<TStage>($"{where}: {error}");
        }

        var state = Parse(
            () => new RelationshipState<TStage>(
                new CustomerId(data.CustomerId), _name, _version, stage, data.Version, data.Episode, data.EnteredAt, data.LastTransitionAt, new LifecycleEventId(data.LastEventId)),
            where,
            "state");
        return StateReadResult.Found(state);
    }

    /// <summary>Returns a state as plain data (the stage by name), for a store or a serializer.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The data.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="state"/> is the default value.</exception>
    public RelationshipStateData ToData(in RelationshipState<TStage> state)
    {
        if (state.IsDefault)
        {
            throw new ArgumentException("state must be a started relationship; was the default value.", nameof(state));
        }

        return new()
        {
            CustomerId = state.CustomerId.Value,
            DefinitionName = state.DefinitionName!,
            DefinitionVersion = state.DefinitionVersion,
            Stage = EnumTable<TStage>.NameOf(state.Stage),
            Version = state.Version,
            Episode = state.Episode,
            EnteredAt = state.EnteredAt,
            LastTransitionAt = state.LastTransitionAt,
            LastEventId = state.LastEventId.Value,
        };
    }

    /// <summary>Returns the name a stage is written under.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The enum member's name.</returns>
    public string NameOf(TStage stage) => EnumTable<TStage>.NameOf(stage);

    /// <summary>Returns the name a trigger is written under.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <returns>The enum member's name.</returns>
    public string NameOf(TTrigger trigger) => EnumTable<TTrigger>.NameOf(trigger);

    /// <summary>Maps a stage name written by <paramref name="fromVersion"/> to a current, configured stage.</summary>
    internal bool TryMigrate(int fromVersion, string stageName, out TStage stage, out string error)
    {
        stage = default;
        if (fromVersion > _version)
        {
            error = $"it was written by version {fromVersion} of \"{_name}\", newer than this definition's version {_version}; upgrade the application.";
            return false;
        }

        Dictionary<string, TStage>? map = null;
        if (fromVersion < _version && !_migrations.TryGetValue(fromVersion, out map))
        {
            error = $"it was written by version {fromVersion} of \"{_name}\" and version {_version} declares no migration from it; call MigrateFrom({fromVersion}, ...) on the builder.";
            return false;
        }

        if (map is not null && map.TryGetValue(stageName, out stage))
        {
            error = string.Empty;
            return true;
        }

        if (EnumTable<TStage>.TryParse(stageName, out stage) && Model(stage) is not null)
        {
            error = string.Empty;
            return true;
        }

        error = fromVersion == _version
            ? $"stage \"{stageName}\" is not configured in \"{_name}\" v{_version}."
            : $"stage \"{stageName}\" of version {fromVersion} has no counterpart in version {_version}; add Rename(\"{stageName}\", ...) to the migration from version {fromVersion}.";
        return false;
    }

    private TStage StageFromData(int version, string name, string where, string field) =>
        TryMigrate(version, name, out var stage, out var error) ? stage : throw new InvalidDataException($"{where}, field {field}: {error}");

    private static T Parse<T>(Func<T> create, string where, string field)
    {
        try
        {
            return create();
        }
        catch (ArgumentException exception)
        {
            throw new InvalidDataException($"{where}, field {field}: {exception.Message}", exception);
        }
    }
}
