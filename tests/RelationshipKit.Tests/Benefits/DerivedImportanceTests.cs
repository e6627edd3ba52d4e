using RelationshipKit.Benefits;

namespace RelationshipKit.Tests.Benefits;

public class DerivedImportanceTests
{
    private static readonly string Nl = Environment.NewLine;

    internal static IReadOnlyList<BenefitRating> SampleRatings() =>
        [.. DerivedImportanceSample.Answers().Select(a => new BenefitRating(new CustomerId(a.Respondent), Lookup(a.Benefit), a.Importance, a.Performance))];

    internal static IReadOnlyDictionary<CustomerId, double> SampleOutcomes() =>
        DerivedImportanceSample.RepeatPurchases().ToDictionary(p => new CustomerId(p.Key), p => p.Value);

    [Fact]
    public void Analyze_WorkedExample_MatchesTheIndependentFigures()
    {
        var result = DerivedImportance.Analyze(SampleRatings(), LikertScale.FivePoint, SampleOutcomes());

        result.Status.Should().Be(DerivedImportanceStatus.Known);
        result.RespondentCount.Should().Be(30);
        result.Items.Select(i => i.Benefit.Name).Should().Equal("social", "experience", "confidence", "special-treatment");
        var byName = result.Items.ToDictionary(i => i.Benefit.Name);
        byName["social"].Correlation.Should().BeApproximately(0.8808410462172104, 1e-12);
        byName["experience"].Correlation.Should().BeApproximately(0.4292088791445322, 1e-12);
        byName["confidence"].Correlation.Should().BeApproximately(0.3043507018023683, 1e-12);
        byName["special-treatment"].Correlation.Should().BeApproximately(0.1432129255713703, 1e-12);
        byName["special-treatment"].StatedImportance.Should().BeApproximately(139.0 / 30, 1e-12);
        byName["social"].StatedImportance.Should().BeApproximately(2.6, 1e-12);
        byName["social"].StatedRank.Should().Be(4);
        byName["social"].DerivedRank.Should().Be(1);
        byName["social"].RankDifference.Should().Be(3);
        byName["special-treatment"].RankDifference.Should().Be(-3);
        byName["confidence"].RankDifference.Should().Be(-1);
        byName["experience"].RankDifference.Should().Be(1);
        result.Divergent.Select(i => i.Benefit.Name).Should().Equal("social", "special-treatment");
        result.ToString().Should().Be("30 respondents, 4 benefits, 2 divergent");
        byName["social"].ToString().Should().Be("social: stated 2.6 (rank 4), derived 0.88 (rank 1), n=30");
    }

    [Fact]
    public void Analyze_FewerThanThirtyRespondents_GivesNoNumbers()
    {
        var outcomes = SampleOutcomes().Where(p => p.Key.Value != "r30").ToDictionary(p => p.Key, p => p.Value);
        var result = DerivedImportance.Analyze(SampleRatings(), LikertScale.FivePoint, outcomes);

        result.Status.Should().Be(DerivedImportanceStatus.TooFewRespondents);
        result.RespondentCount.Should().Be(29);
        result.RespondentsWithoutOutcome.Should().Be(1);
        result.Items.Should().OnlyContain(i => i.Status == DerivedImportanceStatus.TooFewRespondents && i.Correlation == null && i.StatedRank == null);
        result.Divergent.Should().BeEmpty();
        result.ToString().Should().Be("too few respondents (29 of 30 needed)");
        result.Items[0].ToString().Should().Be("confidence: too few respondents (29)");
    }

    [Fact]
    public void Analyze_BenefitSkippedBySome_IsTooFewForThatBenefitOnly()
    {
        var ratings = SampleRatings().Where(r => !(r.Benefit == Benefit.Experience && r.Respondent.Value == "r01")).ToList();
        var result = DerivedImportance.Analyze(ratings, LikertScale.FivePoint, SampleOutcomes());

        result.Status.Should().Be(DerivedImportanceStatus.Known);
        var experience = result.Items.Single(i => i.Benefit == Benefit.Experience);
        experience.Status.Should().Be(DerivedImportanceStatus.TooFewRespondents);
        experience.RespondentCount.Should().Be(29);
        result.Items[^1].Should().BeSameAs(experience);
        result.Items.Single(i => i.Benefit == Benefit.Social).DerivedRank.Should().Be(1);
        result.Items.Single(i => i.Benefit == Benefit.SpecialTreatment).StatedRank.Should().Be(1);
    }

    [Fact]
    public void Analyze_ConstantPerformance_IsNoVariation()
    {
        var ratings = SampleRatings().Select(r => r.Benefit == Benefit.Social ? new BenefitRating(r.Respondent, r.Benefit, r.Importance, 3) : r).ToList();
        var result = DerivedImportance.Analyze(ratings, LikertScale.FivePoint, SampleOutcomes());

        var social = result.Items.Single(i => i.Benefit == Benefit.Social);
        social.Status.Should().Be(DerivedImportanceStatus.NoVariation);
        social.Correlation.Should().BeNull();
        social.ToString().Should().Be("social: no variation (n=30)");
    }

    [Fact]
    public void Analyze_NonFiniteOutcome_Throws()
    {
        var outcomes = SampleOutcomes().ToDictionary(p => p.Key, p => p.Key.Value == "r05" ? double.NaN : p.Value);
        var act = () => DerivedImportance.Analyze(SampleRatings(), LikertScale.FivePoint, outcomes);
        act.Should().Throw<ArgumentException>().WithMessage("outcomes must hold finite numbers; the outcome of \"r05\" was NaN. (Parameter 'outcomes')");
    }

    [Fact]
    public void Analyze_NoRespondentHasAnOutcome_Throws()
    {
        var act = () => DerivedImportance.Analyze(SampleRatings(), LikertScale.FivePoint, new Dictionary<CustomerId, double> { [new CustomerId("x")] = 1 });
        act.Should().Throw<ArgumentException>()
            .WithMessage("outcomes must name at least one respondent of ratings; none of the 30 respondents has an outcome. (Parameter 'outcomes')");
    }

    [Fact]
    public void Analyze_ScoreOffScale_Throws()
    {
        var ratings = SampleRatings().Append(new BenefitRating(new CustomerId("r31"), Benefit.Purpose, 6, 1));
        var act = () => DerivedImportance.Analyze(ratings, LikertScale.FivePoint, SampleOutcomes());
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"ratings[120].Importance must be in [1, 5] on the 5-point scale; was 6. (Parameter 'ratings'){Nl}Actual value was 6.");
    }

    [Fact]
    public void Spearman_WithTies_IsThePearsonCorrelationOfMidRanks()
    {
        RankCorrelation.MidRanks([10.0, 20, 20, 30]).Should().Equal(1, 2.5, 2.5, 4);
        RankCorrelation.Spearman([1.0, 2, 3, 4, 5], [5.0, 6, 7, 8, 7]).Should().BeApproximately(0.8207826816681233, 1e-15);
        RankCorrelation.Spearman([1.0, 2, 3], [3.0, 2, 1]).Should().Be(-1);
        RankCorrelation.Spearman([1.0, 1, 1], [3.0, 2, 1]).Should().BeNull();
    }

    private static Benefit Lookup(string name) => Benefit.Standard.Single(b => b.Name == name);
}
