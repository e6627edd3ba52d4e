using NodaTime;
using NodaTime.Text;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Idic;
using RelationshipKit.Idic.Customize;
using RelationshipKit.Idic.Identify;
using RelationshipKit.Idic.Interact;

namespace RelationshipKit.Cli.Commands.IdicPlan;

/// <summary>
/// The two input files of <c>idic plan</c>, checked record by record: a bad record gets its own error
/// (file:line:column) and is skipped; the rest of the batch goes on.
/// </summary>
internal sealed class PlanInput
{
    public static readonly string[] CustomerColumns = ["record", "channel", "identifiers"];
    public static readonly string[] CustomerOptional = ["time_zone", "tier", "lifecycle_stage", "preferred_channels"];
    public static readonly string[] EventColumns = ["event", "record", "kind", "at"];
    public static readonly string[] EventOptional = ["until", "detail", "channel", "purpose", "owner"];

    /// <summary>The callback channel of a promise whose <c>channel</c> column is absent or empty.</summary>
    public static readonly Channel DefaultPromiseChannel = Channel.Phone;

    /// <summary>The owner of a promise whose <c>owner</c> column is absent or empty.</summary>
    public const string DefaultPromiseOwner = "contact-centre";

    private static readonly Dictionary<string, IdentifierKind> Kinds = new(StringComparer.Ordinal)
    {
        ["email"] = IdentifierKind.Email,
        ["phone"] = IdentifierKind.Phone,
        ["loyalty"] = IdentifierKind.LoyaltyNumber,
        ["device"] = IdentifierKind.DeviceId,
        ["account"] = IdentifierKind.AccountNumber,
    };

    private static readonly Dictionary<string, ValueTier> Tiers = new(StringComparer.Ordinal)
    {
        ["standard"] = ValueTier.Standard,
        ["most-valuable"] = ValueTier.MostValuable,
        ["most-growable"] = ValueTier.MostGrowable,
        ["below-zero"] = ValueTier.BelowZero,
    };

    /// <summary>The event kinds of the events file besides the care events.</summary>
    public static readonly string[] OtherEventKinds = ["consent-granted", "consent-withdrawn", "suppress", "promise", "promise-kept", "contact"];

    private readonly List<(int File, int Line, string Text)> _errors = [];

    private int _file;

    /// <summary>The rejected records' errors, file by file (customers, then events), in line order.</summary>
    public IReadOnlyList<string> Errors => [.. _errors.OrderBy(e => e.File).ThenBy(e => e.Line).Select(e => e.Text)];

    public List<ChannelRecord> Records { get; } = [];

    public Dictionary<string, CustomerRow> Customers { get; } = new(StringComparer.Ordinal);

    public List<EventRow> Events { get; } = [];

    public int Rejected => _errors.Count;

    /// <summary>One customer record's own attributes.</summary>
    internal sealed record CustomerRow(string Record, DateTimeZone? TimeZone, ValueTier? Tier, string? Stage, Channel[] PreferredChannels);

    /// <summary>
    /// One event: a care event (<see cref="Care"/> set) or one of <see cref="OtherEventKinds"/>. <see cref="Channel"/>
    /// is the consent event's channel (null: every channel), the contact's, the promise's or the kept promise's
    /// callback channel (null: the promise's); <see cref="Purpose"/> the consent event's; <see cref="Owner"/> the
    /// promise's owner or who kept it (null: the default owner, or the promise's). <see cref="Source"/> locates it for
    /// errors found later (a kept promise that does not exist).
    /// </summary>
    internal sealed record EventRow(
        string Id, string Record, string Kind, CareEventKind? Care, Instant At, Instant? Until, string Detail,
        Channel? Channel, string? Purpose, string? Owner, CsvRecords.Row Source);

    /// <summary>The care event kinds by their kebab-case names.</summary>
    private static readonly Dictionary<string, CareEventKind> CareKinds =
        Enum.GetValues<CareEventKind>().ToDictionary(k => KebabCase.FromPascalCase(k.ToString()), StringComparer.Ordinal);

    public static PlanInput Read(string customersPath, string eventsPath) =>
        Read(customersPath, CliInput.Open(customersPath, File.ReadAllLines), eventsPath, CliInput.Open(eventsPath, File.ReadAllLines));

