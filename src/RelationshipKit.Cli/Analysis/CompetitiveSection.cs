using System.Globalization;
using System.Text.Json;
using RelationshipKit.Benefits;
using RelationshipKit.Cli.Infrastructure;

namespace RelationshipKit.Cli.Analysis;

/// <summary>
/// The <c>competitive</c> section of <c>analyze</c>: competitive importance–performance analysis (Taplin 2012) of the
/// benefit survey's <c>performance:NAME</c> competitor columns (the embedded sample has two).
/// </summary>
internal sealed class CompetitiveSection : ReportSection
{
    public override string Key => "competitive";

    public override PreparedSection Prepare(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var survey = SurveyInput.Read(context);
        var profile = BenefitProfile.FromRatings(survey.Ratings, survey.Scale);
        var result = survey.CompetitorRatings.Count == 0
            ? null
            : CompetitiveImportancePerformanceAnalysis.Analyze(profile, survey.CompetitorRatings);
        return new Prepared(survey, result);
    }

    private sealed class Prepared(SurveyInput survey, CompetitiveImportancePerformanceResult? result) : PreparedSection
    {
        private static readonly HashSet<int> NumericColumns = [0, 2, 3, 5];

        public override void WriteText(TextWriter writer)
        {
            writer.WriteLine("Benefits against competitors: competitive importance-performance analysis (Taplin 2012)");
            writer.WriteLine($"Survey: {survey.Description}");
            if (result is null)
            {
                writer.WriteLine("The survey has no competitor columns (performance:NAME); add one per rival to compare.");
                return;
            }

            writer.WriteLine(Invariant($"Competitors: {string.Join(", ", result.Competitors)}; importance crosshair {result.CrosshairImportance:0.00}; performance read against the best rival"));
            var rows = result.Items.Select(item => (IReadOnlyList<string>)
            [
                Invariant($"{item.Rank}"),
                item.Benefit.Name,
                Invariant($"{item.Score.MeanImportance:0.00}"),
                Invariant($"{item.Score.MeanPerformance:0.00}"),
                Invariant($"{item.BestCompetitor.Competitor} {item.BestCompetitor.MeanPerformance:0.00}"),
                Invariant($"{item.GapToBest:+0.00;-0.00;0.00}"),
                QuadrantNames.Text(item.Quadrant) + (item.IsOnCrosshair ? " (on the line)" : string.Empty),
            ]);
            writer.Write(TextTable.Render(null, ["Rank", "Benefit", "Importance", "Us", "Best rival", "Gap", "Quadrant"], rows, NumericColumns));
            if (result.NotCompared.Count > 0)
            {
                writer.WriteLine($"No competitor rated: {string.Join(", ", result.NotCompared.Select(b => b.Name))}.");
            }
        }

        public override void WriteJson(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("survey", survey.JsonName);
            writer.WriteStartArray("competitors");
            foreach (var name in result?.Competitors ?? [])
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
            writer.WriteFiniteOrNull("crosshair_importance", result?.CrosshairImportance);
            writer.WriteStartArray("ranking");
            foreach (var item in result?.Items ?? [])
            {
                writer.WriteStartObject();
                writer.WriteNumber("rank", item.Rank);
                writer.WriteString("benefit", item.Benefit.Name);
                writer.WriteFinite("mean_importance", item.Score.MeanImportance);
                writer.WriteFinite("mean_performance", item.Score.MeanPerformance);
                writer.WriteString("best_competitor", item.BestCompetitor.Competitor);
                writer.WriteFinite("gap_to_best", item.GapToBest);
                writer.WriteString("quadrant", QuadrantNames.Text(item.Quadrant).Replace(' ', '_'));
                writer.WriteBoolean("on_crosshair", item.IsOnCrosshair);
                writer.WriteStartArray("competitors");
                foreach (var competitor in item.Competitors)
                {
                    writer.WriteStartObject();
                    writer.WriteString("competitor", competitor.Competitor);
                    writer.WriteNumber("respondents", competitor.RespondentCount);
                    writer.WriteFinite("mean_performance", competitor.MeanPerformance);
                    writer.WriteFinite("gap", competitor.Gap);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("not_compared");
            foreach (var benefit in result?.NotCompared ?? [])
            {
                writer.WriteStringValue(benefit.Name);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
