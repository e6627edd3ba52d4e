using System.Globalization;
using System.Text.Json;
using RelationshipKit.Cli.Commands.Lifecycle;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Lifecycle.Presets;
using RelationshipKit.Value.Models.BgNbd;

namespace RelationshipKit.Cli.Analysis;

/// <summary>
/// The <c>lifecycle</c> section of <c>analyze</c>: the customer-journey funnel of the customer-base data (the embedded
/// CDNOW sample, or <c>--customer-summary</c>) at the end of calibration, placed from purchases and BG/NBD P(alive) with
/// the default thresholds. It says which stages purchase data cannot show instead of guessing them.
/// </summary>
internal sealed class LifecycleSection : ReportSection
{
    private static readonly FunnelStage[] Placed = [FunnelStage.FirstPurchase, FunnelStage.Repeat, FunnelStage.Loyal, FunnelStage.Lapsed];

    private static readonly string[] NotFromPurchaseData = ["prospect", "won_back", "exploration", "awareness", "expansion", "commitment", "dissolution"];

    public override string Key => "lifecycle";

    public override PreparedSection Prepare(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = CustomerBaseSection.ReadInput(context);
        var table = input.Table;
        var fit = BgNbdModel.Fit(table);
        var alive = new double[table.Count];
        fit.Model.ProbabilityAlive(table, alive);
        var options = new FunnelOptions();
        var counts = new int[Placed.Length];
        for (var i = 0; i < table.Count; i++)
        {
            counts[Array.IndexOf(Placed, FunnelPlacement.Place((long)table.Frequency[i] + 1, alive[i], options))]++;
        }

        return new Prepared(input, fit.Converged, options, counts);
    }

    private sealed class Prepared(CustomerBaseSection.Input input, bool converged, FunnelOptions options, int[] counts) : PreparedSection
    {
        private int Total => counts.Sum();

        public override void WriteText(TextWriter writer)
        {
            var asOf = input.CalibrationEnd is { } end ? $" at {end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : " at the end of calibration";
            writer.WriteLine($"Lifecycle: the customer-journey funnel of {input.Label}{asOf}");
            writer.WriteLine(
                $"Lapsed: BG/NBD P(alive) below {CsvText.Number(options.LapsedBelowProbabilityAlive)}; loyal: {options.LoyalAfterPurchases} purchases or more{(converged ? "." : " (the BG/NBD fit did NOT converge).")}");
            writer.WriteLine(TextTable.Render(
                "Funnel stages from purchase data",
                ["Stage", "Customers", "Share"],
                Placed.Select((stage, s) => (IReadOnlyList<string>)
                [
                    LifecycleClassifyCommand.Name(stage),
                    counts[s].ToString(CultureInfo.InvariantCulture),
                    Total > 0 ? ((double)counts[s] / Total).ToString("0.0%", CultureInfo.InvariantCulture) : "-",
                ]),
                new HashSet<int> { 1, 2 }));
            writer.WriteLine("BG/NBD assumes nobody drops out before a repeat purchase, so one-time buyers are never lapsed here;");
            writer.WriteLine("'relationshipkit lifecycle classify' with an MBG/NBD or Pareto/NBD fit judges them too.");
            writer.WriteLine("Prospects and won-back customers need events the application records, and the sources' trust-based stages");
            writer.WriteLine("(exploration, awareness, expansion, commitment, dissolution) cannot be read off purchase data: they are not shown.");
        }

        public override void WriteJson(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("data", input.Data);
            if (input.CalibrationEnd is { } end)
            {
                writer.WriteString("as_of", end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                writer.WriteNull("as_of");
            }

            writer.WriteString("model", "bgnbd");
            writer.WriteBoolean("converged", converged);
            writer.WriteNumber("loyal_after_purchases", options.LoyalAfterPurchases);
            writer.WriteFinite("lapsed_below_p_alive", options.LapsedBelowProbabilityAlive);
            writer.WriteStartObject("counts");
            for (var s = 0; s < Placed.Length; s++)
            {
                writer.WriteNumber(LifecycleClassifyCommand.Name(Placed[s]), counts[s]);
            }

            writer.WriteEndObject();
            writer.WriteStartArray("not_from_purchase_data");
            foreach (var stage in NotFromPurchaseData)
            {
                writer.WriteStringValue(stage);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }
    }
}
