using NodaTime;
using NodaTime.Text;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Idic;
using RelationshipKit.Idic.Customize;
using RelationshipKit.Idic.Identify;

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
    public static readonly string[] EventOptional = ["until", "detail"];

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

    /// <summary>The rejected records' errors, file by file, in line order.</summary>
    public List<string> Errors { get; } = [];

    private List<(int Line, string Text)> FileErrors { get; } = [];

    public List<ChannelRecord> Records { get; } = [];

    public Dictionary<string, CustomerRow> Customers { get; } = new(StringComparer.Ordinal);

    public List<EventRow> Events { get; } = [];

    public int Rejected { get; private set; }

    /// <summary>One customer record's own attributes.</summary>
    internal sealed record CustomerRow(string Record, DateTimeZone? TimeZone, ValueTier? Tier, string? Stage, Channel[] PreferredChannels);

    /// <summary>One event: a care event (<see cref="Care"/> set) or one of <see cref="OtherEventKinds"/>.</summary>
    internal sealed record EventRow(string Id, string Record, string Kind, CareEventKind? Care, Instant At, Instant? Until, string Detail);

    public static string KebabName(CareEventKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static PlanInput Read(string customersPath, string eventsPath) =>
        Read(customersPath, CliInput.Open(customersPath, File.ReadAllLines), eventsPath, CliInput.Open(eventsPath, File.ReadAllLines));

    public static PlanInput Read(string customersPath, string[] customerLines, string eventsPath, string[] eventLines)
    {
        var input = new PlanInput();
        foreach (var row in CsvRecords.Read(customersPath, customerLines, CustomerColumns, CustomerOptional, input.FileErrors))
        {
            input.ReadCustomer(row);
        }

        input.FlushErrors();
        foreach (var row in CsvRecords.Read(eventsPath, eventLines, EventColumns, EventOptional, input.FileErrors))
        {
            input.ReadEvent(row);
        }

        input.FlushErrors();

        input.Rejected = input.Errors.Count;
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
        if (stage.Length > 0 && !IsKebab(stage))
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
        CareEventKind? care = Enum.GetValues<CareEventKind>().Cast<CareEventKind?>().FirstOrDefault(k => KebabName(k!.Value) == kind);
        if (care is null && !OtherEventKinds.Contains(kind))
        {
            Reject(row, "kind", $"kind must be a care event ({string.Join(", ", Enum.GetValues<CareEventKind>().Select(KebabName))}) or one of {string.Join(", ", OtherEventKinds)}; was \"{row["kind"].Text}\"");
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
        switch (kind)
        {
            case "consent-granted" or "consent-withdrawn" when !IsKebab(detail):
                Reject(row, "detail", $"detail must name the consent purpose (marketing, survey, service…) for a {kind} event; was \"{detail}\"");
                return;
            case "contact" when !TryChannel(detail, out _):
                Reject(row, "detail", $"detail must name the channel of a contact event; was \"{detail}\"");
                return;
            case "promise-kept" or "suppress" or "promise" when detail.Length == 0:
                Reject(row, "detail", kind == "promise-kept" ? "detail must name the kept promise's event id" : $"detail must give the reason of the {kind} event");
                return;
        }

        Events.Add(new EventRow(id, record, kind, care, at, until, detail));
    }

    private void Reject(CsvRecords.Row row, string column, string message) =>
        FileErrors.Add((row.Line, $"{row.At(column)}: {message}; the record is skipped."));

    private void FlushErrors()
    {
        Errors.AddRange(FileErrors.OrderBy(e => e.Line).Select(e => e.Text));
        FileErrors.Clear();
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
        if (!IsKebab(text) || text.Length > Channel.MaxNameLength)
        {
            return false;
        }

        channel = new Channel(text);
        return true;
    }

    private static bool IsKebab(string text) =>
        text.Length is > 0 and <= 48 && char.IsAsciiLetterLower(text[0]) && text[^1] != '-'
        && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') && !text.Contains("--", StringComparison.Ordinal);

    private static string Mask(string part) => part.Length <= 4 ? part : part[..2] + "***";
}