    public static PlanInput Read(string customersPath, string[] customerLines, string eventsPath, string[] eventLines)
    {
        var input = new PlanInput();
        var fileErrors = new List<(int Line, string Text)>();
        foreach (var row in CsvRecords.Read(customersPath, customerLines, CustomerColumns, CustomerOptional, fileErrors))
        {
            input.ReadCustomer(row);
        }

        input.TakeErrors(fileErrors);
        input._file = 1;
        foreach (var row in CsvRecords.Read(eventsPath, eventLines, EventColumns, EventOptional, fileErrors))
        {
            input.ReadEvent(row);
        }

        input.TakeErrors(fileErrors);
        return input;
    }

    private void ReadCustomer(CsvRecords.Row row)
    {
        var id = row["record"].Text;
        if (id.Length == 0)
        {
            Reject(row, "record", "record must not be empty");
            return;
        }

        if (Customers.ContainsKey(id))
        {
            Reject(row, "record", $"record \"{id}\" appears twice in the file");
            return;
        }

        if (!TryChannel(row["channel"].Text, out var channel))
        {
            Reject(row, "channel", $"channel must be a kebab-case channel name such as phone or e-mail; was \"{row["channel"].Text}\"");
            return;
        }

        var identifiers = new List<Identifier>();
        foreach (var part in row["identifiers"].Text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !Kinds.TryGetValue(part[..colon].ToLowerInvariant(), out var kind) || colon == part.Length - 1)
            {
                Reject(row, "identifiers", $"identifiers must be kind:value pairs separated by ';' with kind one of {string.Join(", ", Kinds.Keys)}; \"{Mask(part)}\" is not");
                return;
            }

            identifiers.Add(new Identifier(kind, part[(colon + 1)..]));
        }

