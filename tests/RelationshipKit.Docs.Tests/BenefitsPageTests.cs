using System.Globalization;
using RelationshipKit.Benefits;

namespace RelationshipKit.Docs.Tests;

/// <summary>Keeps the competitive and derived-importance figures of docs/concepts/benefits.md in step with the library.</summary>
public class BenefitsPageTests
{
    private static readonly string PagePath = Path.Combine(ReadmeTests.RepoRoot(), "docs", "concepts", "benefits.md");

    [Fact]
    public void DerivedImportanceOutput_AppearsOnThePage()
    {
        var result = DerivedImportance.Analyze(SampleRatings(), LikertScale.FivePoint, SampleOutcomes());
        var block = "```txt\n" + string.Concat(result.Divergent.Select(i => i + "\n")) + "```\n";
        Page().Should().Contain(block);
    }

    [Fact]
    public void DerivedImportanceTable_MatchesTheLibrary()
    {
        var result = DerivedImportance.Analyze(SampleRatings(), LikertScale.FivePoint, SampleOutcomes());
        foreach (var item in result.Items)
        {
            var difference = item.RankDifference!.Value;
            var shown = difference == 0 ? "0" : (difference > 0 ? "+" : "−") + Math.Abs(difference).ToString(CultureInfo.InvariantCulture);
            var row = string.Create(
                CultureInfo.InvariantCulture,
                $"| {item.Benefit} | {item.StatedImportance:0.00} | {item.StatedRank} | {item.Correlation:0.00} | {item.DerivedRank} | {shown}");
            Page().Should().Contain(row);
        }
    }

    private static string Page() => File.ReadAllText(PagePath).ReplaceLineEndings("\n");

    private static List<BenefitRating> SampleRatings() =>
        [.. DerivedImportanceSample.Answers().Select(a => new BenefitRating(
            new CustomerId(a.Respondent), Benefit.Standard.Single(b => b.Name == a.Benefit), a.Importance, a.Performance))];

    private static Dictionary<CustomerId, double> SampleOutcomes() =>
        DerivedImportanceSample.RepeatPurchases().ToDictionary(p => new CustomerId(p.Key), p => p.Value);
}
