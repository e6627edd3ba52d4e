using RelationshipKit.Benefits;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>Code shown on docs/concepts/benefits.md, compiled and checked here.</summary>
public class BenefitSnippets
{
    [Fact]
    public void WorkedExample()
    {
        #region benefits-worked-example
        // Four respondents, r1 to r4, rate the five standard benefits on a 1-5 scale.
        (Benefit Benefit, int[] Importance, int[] Performance)[] answers =
        [
            (Benefit.Confidence,       [5, 5, 4, 5], [3, 2, 3, 2]),
            (Benefit.Social,           [3, 2, 3, 2], [4, 3, 4, 3]),
            (Benefit.SpecialTreatment, [4, 5, 4, 4], [4, 4, 5, 4]),
            (Benefit.Purpose,          [2, 2, 3, 1], [2, 3, 2, 1]),
            (Benefit.Experience,       [4, 4, 3, 4], [3, 3, 2, 4]),
        ];
        var ratings =
            from answer in answers
            from r in Enumerable.Range(0, 4)
            select new BenefitRating(
                new CustomerId($"r{r + 1}"),
                answer.Benefit,
                answer.Importance[r],
                answer.Performance[r]);
        var profile = BenefitProfile.FromRatings(ratings, LikertScale.FivePoint);

        // The crosshair sits at the data means.
        var ipa = ImportancePerformanceAnalysis.Analyze(profile);
        var crosshair = (ipa.CrosshairImportance, ipa.CrosshairPerformance);
        // (3.45, 3.05)
        var first = ipa.Items[0];
        // confidence: gap 2.25, ConcentrateHere
        var fixNext = ipa.InQuadrant(IpaQuadrant.ConcentrateHere);
        // confidence, experience
        #endregion

        crosshair.Should().Be((3.45, 3.05));
        first.Benefit.Should().Be(Benefit.Confidence);
        first.Score.Gap.Should().Be(2.25);
        first.Quadrant.Should().Be(IpaQuadrant.ConcentrateHere);
        fixNext.Select(i => i.Benefit).Should().Equal(Benefit.Confidence, Benefit.Experience);
        WorkedExamplePage.Check(profile, ipa);
    }

    [Fact]
    public void Crosshair()
    {
        var profile = WorkedExamplePage.Profile();

        #region benefits-crosshair
        var atMidpoint = ImportancePerformanceAnalysis.Analyze(
            profile, IpaCrosshair.ScaleMidpoint);
        // crosshair at (3, 3)
        var experience = atMidpoint.Items[1];
        // experience: performance 3.0 on the line, KeepUpTheGoodWork
        var onTheLine = experience.IsOnCrosshair;
        // true: a borderline call

        var againstTargets = ImportancePerformanceAnalysis.Analyze(
            profile, IpaCrosshair.At(importance: 4, performance: 4));
        #endregion

        experience.Benefit.Should().Be(Benefit.Experience);
        experience.Quadrant.Should().Be(IpaQuadrant.KeepUpTheGoodWork);
        onTheLine.Should().BeTrue();
        againstTargets.InQuadrant(IpaQuadrant.ConcentrateHere).Select(i => i.Benefit.Name).Should().Equal("confidence");
        againstTargets.InQuadrant(IpaQuadrant.KeepUpTheGoodWork).Select(i => i.Benefit.Name).Should().Equal("special-treatment");
    }

    [Fact]
    public void FinerBenefits()
    {
        #region benefits-finer
        // B2B: value for the organisation and for the person who represents it.
        var lowerCosts = new Benefit(
            "lower-costs",
            BenefitCategory.SpecialTreatment,
            BenefitNature.Functional,
            ValueRecipient.Organisation);
        var credibility = new Benefit(
            "credibility-with-peers",
            BenefitCategory.Social,
            BenefitNature.Emotional,
            ValueRecipient.Individual);

        var buyer = new CustomerId("acme-purchasing-director");
        var profile = BenefitProfile.FromRatings(
            [
                new BenefitRating(buyer, lowerCosts, 7, 5),
                new BenefitRating(buyer, credibility, 6, 3),
            ],
            LikertScale.SevenPoint);
        var analysis = ImportancePerformanceAnalysis.Analyze(profile);
        var largestGap = analysis.Items[0].Benefit;
        // credibility-with-peers (gap 3)
        #endregion

        largestGap.Should().Be(credibility);
        profile.RespondentCount.Should().Be(1);
    }
}
