using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime.Serialization.SystemTextJson;

namespace RelationshipKit.Lifecycle.Serialization;

/// <summary>
/// Writes and reads relationship states and histories as JSON (System.Text.Json with NodaTime.Serialization.SystemTextJson):
/// snake_case keys, a <c>schema_version</c>, instants in ISO 8601, stages and triggers by name, hashes in hexadecimal.
/// </summary>
/// <remarks>
/// <para>Reading checks the schema version first: a newer one is rejected with a clear <see cref="JsonException"/> (so an old
/// application never misreads a newer file), as are malformed JSON, unknown keys and missing keys; the exception carries the
/// line and position where JSON gives them. A state of another definition, or of an older version without a declared
/// migration, is a <see cref="StateReadStatus.DefinitionMismatch"/> result.</para>
/// <para>Reading a history does not verify its hashes; <see cref="LifecycleHistory{TStage, TTrigger}.Verify"/> and
/// <see cref="LifecycleDefinition{TStage, TTrigger}.Replay"/> do.</para>
/// </remarks>
public static class LifecycleJson
{
    /// <summary>The schema version this library writes and the newest it reads.</summary>
    public const int SchemaVersion = 1;

    private const string StateKind = "relationship_state";
    private const string HistoryKind = "lifecycle_history";

    private static readonly JsonSerializerOptions s_compact = Options(indented: false);
    private static readonly JsonSerializerOptions s_indented = Options(indented: true);

