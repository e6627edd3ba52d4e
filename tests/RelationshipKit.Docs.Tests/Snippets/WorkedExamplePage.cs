using System.Globalization;
using RelationshipKit.Benefits;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>
/// Keeps the hand-computed figures of the worked example on docs/concepts/benefits.md equal to what the library
/// computes: every table row on the page is rebuilt here from the ratings and must appear on the page verbatim.
/// </summary>
internal static class WorkedExamplePage
{
    private static readonly int[][] Importance = [[5, 5, 4, 5], [3, 2, 3, 2], [4, 5, 4, 4], [2, 2, 3, 1], [4, 4, 3, 4]];
    private static readonly int[][] Performance = [[3, 2, 3, 2], [4, 3, 4, 3], [4, 4, 5, 4], [2, 3, 2, 1], [3, 3, 2, 4]];

    /// <summary>Builds the worked example's profile from the same answers as the page's first table.</summary>
    public static BenefitProfile Profile()
    {
        var ratings = Benefit.Standard.SelectMany((benefit, b) => Enumerable.Range(0, 4).Select(r =>
            new BenefitRating(new CustomerId("r" + (r + 1)), benefit, Importance[b][r], Performance[b][r])));
        return BenefitProfile.FromRatings(ratings, LikertScale.FivePoint);
    }

    /// <summary>Asserts that the page shows the figures of <paramref name="profile"/> and <paramref name="ipa"/>.</summary>
    public static void Check(BenefitProfile profile, ImportancePerformanceResult ipa)
    {
        var page = File.ReadAllText(Path.Combine(ReadmeTests.RepoRoot(), "docs", "concepts", "benefits.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Profile().Scores.Select(s => (s.Benefit, s.MeanImportance, s.MeanPerformance)).Should().Equal(
            profile.Scores.Select(s => (s.Benefit, s.MeanImportance, s.MeanPerformance)), "the snippet and the page use the same answers");
        for (var b = 0; b < Benefit.Standard.Count; b++)
        {
            profile.TryGetScore(Benefit.Standard[b], out var score).Should().BeTrue();
            var row = $"| {score!.Benefit.Name} | {string.Join(", ", Importance[b])} | {Importance[b].Sum()} / 4 = {F(score.MeanImportance)} | {string.Join(", ", Performance[b])} | {Performance[b].Sum()} / 4 = {F(score.MeanPerformance)} | {F(score.Gap)} |";
            page.Should().Contain(row);
        }

        page.Should().Contain($"crosshair at importance **{F(ipa.CrosshairImportance)}** and performance **{F(ipa.CrosshairPerformance)}**");
        foreach (var item in ipa.Items)
        {
            page.Should().Contain($"| {item.Rank} | {item.Benefit.Name} | {F(item.Score.MeanImportance)} | {F(item.Score.MeanPerformance)} | {F(item.Score.Gap)} | {Quadrant(item.Quadrant)} |");
        }
    }

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Quadrant(IpaQuadrant quadrant) => quadrant switch
    {
        IpaQuadrant.ConcentrateHere => "concentrate here",
        IpaQuadrant.KeepUpTheGoodWork => "keep up the good work",
        IpaQuadrant.LowPriority => "low priority",
        _ => "possible overkill",
    };
}
