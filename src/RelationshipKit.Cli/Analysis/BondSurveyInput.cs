using RelationshipKit.Bonds;
using RelationshipKit.Cli.Infrastructure;

namespace RelationshipKit.Cli.Analysis;

/// <summary>The bond survey of <c>analyze</c>, read once per section: <c>--bond-survey</c>, or the embedded synthetic sample.</summary>
internal static class BondSurveyInput
{
    /// <summary>The embedded synthetic sample used when no bond survey is given.</summary>
    public const string SampleFileName = "sample-bond-survey.csv";

    /// <summary>Reads the survey; returns it with how the report names it.</summary>
    public static (BondSurvey Survey, string Source) Read(AnalysisContext context)
    {
        using var reader = context.BondSurveyPath is null
            ? new BondSurveyCsvReader(new StringReader(EmbeddedResources.ReadText(SampleFileName)))
            : CliInput.Open(context.BondSurveyPath, BondSurveyCsvReader.Open);
        var source = context.BondSurveyPath is null ? $"{SampleFileName} (embedded synthetic sample)" : Path.GetFileName(context.BondSurveyPath);
        return (reader.ReadAll(), source);
    }
}
