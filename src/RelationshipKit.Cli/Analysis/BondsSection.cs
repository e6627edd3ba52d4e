using System.Globalization;
using System.Text.Json;
using RelationshipKit.Bonds;
using RelationshipKit.Cli.Bonds;
using RelationshipKit.Cli.Infrastructure;

namespace RelationshipKit.Cli.Analysis;

/// <summary>
/// The bonds section of <c>analyze</c>: per-dimension means of a bond survey, the classification of the mean profile
/// (top 3 with confidence and explanation) and each respondent's best archetype. Reads <c>--bond-survey</c> or the
/// embedded synthetic sample <c>sample-bond-survey.csv</c>.
/// </summary>
internal sealed class BondsSection : ReportSection
{
    /// <summary>The embedded synthetic sample used when no bond survey is given.</summary>
    public const string SampleFileName = BondSurveyInput.SampleFileName;

    /// <summary>How the report names the built-in catalogue.</summary>
    public const string FournierCatalogName = "Fournier (1998), built in";

    private const int TopMatches = 3;

    /// <inheritdoc />
    public override string Key => "bonds";

    /// <inheritdoc />
    public override PreparedSection Prepare(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (survey, source) = BondSurveyInput.Read(context);
        var catalog = context.ArchetypesPath is null ? BondArchetypeCatalog.Fournier : ArchetypeCatalogCsv.Load(context.ArchetypesPath);
        var catalogSource = context.ArchetypesPath is null ? FournierCatalogName : Path.GetFileName(context.ArchetypesPath);
        var classifier = new BondClassifier(catalog);
        var classification = classifier.Classify(survey.MeanProfile);
        var respondents = survey.Respondents
            .Select(r => (Respondent: r.Value, Profile: survey.GetProfile(r), Best: classifier.Classify(survey.GetProfile(r)).Best))
            .ToList();
        return new Prepared(source, catalogSource, survey, classification, respondents);
    }

    private sealed class Prepared(
        string source,
        string catalogSource,
        BondSurvey survey,
        BondClassification classification,
        List<(string Respondent, BondProfile Profile, BondMatch? Best)> respondents) : PreparedSection
    {
        public override void WriteText(TextWriter writer)
        {
            writer.WriteLine($"Bonds: {source}, {survey.Respondents.Count} respondents, {survey.AnswerCount} answers; archetypes: {catalogSource}");
            writer.WriteLine();
            writer.Write(BondTables.Block(TextTable.Render(
                "Mean bond profile",
                ["Dimension", "Poles (-1 … +1)", "Answers", "Mean"],
                survey.MeanProfile.Scores.Select(d => (IReadOnlyList<string>)
                [
                    BondDimensions.Get(d.Dimension).KebabName,
                    $"{BondDimensions.Get(d.Dimension).NegativePole} … {BondDimensions.Get(d.Dimension).PositivePole}",
                    survey.CountAnswers(d.Dimension).ToString(CultureInfo.InvariantCulture),
                    BondText.Number(d.Value),
                ]),
                new HashSet<int> { 2, 3 })));
            writer.WriteLine();
            writer.Write(BondTables.Matches("Archetypes nearest to the mean profile", [.. classification.Matches.Take(TopMatches)]));
            writer.WriteLine();
            writer.Write(BondTables.Block(TextTable.Render(
                "Per respondent",
                ["Respondent", "Dimensions", "Best archetype", "Confidence"],
                respondents.Select(r => (IReadOnlyList<string>)
                [
                    r.Respondent,
                    r.Profile.Count.ToString(CultureInfo.InvariantCulture),
                    r.Best?.Archetype.DisplayName ?? "-",
                    r.Best is null ? "-" : BondText.Number(r.Best.Confidence),
                ]),
                new HashSet<int> { 1, 3 })));
        }

        public override void WriteJson(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("source", source);
            writer.WriteString("archetypes", catalogSource);
            writer.WriteNumber("respondents", survey.Respondents.Count);
            writer.WriteNumber("answers", survey.AnswerCount);
            writer.WriteStartArray("dimensions");
            foreach (var mean in survey.MeanProfile.Scores)
            {
                writer.WriteStartObject();
                writer.WriteString("dimension", BondDimensions.Get(mean.Dimension).KebabName);
                writer.WriteNumber("count", survey.CountAnswers(mean.Dimension));
                writer.WriteFinite("mean", mean.Value);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            BondJson.WriteMatches(writer, "classification", classification.Matches.Take(TopMatches));
            writer.WriteStartArray("per_respondent");
            foreach (var (respondent, profile, best) in respondents)
            {
                writer.WriteStartObject();
                writer.WriteString("respondent", respondent);
                writer.WriteNumber("dimensions", profile.Count);
                if (best is null)
                {
                    writer.WriteNull("archetype");
                    writer.WriteNull("confidence");
                }
                else
                {
                    writer.WriteString("archetype", best.Archetype.Id);
                    writer.WriteFinite("confidence", best.Confidence);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }
    }
}
