using RelationshipKit.Benefits;
using RelationshipKit.Cli.Infrastructure;

namespace RelationshipKit.Cli.Analysis;

/// <summary>The benefit survey of <c>analyze</c>, read once per section: <c>--survey</c>, or the embedded synthetic sample.</summary>
internal sealed class SurveyInput
{
    /// <summary>The embedded sample survey's file name.</summary>
    public const string SampleFileName = "sample-survey.csv";

    private SurveyInput(string? path, LikertScale scale, IReadOnlyList<BenefitRating> ratings, IReadOnlyList<CompetitorRating> competitorRatings)
    {
        Path = path;
        Scale = scale;
        Ratings = ratings;
        CompetitorRatings = competitorRatings;
    }

    /// <summary>Gets the survey file as given, or null for the embedded sample.</summary>
    public string? Path { get; }

    /// <summary>Gets the scale the survey was read with.</summary>
    public LikertScale Scale { get; }

    /// <summary>Gets the ratings.</summary>
    public IReadOnlyList<BenefitRating> Ratings { get; }

    /// <summary>Gets the ratings of the optional <c>performance:NAME</c> competitor columns.</summary>
    public IReadOnlyList<CompetitorRating> CompetitorRatings { get; }

    /// <summary>Gets how a report names the survey: the file, or the embedded sample.</summary>
    public string Description => Path ?? $"embedded synthetic sample ({SampleFileName})";

    /// <summary>Gets how a JSON report names the survey.</summary>
    public string JsonName => Path ?? "embedded:" + SampleFileName;

    /// <summary>Reads <c>--survey</c> with <c>--scale</c>, or the embedded sample (answered on 1-5).</summary>
    public static SurveyInput Read(AnalysisContext context)
    {
        if (context.SurveyPath is null)
        {
            using var sample = new BenefitSurveyCsvReader(new StringReader(EmbeddedResources.ReadText(SampleFileName)), LikertScale.FivePoint);
            return new SurveyInput(null, LikertScale.FivePoint, sample.ReadAll(), sample.CompetitorRatings);
        }

        var scale = new LikertScale(context.Scale);
        using var reader = CliInput.Open(context.SurveyPath, path => BenefitSurveyCsvReader.Open(path, scale));
        return new SurveyInput(context.SurveyPath, scale, reader.ReadAll(), reader.CompetitorRatings);
    }
}
