using System.Text.Json;
using NodaTime;
using RelationshipKit.Cli.Commands.IdicPlan;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Idic.Customize;
using RelationshipKit.RelationshipTypes;

namespace RelationshipKit.Cli.Analysis;

/// <summary>
/// The <c>idic</c> section of <c>analyze</c>: <c>idic plan</c> run on a synthetic contact-centre sample built into the
/// tool (six channel records of four customers and their events), summarised per customer.
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
        if (input.Errors.Count > 0)
        {
            throw new InvalidOperationException($"The embedded IDIC sample is malformed; the build is broken: {input.Errors[0]}");
        }

        return new Prepared(input.Records.Count, PlanRun.Run(input, At));
    }

    private static string[] Lines(string file) => EmbeddedResources.ReadText(file).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    private sealed class Prepared(int records, IReadOnlyList<CustomerPlan> plans) : PreparedSection
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
            writer.WriteEndObject();
        }

        private static CarePlanItem? Next(CarePlan plan) => plan.Planned.FirstOrDefault(i => i.Channel is not null);
    }
}
