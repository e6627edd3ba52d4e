using NodaTime;
using RelationshipKit.Bonds;
using RelationshipKit.Satisfaction;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>Code shown on docs/concepts/satisfaction.md, compiled and checked here.</summary>
public class SatisfactionSnippets
{
    [Fact]
    public void Ratings()
    {
        #region satisfaction-rating
        var anna = new CustomerId("anna");
        var jan15 = Instant.FromUtc(2026, 1, 15, 10, 0);

        var rating = new SatisfactionRating(
            anna, 4, SatisfactionScale.FivePoint, jan15,
            PurchaseCyclePhase.After);

        var normalized = rating.NormalizedScore;
        // 0.75: 4 on a 1-5 scale
        #endregion

        normalized.Should().Be(0.75);
    }

    [Fact]
    public void CsatAndNps()
    {
        #region satisfaction-csat-nps
        int[] csatAnswers = [5, 4, 3, 2, 5];
        var csat = CustomerSatisfactionScore.Compute(
            csatAnswers, SatisfactionScale.FivePoint);
        // csat.Percent: 60 (three of five answered 4 or 5)

        int[] recommend = [9, 10, 9, 10, 9, 7, 8, 7, 6, 0];
        var nps = NetPromoterScore.Compute(recommend);
        // nps.Value: 30 (50 % promoters − 20 % detractors)
        #endregion

        csat.Percent.Should().Be(60);
        nps.Value.Should().Be(30);
        nps.ToString().Should().Be("NPS +30 (5 promoters, 3 passives, 2 detractors)");
    }

    [Fact]
    public void Trend()
    {
        #region satisfaction-trend
        var start = Instant.FromUtc(2026, 1, 1, 0, 0);
        var piotr = new CustomerId("piotr");
        SatisfactionRating On(int day, int score) => new(
            piotr, score, SatisfactionScale.FivePoint,
            start + Duration.FromDays(day), PurchaseCyclePhase.After);

        var trend = SatisfactionTrend.Of(
            [On(0, 5), On(30, 4), On(60, 4), On(90, 3)]);
        // trend.SlopePer90Days: -1.8 (points per 90 days)

        var tooFew = SatisfactionTrend.Of([On(0, 5), On(30, 1)]);
        // tooFew.Status: TooFewRatings, tooFew.SlopePer90Days: null
        #endregion

        trend.SlopePer90Days.Should().BeApproximately(-1.8, 1e-12);
        tooFew.Status.Should().Be(SatisfactionTrendStatus.TooFewRatings);
        tooFew.SlopePer90Days.Should().BeNull();
    }

    [Fact]
    public void Strength()
    {
        #region relationship-strength
        var profile = BondProfile.Empty
            .WithScore(BondDimension.Voluntariness, 0.9)
            .WithScore(BondDimension.Affect, 0.6)
            .WithScore(BondDimension.SwitchingEase, -0.8);

        var strength = RelationshipStrength.From(profile);
        // 0.70 = (1 × 0.9 + 2 × 0.6) / 3; switching ease is not read

        var withSatisfaction = RelationshipStrength.From(profile, 0.25);
        // 0.22 = (0.9 + 1.2 + 2 × (2 × 0.25 − 1)) / 5
        #endregion

        strength.Value.Should().BeApproximately(0.7, 1e-12);
        withSatisfaction.Value.Should().BeApproximately(0.22, 1e-12);
    }
}
