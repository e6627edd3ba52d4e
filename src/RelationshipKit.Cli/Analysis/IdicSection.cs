using System.Globalization;
using System.Text.Json;
using NodaTime;
using RelationshipKit.Cli.Commands.IdicPlan;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Idic;
using RelationshipKit.Idic.Customize;
using RelationshipKit.Idic.Matching;
using RelationshipKit.Idic.Metrics;
using RelationshipKit.RelationshipTypes;

namespace RelationshipKit.Cli.Analysis;

/// <summary>
/// The <c>idic</c> section of <c>analyze</c>: <c>idic plan</c> run on a synthetic contact-centre sample built into the
/// tool (six channel records of four customers and their events), summarised per customer; each customer matched to a
/// consultant of a synthetic roster; the service metrics of the sample's recorded interactions
/// (<see cref="ContactCentreService"/>).
/// </summary>
internal sealed class IdicSection : ReportSection
{
    /// <summary>The description of the built-in sample, printed with the section.</summary>
    public const string SampleDescription = "a synthetic contact-centre sample built into the tool (not real data): six channel records of four customers";

    /// <summary>The instant the sample is planned at: Wednesday 10 June 2026, 10:00 in Warsaw.</summary>
    public static readonly Instant At = Instant.FromUtc(2026, 6, 10, 8, 0);

    public const string CustomersFile = "contact-centre-customers.csv";

    public const string EventsFile = "contact-centre-events.csv";

    public override string Key => "idic";

    public override PreparedSection Prepare(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = PlanInput.Read(CustomersFile, Lines(CustomersFile), EventsFile, Lines(EventsFile));
        var plans = PlanRun.Run(input, At);
        if (input.Errors.Count > 0)
        {
            throw new InvalidOperationException($"The embedded IDIC sample is malformed; the build is broken: {input.Errors[0]}");
        }

        return new Prepared(input.Records.Count, plans, ContactCentreService.Match(plans), ContactCentreService.Measure(At));
    }

