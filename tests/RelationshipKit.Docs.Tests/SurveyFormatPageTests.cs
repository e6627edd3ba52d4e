using System.Text.RegularExpressions;
using RelationshipKit.Benefits;

namespace RelationshipKit.Docs.Tests;

/// <summary>Reads the example files of docs/reference/survey-format.md with the library's reader, so they stay valid.</summary>
public partial class SurveyFormatPageTests
{
    [Fact]
    public void SurveyExample_IsReadByTheLibrary()
    {
        using var reader = new BenefitSurveyCsvReader(new StringReader(CsvBlocks()[0]));

        var ratings = reader.ReadAll();

        ratings.Select(r => $"{r.Respondent}:{r.Benefit.Name}:{r.Importance}:{r.Performance}")
            .Should().Equal("s01:confidence:5:4", "s01:social:2:4", "s02:confidence:4:3");
        reader.CompetitorRatings.Should().BeEmpty();
    }

    [Fact]
    public void CompetitorExample_IsReadByTheLibrary()
    {
        using var reader = new BenefitSurveyCsvReader(new StringReader(CsvBlocks()[1]));

        var ratings = reader.ReadAll();

        ratings.Should().HaveCount(2);
        reader.CompetitorRatings.Select(r => $"{r.Respondent}:{r.Competitor}:{r.Performance}")
            .Should().Equal("s01:velo:5", "s01:spokes:4", "s09:velo:4");
    }

    /// <summary>The page's <c>csv</c> code blocks, in page order.</summary>
    private static List<string> CsvBlocks() =>
        [.. CsvBlock().Matches(DocsPage.Read("reference/survey-format.md")).Select(m => m.Groups["body"].Value)];

    [GeneratedRegex(@"```csv\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CsvBlock();
}