    /// <summary>Writes a relationship state.</summary>
    /// <typeparam name="TStage">The stage enum.</typeparam>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <param name="definition">The definition (it names the stage).</param>
    /// <param name="state">The state.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="definition"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="state"/> is the default value.</exception>
    public static string SerializeState<TStage, TTrigger>(LifecycleDefinition<TStage, TTrigger> definition, in RelationshipState<TStage> state, bool indented = false)
        where TStage : struct, Enum
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(definition);
        var data = definition.ToData(state);
        var document = new StateDocument
        {
            SchemaVersion = SchemaVersion,
            Kind = StateKind,
            CustomerId = data.CustomerId,
            Definition = data.DefinitionName,
            DefinitionVersion = data.DefinitionVersion,
            Stage = data.Stage,
            Version = data.Version,
            Episode = data.Episode,
            EnteredAt = data.EnteredAt,
            LastTransitionAt = data.LastTransitionAt,
            LastEventId = data.LastEventId,
        };
        return JsonSerializer.Serialize(document, indented ? s_indented : s_compact);
    }

    /// <summary>Reads a relationship state, through the definition's declared migrations when an older version wrote it.</summary>
    /// <typeparam name="TStage">The stage enum.</typeparam>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <param name="definition">The definition to read under.</param>
    /// <param name="json">The JSON text.</param>
    /// <returns>Found, or a definition mismatch saying what does not match.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="JsonException">Thrown when the text is not valid JSON, has a newer or missing schema version, is not a state, has unknown or missing keys, or holds an invalid value.</exception>
    public static StateReadResult<TStage> DeserializeState<TStage, TTrigger>(LifecycleDefinition<TStage, TTrigger> definition, string json)
        where TStage : struct, Enum
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(json);
        CheckSchema(json, StateKind);
        var document = JsonSerializer.Deserialize<StateDocument>(json, s_compact) ?? throw new JsonException("The JSON is null, not a relationship state.");
        try
        {
            return definition.RestoreState(new RelationshipStateData
            {
                CustomerId = document.CustomerId,
                DefinitionName = document.Definition,
                DefinitionVersion = document.DefinitionVersion,
                Stage = document.Stage,
                Version = document.Version,
                Episode = document.Episode,
                EnteredAt = document.EnteredAt,
                LastTransitionAt = document.LastTransitionAt,
                LastEventId = document.LastEventId,
            });
        }
        catch (InvalidDataException exception)
        {
            throw new JsonException(exception.Message, "$", null, null, exception);
        }
    }

    /// <summary>Writes a history.</summary>
    /// <typeparam name="TStage">The stage enum.</typeparam>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <param name="history">The history.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="history"/> is null.</exception>
    public static string SerializeHistory<TStage, TTrigger>(LifecycleHistory<TStage, TTrigger> history, bool indented = false)
        where TStage : struct, Enum
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(history);
        var document = new HistoryDocument
        {
            SchemaVersion = SchemaVersion,
            Kind = HistoryKind,
            CustomerId = history.Last?.CustomerId.Value,
            Definition = history.Last?.DefinitionName,
            Entries = [.. history.Select(entry => new EntryDocument
            {
                Sequence = entry.Sequence,
                Episode = entry.Episode,
                Kind = entry.Kind,
                DefinitionVersion = entry.DefinitionVersion,
                From = entry.FromName,
                To = entry.ToName,
                Trigger = entry.TriggerName,
                ArgumentSummary = entry.ArgumentSummary,
                EventId = entry.EventId.Value,
                At = entry.At,
                Actor = entry.Metadata.Actor,
                Reason = entry.Metadata.Reason,
                Driver = entry.Metadata.Driver,
                PersonalDataErased = entry.PersonalDataErased,
                PersonalDataSalt = entry.PersonalDataSalt.IsEmpty ? null : Convert.ToHexString(entry.PersonalDataSalt.AsSpan()).ToLowerInvariant(),
                PersonalDataDigest = entry.PersonalDataDigest.ToString(),
                PreviousHash = entry.PreviousHash.ToString(),
                Hash = entry.Hash.ToString(),
            })],
        };
        return JsonSerializer.Serialize(document, indented ? s_indented : s_compact);
    }

    /// <summary>Reads a history under <paramref name="definition"/> (older versions' stage names through its declared migrations). The hashes are read as written; verify them with <c>Verify</c> or <c>Replay</c>.</summary>
    /// <typeparam name="TStage">The stage enum.</typeparam>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <param name="definition">The definition to read under.</param>
    /// <param name="json">The JSON text.</param>
    /// <returns>The history.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="JsonException">Thrown when the text is not valid JSON, has a newer or missing schema version, is not a history, has unknown or missing keys,
    /// or an entry is invalid or belongs to another definition (the message names the entry).</exception>
    public static LifecycleHistory<TStage, TTrigger> DeserializeHistory<TStage, TTrigger>(LifecycleDefinition<TStage, TTrigger> definition, string json)
        where TStage : struct, Enum
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(json);
        CheckSchema(json, HistoryKind);
        var document = JsonSerializer.Deserialize<HistoryDocument>(json, s_compact) ?? throw new JsonException("The JSON is null, not a lifecycle history.");
        if (document.Entries.Count > 0 && (document.CustomerId is null || document.Definition is null))
        {
            throw new JsonException("A lifecycle history with entries must name its customer_id and definition.", "$", null, null);
        }

        var entries = new List<LifecycleHistoryEntry<TStage, TTrigger>>(document.Entries.Count);
        for (var i = 0; i < document.Entries.Count; i++)
        {
            var entry = document.Entries[i];
            var path = $"$.entries[{i}]";
            try
            {
                entries.Add(definition.RestoreEntry(new LifecycleHistoryEntryData
                {
                    CustomerId = document.CustomerId!,
                    DefinitionName = document.Definition!,
                    DefinitionVersion = entry.DefinitionVersion,
                    Sequence = entry.Sequence,
                    Episode = entry.Episode,
                    Kind = entry.Kind,
                    From = entry.From,
                    To = entry.To,
                    Trigger = entry.Trigger,
                    ArgumentSummary = entry.ArgumentSummary,
                    EventId = entry.EventId,
                    At = entry.At,
                    Actor = entry.Actor,
                    Reason = entry.Reason,
                    Driver = entry.Driver,
                    PersonalDataErased = entry.PersonalDataErased,
                    PersonalDataSalt = entry.PersonalDataSalt is null ? [] : [.. Hex(entry.PersonalDataSalt, path, "personal_data_salt")],
                    PersonalDataDigest = Hash(entry.PersonalDataDigest, path, "personal_data_digest"),
                    PreviousHash = Hash(entry.PreviousHash, path, "previous_hash"),
                    Hash = Hash(entry.Hash, path, "hash"),
                }));
            }
            catch (InvalidDataException exception)
            {
                throw new JsonException($"{path}: {exception.Message}", path, null, null, exception);
            }
        }

        return new LifecycleHistory<TStage, TTrigger>(entries);
    }

    private static JsonSerializerOptions Options(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            WriteIndented = indented,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.Converters.Add(NodaConverters.InstantConverter);
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Reads schema_version and kind before anything else, so a newer file is reported as newer rather than as unknown keys.</summary>
    private static void CheckSchema(string json, string expectedKind)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"The JSON must be an object with a schema_version; was {root.ValueKind.ToString().ToLowerInvariant()}.", "$", null, null);
        }

        if (!root.TryGetProperty("schema_version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var schema))
        {
            throw new JsonException("The JSON has no integer schema_version; it was not written by RelationshipKit.Lifecycle.", "$.schema_version", null, null);
        }

        if (schema > SchemaVersion)
        {
            throw new JsonException(
                $"schema_version {schema} is newer than the version {SchemaVersion} this RelationshipKit.Lifecycle reads; upgrade the package to read it.", "$.schema_version", null, null);
        }

        if (schema < 1)
        {
            throw new JsonException($"schema_version must be at least 1; was {schema}.", "$.schema_version", null, null);
        }

        var kind = root.TryGetProperty("kind", out var kindElement) && kindElement.ValueKind == JsonValueKind.String ? kindElement.GetString() : null;
        if (!string.Equals(kind, expectedKind, StringComparison.Ordinal))
        {
            throw new JsonException($"The JSON must be a {expectedKind}; its kind was {(kind is null ? "missing" : "\"" + kind + "\"")}.", "$.kind", null, null);
        }
    }

    private static byte[] Hex(string text, string path, string field)
    {
        try
        {
            return Convert.FromHexString(text);
        }
        catch (FormatException exception)
        {
            throw new JsonException($"{path}.{field} must be hexadecimal; was \"{text}\".", $"{path}.{field}", null, null, exception);
        }
    }

    private static LifecycleHash Hash(string text, string path, string field) =>
        LifecycleHash.TryParse(text, out var hash) ? hash : throw new JsonException($"{path}.{field} must be 64 hexadecimal digits; was \"{text}\".", $"{path}.{field}", null, null);
}
