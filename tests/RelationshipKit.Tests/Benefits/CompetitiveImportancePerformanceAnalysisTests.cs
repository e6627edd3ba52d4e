using RelationshipKit.Benefits;

namespace RelationshipKit.Tests.Benefits;

public class CompetitiveImportancePerformanceAnalysisTests
{
    private static readonly string Nl = Environment.NewLine;

    /// <summary>
    /// The competitor columns of the worked example on docs/concepts/benefits.md: the four respondents of
    /// <see cref="WorkedExample"/> also rate two rival shops' performance.
    /// </summary>
    internal static IReadOnlyList<CompetitorRating> Competitors { get; } =
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

    [Fact]
    public void Analyze_WorkedExample_RanksByGapToTheBestCompetitor()
    {
        var result = CompetitiveImportancePerformanceAnalysis.Analyze(WorkedExample.Profile, Competitors);

        result.Competitors.Should().Equal("bikehub", "cityshop");
        result.CrosshairImportance.Should().Be(3.45);
        result.NotCompared.Should().BeEmpty();
        result.Items.Select(i => (i.Rank, i.Benefit.Name, i.BestCompetitor.Competitor, i.GapToBest, i.Quadrant, i.IsOnCrosshair)).Should().Equal(
            (1, "confidence", "cityshop", -1.0, IpaQuadrant.ConcentrateHere, false),
            (2, "purpose", "bikehub", -0.5, IpaQuadrant.LowPriority, false),
            (3, "special-treatment", "cityshop", -0.25, IpaQuadrant.ConcentrateHere, false),
            (4, "social", "bikehub", 0.0, IpaQuadrant.PossibleOverkill, true),
            (5, "experience", "bikehub", 0.5, IpaQuadrant.KeepUpTheGoodWork, false));
        result.ToString().Should().Be("5 benefits against bikehub, cityshop; 3 behind the best competitor");
        result.Items[0].ToString().Should().Be("1. confidence: gap -1 to cityshop, ConcentrateHere");
    }

    [Fact]
    public void Analyze_ListsEveryCompetitorWithItsGap()
    {
        var confidence = CompetitiveImportancePerformanceAnalysis.Analyze(WorkedExample.Profile, Competitors).Items[0];

        confidence.Score.MeanPerformance.Should().Be(2.5);
        confidence.Competitors.Select(c => (c.Competitor, c.RespondentCount, c.MeanPerformance, c.Gap)).Should().Equal(
            ("bikehub", 4, 2.5, 0.0),
            ("cityshop", 4, 3.5, -1.0));
        confidence.Competitors[1].ToString().Should().Be("cityshop: n=4, performance 3.5, gap -1");
    }

    [Fact]
    public void Analyze_DiffersFromPlainIpaWhereTheCompetitorDecides()
    {
        var plain = ImportancePerformanceAnalysis.Analyze(WorkedExample.Profile).Items.ToDictionary(i => i.Benefit.Name, i => i.Quadrant);
        var competitive = CompetitiveImportancePerformanceAnalysis.Analyze(WorkedExample.Profile, Competitors).Items.ToDictionary(i => i.Benefit.Name, i => i.Quadrant);

        // Special treatment looks fine on its own (4.25, above the 3.05 mean) but trails cityshop's 4.50.
        plain["special-treatment"].Should().Be(IpaQuadrant.KeepUpTheGoodWork);
        competitive["special-treatment"].Should().Be(IpaQuadrant.ConcentrateHere);

        // Experience looks weak on its own (3.00, below the mean) but leads both rivals (2.50).
        plain["experience"].Should().Be(IpaQuadrant.ConcentrateHere);
        competitive["experience"].Should().Be(IpaQuadrant.KeepUpTheGoodWork);
    }

    [Fact]
    public void Analyze_BenefitWithoutCompetitor_IsNotCompared()
    {
        var result = CompetitiveImportancePerformanceAnalysis.Analyze(WorkedExample.Profile, Competitors.Where(r => r.Benefit != Benefit.Purpose));
        result.NotCompared.Should().Equal(Benefit.Purpose);
        result.Items.Should().HaveCount(4);
    }

