using System.Globalization;
using System.Text.Json;
using RelationshipKit.Benefits;
using RelationshipKit.Cli.Infrastructure;

namespace RelationshipKit.Cli.Analysis;

/// <summary>
/// The <c>benefits</c> section of <c>analyze</c>: the benefit survey (<c>--survey</c>, or the embedded synthetic
/// sample) aggregated into a <see cref="BenefitProfile"/> and placed on the importance–performance grid, benefits
/// ranked by their gap. The JSON shape is documented in docs/reference/survey-format.md.
/// </summary>
internal sealed class BenefitsSection : ReportSection
{
    /// <summary>The embedded sample survey's file name.</summary>
    public const string SampleFileName = SurveyInput.SampleFileName;

    public override string Key => "benefits";

    public override PreparedSection Prepare(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var survey = SurveyInput.Read(context);
        var result = ImportancePerformanceAnalysis.Analyze(BenefitProfile.FromRatings(survey.Ratings, survey.Scale));
        return new Prepared(context.SurveyPath, result);
    }

    private sealed class Prepared(string? surveyPath, ImportancePerformanceResult result) : PreparedSection
    {
        private static readonly string[] Headers = ["Rank", "Benefit", "Respondents", "Importance", "Performance", "Gap", "Quadrant"];

        private static readonly HashSet<int> NumericColumns = [0, 2, 3, 4, 5];

        public override void WriteText(TextWriter writer)
        {
            var profile = result.Profile;
            var survey = surveyPath ?? $"embedded synthetic sample ({SampleFileName})";
            writer.WriteLine("Benefits: importance-performance analysis (Martilla & James 1977)");
            writer.WriteLine(Invariant($"Survey: {survey}; {profile.RespondentCount} respondents, {profile.RatingCount} ratings, scale {profile.Scale}"));
            writer.WriteLine(Invariant($"Crosshair at the {Placement(result.Crosshair.Kind)}: importance {result.CrosshairImportance:0.00}, performance {result.CrosshairPerformance:0.00}"));
            var rows = result.Items.Select(item => (IReadOnlyList<string>)
            [
                Invariant($"{item.Rank}"),
                item.Benefit.Name,
                Invariant($"{item.Score.RespondentCount}"),
                Invariant($"{item.Score.MeanImportance:0.00}"),
                Invariant($"{item.Score.MeanPerformance:0.00}"),
                Invariant($"{item.Score.Gap:0.00}"),
                QuadrantNames.Text(item.Quadrant) + (item.IsOnCrosshair ? " (on the line)" : string.Empty),
            ]);
            writer.Write(TextTable.Render(null, Headers, rows, NumericColumns));
        }

        public override void WriteJson(Utf8JsonWriter writer)
        {
            var profile = result.Profile;
            writer.WriteStartObject();
            writer.WriteString("survey", surveyPath ?? "embedded:" + SampleFileName);
            writer.WriteStartObject("scale");
            writer.WriteNumber("min", profile.Scale.Min);
            writer.WriteNumber("max", profile.Scale.Max);
            writer.WriteEndObject();
            writer.WriteNumber("respondents", profile.RespondentCount);
            writer.WriteNumber("ratings", profile.RatingCount);
            writer.WriteStartObject("crosshair");
            writer.WriteString("placement", Placement(result.Crosshair.Kind).Replace(' ', '_'));
            writer.WriteFinite("importance", result.CrosshairImportance);
            writer.WriteFinite("performance", result.CrosshairPerformance);
            writer.WriteEndObject();
            writer.WriteStartArray("ranking");
            foreach (var item in result.Items)
            {
                writer.WriteStartObject();
                writer.WriteNumber("rank", item.Rank);
                writer.WriteString("benefit", item.Benefit.Name);
                writer.WriteString("category", Benefit.ForCategory(item.Benefit.Category).Name);
                writer.WriteString("nature", item.Benefit.Nature == BenefitNature.Functional ? "functional" : "emotional");
                writer.WriteString("recipient", item.Benefit.Recipient == ValueRecipient.Individual ? "individual" : "organisation");
                writer.WriteNumber("respondents", item.Score.RespondentCount);
                writer.WriteFinite("mean_importance", item.Score.MeanImportance);
                writer.WriteFinite("mean_performance", item.Score.MeanPerformance);
                writer.WriteFinite("gap", item.Score.Gap);
                writer.WriteString("quadrant", QuadrantNames.Text(item.Quadrant).Replace(' ', '_'));
                writer.WriteBoolean("on_crosshair", item.IsOnCrosshair);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        private static string Placement(IpaCrosshairKind kind) => kind switch
        {
            IpaCrosshairKind.ScaleMidpoint => "scale midpoint",
            IpaCrosshairKind.Explicit => "explicit values",
            _ => "data means",
        };

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