        DateTimeZone? zone = null;
        var zoneText = row["time_zone"].Text;
        if (zoneText.Length > 0 && (zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneText)) is null)
        {
            Reject(row, "time_zone", $"time_zone must be an IANA time zone such as Europe/Warsaw; was \"{zoneText}\"");
            return;
        }

        ValueTier? tier = null;
        var tierText = row["tier"].Text;
        if (tierText.Length > 0)
        {
            if (!Tiers.TryGetValue(tierText, out var t))
            {
                Reject(row, "tier", $"tier must be one of {string.Join(", ", Tiers.Keys)}; was \"{tierText}\"");
                return;
            }

            tier = t;
        }

        var stage = row["lifecycle_stage"].Text;
        if (stage.Length > 0 && !KebabCase.IsValid(stage, TreatmentFacts.MaxLifecycleStageLength))
        {
            Reject(row, "lifecycle_stage", $"lifecycle_stage must be a kebab-case stage such as exploration; was \"{stage}\"");
            return;
        }

        var preferred = new List<Channel>();
        foreach (var name in row["preferred_channels"].Text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TryChannel(name, out var c))
            {
                Reject(row, "preferred_channels", $"preferred_channels must be channel names separated by ';'; \"{name}\" is not one");
                return;
            }

            preferred.Add(c);
        }

        ChannelRecord record;
        try
        {
            record = new ChannelRecord(id, channel, identifiers);
        }
        catch (ArgumentException ex)
        {
            Reject(row, "record", Infrastructure.LibraryErrors.FirstSentence(ex.Message));
            return;
        }

        Records.Add(record);
        Customers[id] = new CustomerRow(id, zone, tier, stage.Length == 0 ? null : stage, [.. preferred]);
    }

    private void ReadEvent(CsvRecords.Row row)
    {
        var id = row["event"].Text;
        if (id.Length == 0)
        {
            Reject(row, "event", "event must not be empty");
            return;
        }

        var record = row["record"].Text;
        if (!Customers.ContainsKey(record))
        {
            Reject(row, "record", $"record \"{record}\" is not in the customers file (or was rejected there)");
            return;
        }

        var kind = row["kind"].Text.ToLowerInvariant();
        CareEventKind? care = CareKinds.TryGetValue(kind, out var k) ? k : null;
        if (care is null && !OtherEventKinds.Contains(kind))
        {
            Reject(row, "kind", $"kind must be a care event ({string.Join(", ", CareKinds.Keys)}) or one of {string.Join(", ", OtherEventKinds)}; was \"{row["kind"].Text}\"");
            return;
        }

        if (!TryInstant(row["at"].Text, out var at))
        {
            Reject(row, "at", $"at must be an ISO 8601 instant such as 2026-06-10T15:30:00Z or 2026-06-10T17:30:00+02:00; was \"{row["at"].Text}\"");
            return;
        }

        Instant? until = null;
        var untilText = row["until"].Text;
        if (kind is "suppress" or "promise")
        {
            if (!TryInstant(untilText, out var end) || end <= at)
            {
                Reject(row, "until", $"until must be an ISO 8601 instant after at for a {kind} event; was \"{untilText}\"");
                return;
            }

            until = end;
        }

        var detail = row["detail"].Text;
        var consent = kind is "consent-granted" or "consent-withdrawn";
        var promise = kind is "promise" or "promise-kept";

        // The purpose of a consent event: its own column, or the detail in files written before that column.
        var purpose = row["purpose"].Text;
        if (purpose.Length > 0 && !consent)
        {
            Reject(row, "purpose", $"purpose applies to consent-granted and consent-withdrawn events only; was given for a {kind} event");
            return;
        }

        if (consent && purpose.Length == 0 && detail.Length == 0)
        {
            Reject(row, "purpose", $"purpose must name the consent purpose (marketing, survey, service…) of a {kind} event (detail does in files without the purpose column); both are empty");
            return;
        }

        var purposeColumn = purpose.Length > 0 ? "purpose" : "detail";
        purpose = purpose.Length > 0 ? purpose : detail;
        if (consent && !KebabCase.IsValid(purpose, ConsentPurpose.MaxNameLength))
        {
            Reject(row, purposeColumn, $"{purposeColumn} must name the consent purpose (marketing, survey, service…) for a {kind} event; was \"{purpose}\"");
            return;
        }

        // The channel: the consent event's (empty: every channel), the contact's (or its detail in older files), the
        // promise's callback channel.
        var channelText = row["channel"].Text;
        if (channelText.Length > 0 && !(consent || promise || kind == "contact"))
        {
            Reject(row, "channel", $"channel applies to consent, contact, promise and promise-kept events only; was given for a {kind} event");
            return;
        }

        var channelColumn = channelText.Length == 0 && kind == "contact" && detail.Length > 0 ? "detail" : "channel";
        channelText = channelColumn == "detail" ? detail : channelText;
        Channel? channel = null;
        if (channelText.Length > 0 || kind == "contact")
        {
            if (!TryChannel(channelText, out var c))
            {
                Reject(row, channelColumn, $"{channelColumn} must name a channel such as phone or e-mail{(kind == "contact" ? " for a contact event" : string.Empty)}; was \"{channelText}\"");
                return;
            }

            channel = c;
        }

        var owner = row["owner"].Text;
        if (owner.Length > 0 && !promise)
        {
            Reject(row, "owner", $"owner applies to promise and promise-kept events only; was given for a {kind} event");
            return;
        }

        if (kind is "promise-kept" or "suppress" or "promise" && detail.Length == 0)
        {
            Reject(row, "detail", kind == "promise-kept" ? "detail must name the kept promise's event id" : $"detail must give the reason of the {kind} event");
            return;
        }

        Events.Add(new EventRow(id, record, kind, care, at, until, detail, channel, consent ? purpose : null, owner.Length == 0 ? null : owner, row));
    }

    /// <summary>Rejects an event found wrong once the customer's other events are known (a kept promise that does not exist).</summary>
    public void Reject(EventRow row, string column, string message)
    {
        Events.Remove(row);
        _errors.Add((1, row.Source.Line, $"{row.Source.At(column)}: {message}; the record is skipped."));
    }

    private void Reject(CsvRecords.Row row, string column, string message) =>
        _errors.Add((_file, row.Line, $"{row.At(column)}: {message}; the record is skipped."));

    private void TakeErrors(List<(int Line, string Text)> fileErrors)
    {
        _errors.AddRange(fileErrors.Select(e => (_file, e.Line, e.Text)));
        fileErrors.Clear();
    }

    internal static bool TryInstant(string text, out Instant instant)
    {
        var parsed = InstantPattern.ExtendedIso.Parse(text);
        if (parsed.Success)
        {
            instant = parsed.Value;
            return true;
        }

        var offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        instant = offset.Success ? offset.Value.ToInstant() : default;
        return offset.Success;
    }

    internal static bool TryChannel(string text, out Channel channel)
    {
        channel = default;
        if (!KebabCase.IsValid(text, Channel.MaxNameLength))
        {
            return false;
        }

        channel = new Channel(text);
        return true;
    }

    private static string Mask(string part) => part.Length <= 4 ? part : part[..2] + "***";
}
