using System.Buffers;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using RelationshipKit.Idic.Interact;
using RelationshipKit.Satisfaction;

namespace RelationshipKit.Idic.Stores;

/// <summary>
/// Writes and reads the stored IDIC types as JSON: snake_case keys, instants in ISO 8601 (UTC, <c>Z</c>), and a
/// <c>schema_version</c> on every document so that a store can migrate old rows.
/// </summary>
/// <remarks>
/// <para>Schema version 1 is the only one so far. Reading a document of another version throws a
/// <see cref="JsonException"/> naming the version; unknown keys are ignored so that a newer writer's optional
/// fields do not break an older reader. Optional objects added since (an interaction's <c>service</c>) are read as
/// absent from documents written before them, so the version did not change.</para>
/// <para>The documents hold personal data (summaries, answers, identifiers are not among them): store them as you
/// store the rest of your customer data. This class is thread-safe.</para>
/// </remarks>
public static class IdicJson
{
    /// <summary>The schema version written.</summary>
    public const int SchemaVersion = 1;

    private static readonly InstantPattern Pattern = InstantPattern.ExtendedIso;

    /// <summary>Writes an interaction.</summary>
    /// <param name="interaction">The interaction.</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="interaction"/> is null.</exception>
    public static string Serialize(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return Write(w =>
        {
            w.WriteString("id", interaction.Id);
            w.WriteString("customer", interaction.Customer.Value);
            w.WriteString("channel", interaction.Channel.Name);
            w.WriteString("at", Pattern.Format(interaction.At));
            w.WriteString("topic", interaction.Topic.Name);
            w.WriteString("direction", interaction.Direction == InteractionDirection.Inbound ? "inbound" : "outbound");
            w.WriteString("outcome", interaction.Outcome == ContactOutcome.Reached ? "reached" : "not_reached");
            w.WriteString("summary", interaction.Summary);
            w.WriteStartArray("learned");
            foreach (var f in interaction.Learned)
            {
                w.WriteStartObject();
                w.WriteString("question", f.Question);
                w.WriteString("answer", f.Answer);
                w.WriteString("learned_at", Pattern.Format(f.LearnedAt));
                w.WriteString("channel", f.Channel.Name);
                WriteInstantOrNull(w, "valid_until", f.ValidUntil);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteStrings(w, "offers_made", interaction.OffersMade);
            w.WriteString("contact_id", interaction.ContactId);
            w.WriteString("handler", interaction.Handler);
            WriteStrings(w, "promises_kept", interaction.PromisesKept);
            WriteService(w, interaction.Service);
        });
    }

    /// <summary>Reads an interaction.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The interaction.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">Thrown when the document is not valid JSON of schema version 1, or a value breaks its rule.</exception>
    public static Interaction DeserializeInteraction(string json) => Read(json, root =>
    {
        var id = Str(root, "id");
        var channel = new Channel(Str(root, "channel"));
        var learned = root.GetProperty("learned").EnumerateArray().Select(f => new Fact(
            Str(f, "question"), Str(f, "answer"), InstantOf(f, "learned_at"), new Channel(Str(f, "channel")), id, InstantOrNull(f, "valid_until"))).ToArray();
        return new Interaction(
            id,
            new CustomerId(Str(root, "customer")),
            channel,
            InstantOf(root, "at"),
            new InteractionTopic(Str(root, "topic")),
            Str(root, "direction") == "outbound" ? InteractionDirection.Outbound : InteractionDirection.Inbound,
            Str(root, "outcome") == "not_reached" ? ContactOutcome.NotReached : ContactOutcome.Reached,
            Str(root, "summary"),
            learned,
            Strings(root, "offers_made"),
            StrOrNull(root, "contact_id"),
            StrOrNull(root, "handler"),
            Strings(root, "promises_kept"),
            ServiceOrNull(root));
    });

    /// <summary>Writes a consent event.</summary>
    /// <param name="consentEvent">The event.</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="consentEvent"/> is null.</exception>
    public static string Serialize(ConsentEvent consentEvent)
    {
        ArgumentNullException.ThrowIfNull(consentEvent);
        return Write(w =>
        {
            w.WriteString("id", consentEvent.Id);
            w.WriteString("customer", consentEvent.Customer.Value);
            w.WriteString("purpose", consentEvent.Purpose.Name);
            w.WriteString("action", consentEvent.Action.ToString().ToLowerInvariant());
            w.WriteString("at", Pattern.Format(consentEvent.At));
            w.WriteString("channel", consentEvent.Channel?.Name);
            w.WriteString("kind", consentEvent.Kind.ToString().ToLowerInvariant());
            w.WriteString("exchange", consentEvent.Exchange);
            w.WriteString("basis", consentEvent.Basis);
            w.WriteString("reason", consentEvent.Reason);
        });
    }

    /// <summary>Reads a consent event.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">Thrown when the document is not valid JSON of schema version 1, or a value breaks its rule.</exception>
    public static ConsentEvent DeserializeConsentEvent(string json) => Read(json, root => new ConsentEvent(
        Str(root, "id"),
        new CustomerId(Str(root, "customer")),
        new ConsentPurpose(Str(root, "purpose")),
        Enum<ConsentAction>(root, "action"),
        InstantOf(root, "at"),
        StrOrNull(root, "channel") is { } c ? new Channel(c) : null,
        Enum<AgreementKind>(root, "kind"),
        StrOrNull(root, "exchange"),
        StrOrNull(root, "basis"),
        StrOrNull(root, "reason")));

    /// <summary>Writes a callback promise with its state.</summary>
    /// <param name="promise">The promise.</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="promise"/> is null.</exception>
    public static string Serialize(CallbackPromise promise)
    {
        ArgumentNullException.ThrowIfNull(promise);
        return Write(w =>
        {
            w.WriteString("id", promise.Id);
            w.WriteString("customer", promise.Customer.Value);
            w.WriteString("made_at", Pattern.Format(promise.MadeAt));
            w.WriteString("due_at", Pattern.Format(promise.DueAt));
            w.WriteString("reason", promise.Reason);
            w.WriteString("owner", promise.Owner);
            w.WriteString("channel", promise.Channel.Name);
            WriteStrings(w, "attempts", promise.Attempts);
            w.WriteString("kept_by", promise.KeptBy);
            WriteInstantOrNull(w, "kept_at", promise.KeptAt);
        });
    }

    /// <summary>Reads a callback promise with its state.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The promise.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">Thrown when the document is not valid JSON of schema version 1, or a value breaks its rule.</exception>
    public static CallbackPromise DeserializeCallbackPromise(string json) => Read(json, root =>
    {
        var made = CallbackPromise.Make(
            Str(root, "id"), new CustomerId(Str(root, "customer")), InstantOf(root, "made_at"), InstantOf(root, "due_at"),
            Str(root, "reason"), Str(root, "owner"), new Channel(Str(root, "channel")));
        var keptBy = StrOrNull(root, "kept_by");
        var keptAt = InstantOrNull(root, "kept_at");
        if ((keptBy is null) != (keptAt is null))
        {
            throw new JsonException("kept_by and kept_at must be both set or both null.");
        }

        return made.WithState(Strings(root, "attempts"), keptBy, keptAt);
    });

    private static string Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("schema_version", SchemaVersion);
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static T Read<T>(string json, Func<JsonElement, T> body)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schema_version", out var version) || version.ValueKind != JsonValueKind.Number)
        {
            throw new JsonException("schema_version must be present as a number.");
        }

        if (version.GetInt32() != SchemaVersion)
        {
            throw new JsonException($"schema_version must be {SchemaVersion}; was {version.GetRawText()}.");
        }

        try
        {
            return body(root);
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new JsonException($"The document is not a valid schema_version {SchemaVersion} document: {e.Message}", e);
        }
    }

