using System.Globalization;
using System.Text.Json;
using RelationshipKit.Benefits;
using RelationshipKit.Cli.Infrastructure;

namespace RelationshipKit.Cli.Analysis;

/// <summary>
/// The <c>derived_importance</c> section of <c>analyze</c>: stated against derived importance (Spearman's rank
/// correlation of each benefit's performance with an outcome), on <c>--survey</c> with <c>--outcomes</c>, or on the
/// embedded synthetic sample of 30 respondents with their repeat purchases.
/// </summary>
internal sealed class DerivedImportanceSection : ReportSection
{
    /// <summary>The embedded sample survey of 30 respondents.</summary>
    public const string SampleSurvey = "sample-derived-survey.csv";

    /// <summary>The embedded sample outcomes (repeat purchases) of those respondents.</summary>
    public const string SampleOutcomes = "sample-derived-outcomes.csv";

    public override string Key => "derived_importance";

    public override PreparedSection Prepare(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.SurveyPath is null)
        {
            using var survey = new BenefitSurveyCsvReader(new StringReader(EmbeddedResources.ReadText(SampleSurvey)));
            using var outcomes = new RespondentOutcomeCsvReader(new StringReader(EmbeddedResources.ReadText(SampleOutcomes)));
            var sample = DerivedImportance.Analyze(survey.ReadAll(), LikertScale.FivePoint, outcomes.ReadAll());
            return new Prepared($"embedded synthetic sample ({SampleSurvey}, {SampleOutcomes})", "embedded:" + SampleSurvey, "embedded:" + SampleOutcomes, sample);
        }

        var input = SurveyInput.Read(context);
        if (context.OutcomesPath is null)
        {
            return new Prepared(input.Description, input.JsonName, null, null);
        }

        using var reader = CliInput.Open(context.OutcomesPath, RespondentOutcomeCsvReader.Open);
        var read = reader.ReadAll();
        try
        {
            return new Prepared($"{input.Description} with outcomes from {context.OutcomesPath}", input.JsonName, context.OutcomesPath, DerivedImportance.Analyze(input.Ratings, input.Scale, read));
        }
        catch (ArgumentException ex)
        {
            throw new CliUsageException($"{context.OutcomesPath}: {LibraryErrors.FirstSentence(ex.Message)}", ex);
        }
    }

    private sealed class Prepared(string description, string survey, string? outcomes, DerivedImportanceResult? result) : PreparedSection
    {
        private static readonly HashSet<int> NumericColumns = [1, 2, 3, 4, 5, 6];

        public override void WriteText(TextWriter writer)
        {
            writer.WriteLine("Benefits: stated against derived importance (Spearman rank correlation with an outcome)");
            writer.WriteLine($"Data: {description}");
            if (result is null)
            {
                writer.WriteLine("No --outcomes file was given: derived importance needs each respondent's outcome (respondent,outcome).");
                return;
            }

            if (result.Status == DerivedImportanceStatus.TooFewRespondents)
            {
                writer.WriteLine(Invariant($"Too few respondents: {result.RespondentCount} with an outcome, {DerivedImportance.MinimumRespondents} needed; no correlation is reported."));
                return;
            }

            var rows = result.Items.Select(item => (IReadOnlyList<string>)
            [
                item.Benefit.Name,
                Invariant($"{item.RespondentCount}"),
                Invariant($"{item.StatedImportance:0.00}"),
                item.StatedRank is { } s ? Invariant($"{s:0.#}") : "-",
                item.Correlation is { } rho ? Invariant($"{rho:0.00}") : StatusText(item.Status),
                item.DerivedRank is { } d ? Invariant($"{d:0.#}") : "-",
                item.RankDifference is { } diff ? Invariant($"{diff:+0.#;-0.#;0}") + (item.IsDivergent ? " divergent" : string.Empty) : "-",
            ]);
            writer.Write(TextTable.Render(null, ["Benefit", "Respondents", "Stated", "Rank", "Derived (rho)", "Rank", "Difference"], rows, NumericColumns));
            writer.WriteLine(result.Divergent.Count == 0
                ? "No benefit's stated and derived ranks differ by two places or more."
                : $"Divergent (ranks two places or more apart): {string.Join(", ", result.Divergent.Select(i => i.Benefit.Name))}.");
        }

        public override void WriteJson(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("survey", survey);
            if (outcomes is null)
            {
                writer.WriteNull("outcomes");
            }
            else
            {
                writer.WriteString("outcomes", outcomes);
            }

            writer.WriteString("status", result is null ? "no_outcomes" : StatusText(result.Status).Replace(' ', '_'));
            writer.WriteNumber("respondents", result?.RespondentCount ?? 0);
            writer.WriteNumber("minimum_respondents", DerivedImportance.MinimumRespondents);
            writer.WriteStartArray("benefits");
            foreach (var item in result?.Items ?? [])
            {
                writer.WriteStartObject();
                writer.WriteString("benefit", item.Benefit.Name);
                writer.WriteNumber("respondents", item.RespondentCount);
                writer.WriteFinite("stated_importance", item.StatedImportance);
                writer.WriteString("status", StatusText(item.Status).Replace(' ', '_'));
                writer.WriteFiniteOrNull("correlation", item.Correlation);
                writer.WriteFiniteOrNull("stated_rank", item.StatedRank);
                writer.WriteFiniteOrNull("derived_rank", item.DerivedRank);
                writer.WriteFiniteOrNull("rank_difference", item.RankDifference);
                writer.WriteBoolean("divergent", item.IsDivergent);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("divergent");
            foreach (var item in result?.Divergent ?? [])
            {
                writer.WriteStringValue(item.Benefit.Name);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        private static string StatusText(DerivedImportanceStatus status) => status switch
        {
            DerivedImportanceStatus.TooFewRespondents => "too few respondents",
            DerivedImportanceStatus.NoVariation => "no variation",
            _ => "known",
        };

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
