using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Idic;
using RelationshipKit.Idic.Customize;
using RelationshipKit.RelationshipTypes;

namespace RelationshipKit.Cli.Commands.IdicPlan;

/// <summary>Writes the result of <c>idic plan</c> as a table, JSON or CSV (one row per care-plan item).</summary>
internal static class PlanOutput
{
    public static string Text(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    public static string Tier(ValueTier? tier) => tier switch
    {
        ValueTier.MostValuable => "most-valuable",
        ValueTier.MostGrowable => "most-growable",
        ValueTier.BelowZero => "below-zero",
        ValueTier.Standard => "standard",
        _ => "unknown",
    };

    public static string Status(CarePlanItemStatus status) => status switch
    {
        CarePlanItemStatus.Scheduled => "scheduled",
        CarePlanItemStatus.Moved => "moved",
        CarePlanItemStatus.Internal => "internal",
        CarePlanItemStatus.NoConsent => "no_consent",
        CarePlanItemStatus.NoSlot => "no_slot",
        _ => "lapsed",
    };

    /// <summary>Writes the plans; with <paramref name="trace"/>, the table and the JSON add each customer's decision trace (CSV has no place for it: the command refuses the combination).</summary>
    public static string Write(OutputFormat format, IReadOnlyList<CustomerPlan> plans, Instant at, int rejected, bool trace) => format switch
    {
        OutputFormat.Json => Json.Write(w => WriteJson(w, plans, at, rejected, trace)),
        OutputFormat.Csv => CsvText.Write(
            ["customer", "activity", "status", "scheduled", "requested", "channel", "rule", "reason"],
            plans.SelectMany(p => p.CarePlan.Items.Select(i => (IReadOnlyList<string>)
            [
                p.Cluster.Id.Value, i.Name, Status(i.Status), i.Scheduled is { } s ? Text(s) : string.Empty, Text(i.Requested),
                i.Channel?.Name ?? string.Empty, i.Rule, i.Reason,
            ]))),
        _ => Table(plans, at, rejected, trace),
    };

    private static string Table(IReadOnlyList<CustomerPlan> plans, Instant at, int rejected, bool trace)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"IDIC plan at {Text(at)}: {plans.Count} customers");
        text.Append(rejected == 0 ? ".\n" : $", {rejected} records rejected (see the errors).\n");
        foreach (var p in plans)
        {
            text.Append('\n');
            text.Append(CultureInfo.InvariantCulture, $"Customer {p.Cluster.Id}: records {string.Join(", ", p.Cluster.RecordIds)}; tier {Tier(p.Tier)}; stage {p.Stage ?? "unknown"}; {p.TimeZone}\n");
            if (p.Cluster.ReviewReason is { } review)
            {
                text.Append(CultureInfo.InvariantCulture, $"  needs review: {review}\n");
            }

            var type = RelationshipTypeInfo.For(p.Treatment.RelationshipType.Type).Name;
            text.Append(CultureInfo.InvariantCulture, $"  treatment {p.Treatment.Name}: relationship type {type}; fired {string.Join(", ", p.Treatment.Fired.Select(f => f.Rule.Name))}\n");
            if (p.Treatment.Offers.Count > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"  offers: {string.Join(", ", p.Treatment.Offers)}\n");
            }

            if (p.Treatment.OffersWithheldBecause is { } why)
            {
                text.Append(CultureInfo.InvariantCulture, $"  offers withheld ({string.Join(", ", p.Treatment.OffersWithheld)}): {why}\n");
            }

            foreach (var d in p.NextContact)
            {
                text.Append(CultureInfo.InvariantCulture, $"  next {d.Channel}: ")
                    .Append(d.IsAllowed ? "now" : d.NextAllowed is { } n ? $"{Text(n)} ({string.Join("; ", d.Reasons)})" : $"none ({string.Join("; ", d.Reasons)})")
                    .Append('\n');
            }

            foreach (var promise in p.OpenPromises)
            {
                text.Append(CultureInfo.InvariantCulture, $"  open promise {promise.Id}: {promise.Reason}, {promise.Owner} by {promise.Channel}, due {Text(promise.DueAt)}{(promise.IsOverdueAt(at) ? " (OVERDUE)" : string.Empty)}\n");
            }