    [Fact]
    public void Analyze_Empty_Throws()
    {
        var act = () => CompetitiveImportancePerformanceAnalysis.Analyze(WorkedExample.Profile, []);
        act.Should().Throw<ArgumentException>().WithMessage("competitorRatings must not be empty. (Parameter 'competitorRatings')");
    }

    [Fact]
    public void Analyze_OffScale_Throws()
    {
        var act = () => CompetitiveImportancePerformanceAnalysis.Analyze(WorkedExample.Profile, [new CompetitorRating(new CustomerId("r1"), "x", Benefit.Social, 6)]);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"competitorRatings[0].Performance must be in [1, 5] on the 5-point scale; was 6. (Parameter 'competitorRatings'){Nl}Actual value was 6.");
    }

    [Fact]
    public void Analyze_BenefitNotInProfile_Throws()
    {
        var other = new Benefit("free-coffee", BenefitCategory.Experience, BenefitNature.Emotional, ValueRecipient.Individual);
        var act = () => CompetitiveImportancePerformanceAnalysis.Analyze(WorkedExample.Profile, [new CompetitorRating(new CustomerId("r1"), "x", other, 3)]);
        act.Should().Throw<ArgumentException>()
            .WithMessage("competitorRatings must rate benefits of the profile; competitorRatings[0] rates \"free-coffee\", which the profile does not have. (Parameter 'competitorRatings')");
    }

    [Fact]
    public void Analyze_RepeatedRating_Throws()
    {
        var act = () => CompetitiveImportancePerformanceAnalysis.Analyze(
            WorkedExample.Profile,
            [new CompetitorRating(new CustomerId("r1"), "x", Benefit.Social, 3), new CompetitorRating(new CustomerId("r1"), " x ", Benefit.Social, 4)]);
        act.Should().Throw<ArgumentException>().WithMessage(
            "competitorRatings must hold at most one rating per respondent, competitor and benefit; competitorRatings[1] rates \"x\" on \"social\" by respondent \"r1\" again. (Parameter 'competitorRatings')");
    }

    [Fact]
    public void Analyze_Null_Throws()
    {
        var act = () => CompetitiveImportancePerformanceAnalysis.Analyze(WorkedExample.Profile, [null!]);
        act.Should().Throw<ArgumentException>().WithMessage("competitorRatings must not contain null; competitorRatings[0] is null. (Parameter 'competitorRatings')");
    }

    [Fact]
    public void CompetitorRating_Guards()
    {
        var empty = () => new CompetitorRating(new CustomerId("r1"), "  ", Benefit.Social, 3);
        empty.Should().Throw<ArgumentException>().WithMessage("competitor must be 1 to 64 characters after trimming; was \"  \". (Parameter 'competitor')");
        var zero = () => new CompetitorRating(new CustomerId("r1"), "x", Benefit.Social, 0);
        zero.Should().Throw<ArgumentOutOfRangeException>().WithMessage($"performance must be a Likert score >= 1; was 0. (Parameter 'performance'){Nl}Actual value was 0.");
        var unset = () => new CompetitorRating(default, "x", Benefit.Social, 3);
        unset.Should().Throw<ArgumentException>().WithMessage("respondent must be set; was the default CustomerId. (Parameter 'respondent')");
    }

    [Fact]
    public void CompetitorRating_Equality()
    {
        var r1 = new CustomerId("r1");
        EqualityContract.Verify(
            new CompetitorRating(r1, "x", Benefit.Social, 3),
            new CompetitorRating(r1, " x", Benefit.Social, 3),
            new CompetitorRating(r1, "y", Benefit.Social, 3),
            new CompetitorRating(r1, "x", Benefit.Purpose, 3),
            new CompetitorRating(r1, "x", Benefit.Social, 4),
            new CompetitorRating(new CustomerId("r2"), "x", Benefit.Social, 3));
        new CompetitorRating(r1, "x", Benefit.Social, 3).ToString().Should().Be("r1 x social: performance 3");
    }

    private static IEnumerable<CompetitorRating> Rate(string competitor, Benefit benefit, params int[] scores) =>
        scores.Select((score, i) => new CompetitorRating(new CustomerId("r" + (i + 1)), competitor, benefit, score));
}