    private static void WriteService(Utf8JsonWriter w, ServiceMeasures? service)
    {
        if (service is null)
        {
            w.WriteNull("service");
            return;
        }

        w.WriteStartObject("service");
        WriteInstantOrNull(w, "started_at", service.StartedAt);
        WriteInstantOrNull(w, "queued_at", service.QueuedAt);
        WriteInstantOrNull(w, "answered_at", service.AnsweredAt);
        WriteInstantOrNull(w, "ended_at", service.EndedAt);
        WriteBoolOrNull(w, "resolved", service.Resolved);
        WriteBoolOrNull(w, "re_explained", service.ReExplained);
        w.WriteString("process", service.Process);
        WriteRating(w, "satisfaction", service.Satisfaction);
        WriteRating(w, "recommendation", service.Recommendation);
        w.WriteEndObject();
    }

    private static void WriteRating(Utf8JsonWriter w, string name, SatisfactionRating? rating)
    {
        if (rating is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteNumber("score", rating.Score);
        w.WriteNumber("scale_min", rating.Scale.Min);
        w.WriteNumber("scale_max", rating.Scale.Max);
        w.WriteString("rated_at", Pattern.Format(rating.RatedAt));
        w.WriteString("phase", rating.Phase.ToString().ToLowerInvariant());
        w.WriteEndObject();
    }

    private static void WriteBoolOrNull(Utf8JsonWriter w, string name, bool? value)
    {
        if (value is { } v)
        {
            w.WriteBoolean(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static ServiceMeasures? ServiceOrNull(JsonElement root)
    {
        if (!root.TryGetProperty("service", out var service) || service.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var customer = new CustomerId(Str(root, "customer"));
        return new ServiceMeasures(
            InstantOrNull(service, "started_at"),
            InstantOrNull(service, "queued_at"),
            InstantOrNull(service, "answered_at"),
            InstantOrNull(service, "ended_at"),
            BoolOrNull(service, "resolved"),
            BoolOrNull(service, "re_explained"),
            StrOrNull(service, "process"),
            RatingOrNull(service, "satisfaction", customer),
            RatingOrNull(service, "recommendation", customer));
    }

    private static SatisfactionRating? RatingOrNull(JsonElement e, string name, CustomerId customer)
    {
        if (!e.TryGetProperty(name, out var r) || r.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return new SatisfactionRating(
            customer, Int(r, "score"), new SatisfactionScale(Int(r, "scale_min"), Int(r, "scale_max")), InstantOf(r, "rated_at"), Enum<PurchaseCyclePhase>(r, "phase"));
    }

    private static int Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out var value)
            ? value
            : throw new JsonException($"{name} must be a whole number; was missing or not a whole number.");

    private static bool? BoolOrNull(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) ? p.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null => null,
            _ => throw new JsonException($"{name} must be true, false or null; was {p.GetRawText()}."),
        } : null;

    private static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void WriteInstantOrNull(Utf8JsonWriter w, string name, Instant? value)
    {
        if (value is { } v)
        {
            w.WriteString(name, Pattern.Format(v));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static string Str(JsonElement e, string name) =>
        StrOrNull(e, name) ?? throw new JsonException($"{name} must be a string; was missing or null.");

    private static string? StrOrNull(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static string[] Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Array ? [.. p.EnumerateArray().Select(x => x.GetString() ?? string.Empty)] : [];

    private static Instant InstantOf(JsonElement e, string name) =>
        InstantOrNull(e, name) ?? throw new JsonException($"{name} must be an ISO 8601 instant; was missing or null.");

    private static Instant? InstantOrNull(JsonElement e, string name)
    {
        var text = StrOrNull(e, name);
        if (text is null)
        {
            return null;
        }

        var parsed = Pattern.Parse(text);
        return parsed.Success ? parsed.Value : throw new JsonException($"{name} must be an ISO 8601 instant; was {Guard.Format(text)}.");
    }

    private static TEnum Enum<TEnum>(JsonElement e, string name)
        where TEnum : struct, Enum
    {
        var text = Str(e, name);
        return System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value)
            ? value
            : throw new JsonException($"{name} must be one of {string.Join(", ", System.Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()))}; was {Guard.Format(text)}.");
    }
}
