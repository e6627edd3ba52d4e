using RelationshipKit.Benefits;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>Code shown on docs/concepts/benefits.md (competitors, stated and derived importance), compiled and checked here.</summary>
public class BenefitAnalysisSnippets
{
    /// <summary>Stands in for <see cref="System.Console"/> so the snippet reads as user code while the test captures what it prints.</summary>
    private StringWriter Console { get; } = new() { NewLine = "\n" };

    [Fact]
    public void Competitive()
    {
        var profile = WorkedExamplePage.Profile();

        #region benefits-competitive
        // The same four respondents also rate two rival shops.
        IEnumerable<CompetitorRating> Rate(
            string rival, Benefit benefit, params int[] scores) =>
            scores.Select((score, i) => new CompetitorRating(
                new CustomerId($"r{i + 1}"), rival, benefit, score));

        CompetitorRating[] rivals =
        [
            .. Rate("cityshop", Benefit.Confidence, 4, 3, 4, 3),
            .. Rate("cityshop", Benefit.Social, 3, 3, 3, 2),
            .. Rate("cityshop", Benefit.SpecialTreatment, 4, 5, 4, 5),
            .. Rate("cityshop", Benefit.Purpose, 2, 2, 2, 2),
            .. Rate("cityshop", Benefit.Experience, 3, 2, 3, 2),
            .. Rate("bikehub", Benefit.Confidence, 3, 2, 2, 3),
            .. Rate("bikehub", Benefit.Social, 4, 4, 3, 3),
            .. Rate("bikehub", Benefit.SpecialTreatment, 3, 3, 4, 4),
            .. Rate("bikehub", Benefit.Purpose, 3, 3, 2, 2),
            .. Rate("bikehub", Benefit.Experience, 3, 2, 2, 3),
        ];

        var cipa = CompetitiveImportancePerformanceAnalysis.Analyze(
            profile, rivals);
        var special = cipa.Items.Single(
            i => i.Benefit == Benefit.SpecialTreatment);
        // special.GapToBest: -0.25 (4.25 against cityshop's 4.50)
        // special.Quadrant: ConcentrateHere (plain IPA: KeepUpTheGoodWork)
        #endregion

        special.GapToBest.Should().Be(-0.25);
        special.BestCompetitor.Competitor.Should().Be("cityshop");
        special.Quadrant.Should().Be(IpaQuadrant.ConcentrateHere);
        cipa.Items.Select(i => (i.Benefit.Name, i.GapToBest, i.Quadrant)).Should().Equal(
            ("confidence", -1.0, IpaQuadrant.ConcentrateHere),
            ("purpose", -0.5, IpaQuadrant.LowPriority),
            ("special-treatment", -0.25, IpaQuadrant.ConcentrateHere),
            ("social", 0.0, IpaQuadrant.PossibleOverkill),
            ("experience", 0.5, IpaQuadrant.KeepUpTheGoodWork));
    }

    [Fact]
    public void Derived()
    {
        var ratings = DerivedImportanceSample.Answers()
            .Select(a => new BenefitRating(
                new CustomerId(a.Respondent),
                Benefit.Standard.Single(b => b.Name == a.Benefit),
                a.Importance,
                a.Performance))
            .ToList();
        var repeatPurchases = DerivedImportanceSample.RepeatPurchases()
            .ToDictionary(p => new CustomerId(p.Key), p => p.Value);

        #region benefits-derived
        // ratings: 30 respondents × 4 benefits (importance, performance);
        // repeatPurchases: each respondent's repeat purchases in a year.
        var result = DerivedImportance.Analyze(
            ratings, LikertScale.FivePoint, repeatPurchases);

        foreach (var item in result.Divergent)
        {
            Console.WriteLine(item);
        }
        #endregion

        Console.ToString().Should().Be(string.Concat(result.Divergent.Select(i => i + "\n")));
        result.Divergent.Select(i => i.ToString()).Should().Equal(
            "social: stated 2.6 (rank 4), derived 0.88 (rank 1), n=30",
            "special-treatment: stated 4.63 (rank 1), derived 0.14 (rank 4), n=30");
    }
}
