using System.Globalization;
using System.Text.Json;
using RelationshipKit.Bonds;
using RelationshipKit.Cli.Bonds;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Expectations;

namespace RelationshipKit.Cli.Analysis;

/// <summary>
/// The <c>expectations</c> section of <c>analyze</c>: each bond-survey respondent's bond compared with the relationship
/// the company offers (<c>--offered</c>, or a built-in synthetic offer), the mismatches counted per dimension.
/// </summary>
internal sealed class ExpectationsSection : ReportSection
{
    /// <summary>The built-in synthetic offer: the committed partnership a company may believe it offers.</summary>
    public const string SampleOffer = "voluntariness=0.8,basis=0.6,engagement=0.5,affect=0.7,duration=0.8,switching-ease=-0.3";

    public override string Key => "expectations";

    public override PreparedSection Prepare(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var offered = BondText.ParseProfile(context.Offered ?? SampleOffer, "--offered");
        var offer = new RelationshipExpectation(null, offered);
        var (survey, source) = BondSurveyInput.Read(context);
        var comparisons = survey.Respondents
            .Where(r => !survey.GetProfile(r).IsEmpty)
            .Select(r => (Respondent: r, Comparison: ExpectationComparison.Compare(new RelationshipExpectation(null, survey.GetProfile(r)), offer)))
            .ToList();
        var dimensions = BondDimensions.All
            .Select(info => (
                Dimension: info.Dimension,
                Aspects: comparisons.SelectMany(c => c.Comparison.Aspects).Where(a => a.Dimension == info.Dimension).ToList()))
            .Where(d => d.Aspects.Count > 0)
            .Select(d => (d.Dimension, Compared: d.Aspects.Count, Mismatches: d.Aspects.Count(a => a.IsMismatch), MeanDistance: d.Aspects.Average(a => a.Distance)))
            .OrderByDescending(d => d.Mismatches)
            .ThenByDescending(d => d.MeanDistance)
            .ThenBy(d => d.Dimension)
            .ToList();
        return new Prepared(source, context.Offered is null, offered, comparisons, dimensions);
    }

    private sealed class Prepared(
        string source,
        bool sampleOffer,
        BondProfile offered,
        List<(CustomerId Respondent, ExpectationComparison Comparison)> comparisons,
        List<(BondDimension Dimension, int Compared, int Mismatches, double MeanDistance)> dimensions) : PreparedSection
    {
        public override void WriteText(TextWriter writer)
        {
            writer.WriteLine("Expectations: each respondent's bond against the relationship offered (a mismatch: distance above 0.25)");
            writer.WriteLine($"Bonds: {source}; offered: {offered}{(sampleOffer ? " (built-in synthetic offer; give yours with --offered)" : string.Empty)}");
            writer.WriteLine(Invariant($"{comparisons.Count(c => c.Comparison.IsAligned)} of {comparisons.Count} respondents aligned"));
            writer.Write(TextTable.Render(
                null,
                ["Dimension", "Compared", "Mismatches", "Mean distance"],
                dimensions.Select(d => (IReadOnlyList<string>)
                [
                    BondDimensions.Get(d.Dimension).KebabName,
                    Invariant($"{d.Compared}"),
                    Invariant($"{d.Mismatches}"),
                    Invariant($"{d.MeanDistance:0.00}"),
                ]),
                new HashSet<int> { 1, 2, 3 }));
            foreach (var (respondent, comparison) in comparisons.Where(c => !c.Comparison.IsAligned))
            {
                writer.WriteLine($"{respondent}: {comparison}");
            }
        }

        public override void WriteJson(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("bonds", source);
            writer.WriteString("offer_source", sampleOffer ? "built-in synthetic offer" : "--offered");
            BondJson.WriteProfile(writer, "offered", offered);
            writer.WriteNumber("respondents", comparisons.Count);
            writer.WriteNumber("aligned", comparisons.Count(c => c.Comparison.IsAligned));
            writer.WriteStartArray("dimensions");
            foreach (var d in dimensions)
            {
                writer.WriteStartObject();
                writer.WriteString("dimension", BondDimensions.Get(d.Dimension).KebabName);
                writer.WriteNumber("compared", d.Compared);
                writer.WriteNumber("mismatches", d.Mismatches);
                writer.WriteFinite("mean_distance", d.MeanDistance);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("per_respondent");
            foreach (var (respondent, comparison) in comparisons)
            {
                writer.WriteStartObject();
                writer.WriteString("respondent", respondent.Value);
                writer.WriteNumber("mismatches", comparison.Mismatches.Count);
                writer.WriteStartArray("mismatched");
                foreach (var mismatch in comparison.Mismatches)
                {
                    writer.WriteStartObject();
                    writer.WriteString("dimension", BondDimensions.Get(mismatch.Dimension.GetValueOrDefault()).KebabName);
                    writer.WriteFinite("expected", mismatch.ExpectedScore.GetValueOrDefault());
                    writer.WriteFinite("offered", mismatch.OfferedScore.GetValueOrDefault());
                    writer.WriteFinite("distance", mismatch.Distance);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