            text.Append("  care plan:\n");
            foreach (var i in p.CarePlan.Items)
            {
                var when = i.Scheduled is { } s ? Text(s) : "not scheduled";
                var where = i.Channel is { } c ? "on " + c.Name : "internal";
                text.Append(CultureInfo.InvariantCulture, $"    {when}  {i.Name} {where}, {Status(i.Status)} [{i.Rule}: {i.Reason}]\n");
                if (i.Status is not (CarePlanItemStatus.Scheduled or CarePlanItemStatus.Internal))
                {
                    var check = i.Status == CarePlanItemStatus.Moved ? i.Checks.First(c => c.StartsWith("contact policy", StringComparison.Ordinal)) : i.Checks[^1];
                    text.Append(CultureInfo.InvariantCulture, $"      {check}\n");
                }
            }

            if (trace)
            {
                text.Append("  decision trace:\n");
                foreach (var d in p.Trace.Entries)
                {
                    text.Append(CultureInfo.InvariantCulture, $"    {KebabCase.FromPascalCase(d.Stage.ToString())} [{d.Rule}] {d.Decision}\n");
                    if (d.Basis.Length > 0)
                    {
                        text.Append(CultureInfo.InvariantCulture, $"      basis: {d.Basis}\n");
                    }
                }
            }
        }

        return text.ToString();
    }

    private static void WriteJson(Utf8JsonWriter json, IReadOnlyList<CustomerPlan> plans, Instant at, int rejected, bool trace)
    {
        json.WriteStartObject();
        json.WriteString("tool_version", CliApplication.Version);
        json.WriteString("at", Text(at));
        json.WriteNumber("rejected_records", rejected);
        json.WriteStartArray("customers");
        foreach (var p in plans)
        {
            json.WriteStartObject();
            json.WriteString("customer", p.Cluster.Id.Value);
            Strings(json, "records", p.Cluster.RecordIds);
            Strings(json, "channels", p.Cluster.Channels.Select(c => c.Name));
            NullableString(json, "needs_review", p.Cluster.ReviewReason);
            json.WriteString("tier", Tier(p.Tier));
            NullableString(json, "lifecycle_stage", p.Stage);
            json.WriteString("time_zone", p.TimeZone);
            json.WriteStartObject("treatment");
            json.WriteString("name", p.Treatment.Name);
            json.WriteString("relationship_type", RelationshipTypeInfo.For(p.Treatment.RelationshipType.Type).Name);
            json.WriteString("relationship_type_explanation", p.Treatment.RelationshipType.Explanation);
            Strings(json, "offers", p.Treatment.Offers);
            Strings(json, "offers_withheld", p.Treatment.OffersWithheld);
            NullableString(json, "offers_withheld_because", p.Treatment.OffersWithheldBecause);
            json.WriteStartArray("rules");
            foreach (var o in p.Treatment.Outcomes)
            {
                json.WriteStartObject();
                json.WriteString("rule", o.Rule.Name);
                json.WriteString("outcome", o.Fired ? "fired" : o.Evaluated ? "not_fired" : "not_evaluated");
                json.WriteString("reason", o.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartArray("next_contact");
            foreach (var d in p.NextContact)
            {
                json.WriteStartObject();
                json.WriteString("channel", d.Channel.Name);
                json.WriteBoolean("allowed_now", d.IsAllowed);
                NullableString(json, "next_allowed", d.NextAllowed is { } n ? Text(n) : null);
                Strings(json, "reasons", d.Reasons.Select(r => r.ToString()));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("open_promises");
            foreach (var promise in p.OpenPromises)
            {
                json.WriteStartObject();
                json.WriteString("id", promise.Id);
                json.WriteString("made_at", Text(promise.MadeAt));
                json.WriteString("due_at", Text(promise.DueAt));
                json.WriteString("reason", promise.Reason);
                json.WriteString("owner", promise.Owner);
                json.WriteString("channel", promise.Channel.Name);
                json.WriteBoolean("overdue", promise.IsOverdueAt(at));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("care_plan");
            foreach (var i in p.CarePlan.Items)
            {
                json.WriteStartObject();
                json.WriteString("activity", i.Name);
                json.WriteString("status", Status(i.Status));
                json.WriteString("requested", Text(i.Requested));
                NullableString(json, "scheduled", i.Scheduled is { } s ? Text(s) : null);
                NullableString(json, "channel", i.Channel?.Name);
                json.WriteString("rule", i.Rule);
                json.WriteString("reason", i.Reason);
                Strings(json, "checks", i.Checks);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (trace)
            {
                json.WriteStartArray("trace");
                foreach (var d in p.Trace.Entries)
                {
                    json.WriteStartObject();
                    json.WriteString("stage", KebabCase.FromPascalCase(d.Stage.ToString()));
                    json.WriteString("rule", d.Rule);
                    json.WriteString("decision", d.Decision);
                    NullableString(json, "basis", d.Basis.Length == 0 ? null : d.Basis);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }

    private static void NullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