    private static string[] Lines(string file) => EmbeddedResources.ReadText(file).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    private sealed class Prepared(int records, IReadOnlyList<CustomerPlan> plans, IReadOnlyList<ConsultantMatch> matches, ServiceMetricsReport service) : PreparedSection
    {
        public override void WriteText(TextWriter writer)
        {
            writer.WriteLine("IDIC: identify, differentiate, interact, customise (Peppers & Rogers)");
            writer.WriteLine($"Sample: {SampleDescription}; planned at {PlanOutput.Text(At)}.");
            writer.WriteLine($"{records} records resolved into {plans.Count} customers; 'relationshipkit idic plan' prints the full plans.");
            writer.Write(TextTable.Render(
                null,
                ["Customer", "Tier", "Treatment", "Promises", "Planned", "Next care activity", "When"],
                plans.Select(p => (IReadOnlyList<string>)
                [
                    p.Cluster.Id.Value,
                    PlanOutput.Tier(p.Tier),
                    p.Treatment.Name,
                    p.OpenPromises.Count == 0 ? "-" : $"{p.OpenPromises.Count} open, {p.OpenPromises.Count(o => o.IsOverdueAt(At))} overdue",
                    $"{p.CarePlan.Planned.Count()} of {p.CarePlan.Items.Count}",
                    Next(p.CarePlan)?.Name ?? "-",
                    Next(p.CarePlan) is { } n ? PlanOutput.Text(n.Scheduled!.Value) : "-",
                ])));
            foreach (var p in plans)
            {
                writer.WriteLine($"{p.Cluster.Id}: relationship type {RelationshipTypeInfo.For(p.Treatment.RelationshipType.Type).Name}; records {string.Join(", ", p.Cluster.RecordIds)}.");
            }

            writer.WriteLine();
            writer.WriteLine($"Consultant matching on a synthetic roster ({string.Join(", ", ContactCentreService.Roster.Select(c => c.Id))}):");
            writer.Write(TextTable.Render(
                null,
                ["Customer", "Consultant", "Rule", "Score", "Why"],
                matches.Select(m => (IReadOnlyList<string>)
                [
                    m.Request.Customer.Value,
                    m.Chosen?.Consultant.Id ?? "-",
                    KebabCase.FromPascalCase(m.Rule.ToString()),
                    m.Chosen is { } c ? Number(c.Total) : "-",
                    Why(m),
                ]),
                new HashSet<int> { 3 }));
            writer.WriteLine($"Service metrics of the sample's synthetic interactions, {PlanOutput.Text(service.Period.Start)} to {PlanOutput.Text(service.Period.End)}:");
            writer.Write(TextTable.Render(
                null,
                ["Group", "Contacts", "FCR", "Re-explained", "Wait (median)", "CSAT", "NPS"],
                Groups(service).Select(g => (IReadOnlyList<string>)
                [
                    g.Kind == ServiceGroupKind.All ? "overall" : $"{KebabCase.FromPascalCase(g.Kind.ToString())} {g.Group}",
                    g.Contacts.ToString(CultureInfo.InvariantCulture),
                    Rate(g.FirstContactResolution),
                    Rate(g.ReExplainedAfterTransfer),
                    g.WaitTime.Median is { } wait ? wait.ToString("M:ss", CultureInfo.InvariantCulture) : "-",
                    g.Csat.Percent is { } csat ? $"{Number(csat, "0")}% of {g.Csat.RatingCount}" : "-",
                    g.Nps.Value is { } nps ? $"{Number(nps, "0")} of {g.Nps.RatingCount}" : "-",
                ]),
                new HashSet<int> { 1 }));
            writer.WriteLine("FCR: first-contact resolution; re-explained: transferred legs where the customer had to explain his case again;");
            writer.WriteLine("CSAT: satisfied (top two boxes) of ratings; NPS: promoters minus detractors, in percent, of ratings.");
        }

        public override void WriteJson(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("sample", SampleDescription);
            writer.WriteString("at", PlanOutput.Text(At));
            writer.WriteNumber("records", records);
            writer.WriteStartArray("customers");
            foreach (var p in plans)
            {
                writer.WriteStartObject();
                writer.WriteString("customer", p.Cluster.Id.Value);
                writer.WriteNumber("records", p.Cluster.RecordIds.Length);
                writer.WriteString("tier", PlanOutput.Tier(p.Tier));
                writer.WriteString("treatment", p.Treatment.Name);
                writer.WriteString("relationship_type", RelationshipTypeInfo.For(p.Treatment.RelationshipType.Type).Name);
                writer.WriteNumber("open_promises", p.OpenPromises.Count);
                writer.WriteNumber("overdue_promises", p.OpenPromises.Count(o => o.IsOverdueAt(At)));
                writer.WriteNumber("care_planned", p.CarePlan.Planned.Count());
                writer.WriteNumber("care_not_scheduled", p.CarePlan.NotScheduled.Count());
                if (Next(p.CarePlan) is { } n)
                {
                    writer.WriteStartObject("next_care_activity");
                    writer.WriteString("activity", n.Name);
                    writer.WriteString("scheduled", PlanOutput.Text(n.Scheduled!.Value));
                    if (n.Channel is { } c)
                    {
                        writer.WriteString("channel", c.Name);
                    }
                    else
                    {
                        writer.WriteNull("channel");
                    }

                    writer.WriteEndObject();
                }
                else
                {
                    writer.WriteNull("next_care_activity");
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("matching");
            foreach (var m in matches)
            {
                writer.WriteStartObject();
                writer.WriteString("customer", m.Request.Customer.Value);
                writer.WriteString("rule", KebabCase.FromPascalCase(m.Rule.ToString()));
                if (m.Chosen is { } chosen)
                {
                    writer.WriteString("consultant", chosen.Consultant.Id);
                    writer.WriteFinite("score", chosen.Total);
                    writer.WriteStartArray("terms");
                    foreach (var term in chosen.Terms)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("name", term.Name);
                        writer.WriteFinite("weight", term.Weight);
                        writer.WriteFiniteOrNull("score", term.Score);
                        writer.WriteString("explanation", term.Explanation);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                }
                else
                {
                    writer.WriteNull("consultant");
                    writer.WriteNull("score");
                    writer.WriteStartArray("terms");
                    writer.WriteEndArray();
                }

                writer.WriteString("explanation", m.Explanation);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("service");
            writer.WriteString("sample", "synthetic interactions of the sample customers (not real data)");
            writer.WriteString("period_start", PlanOutput.Text(service.Period.Start));
            writer.WriteString("period_end", PlanOutput.Text(service.Period.End));
            writer.WriteStartArray("groups");
            foreach (var g in Groups(service))
            {
                writer.WriteStartObject();
                writer.WriteString("kind", KebabCase.FromPascalCase(g.Kind.ToString()));
                writer.WriteString("group", g.Group);
                writer.WriteNumber("interactions", g.Interactions);
                writer.WriteNumber("contacts", g.Contacts);
                WriteRate(writer, "first_contact_resolution", g.FirstContactResolution);
                WriteRate(writer, "complaints_resolved", g.ComplaintsResolved);
                WriteRate(writer, "re_explained_after_transfer", g.ReExplainedAfterTransfer);
                writer.WriteFiniteOrNull("wait_median_seconds", g.WaitTime.Median?.TotalSeconds);
                writer.WriteFiniteOrNull("handle_median_seconds", g.HandleTime.Median?.TotalSeconds);
                writer.WriteFiniteOrNull("csat_percent", g.Csat.Percent);
                writer.WriteNumber("csat_ratings", g.Csat.RatingCount);
                writer.WriteFiniteOrNull("nps", g.Nps.Value);
                writer.WriteNumber("nps_ratings", g.Nps.RatingCount);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        private static IEnumerable<ServiceFigures> Groups(ServiceMetricsReport report) =>
            new[] { report.Overall }.Concat(report.ByChannel).Concat(report.ByConsultant);

        private static string Why(ConsultantMatch match) => match.Chosen is { } chosen
            ? string.Join(", ", chosen.Terms.Where(t => t.IsScored).Select(t => $"{t.Name} {Number(t.Score.GetValueOrDefault())}"))
            : match.Explanation;

        private static string Rate(ServiceRate rate) => rate.Of == 0 ? "-" : $"{rate.Count} of {rate.Of}";

        private static string Number(double value, string format = "0.##") => value.ToString(format, CultureInfo.InvariantCulture);

        private static void WriteRate(Utf8JsonWriter writer, string name, ServiceRate rate)
        {
            writer.WriteStartObject(name);
            writer.WriteNumber("count", rate.Count);
            writer.WriteNumber("of", rate.Of);
            writer.WriteFiniteOrNull("rate", rate.Rate);
            writer.WriteEndObject();
        }

        private static CarePlanItem? Next(CarePlan plan) => plan.Planned.FirstOrDefault(i => i.Channel is not null);
    }
}
