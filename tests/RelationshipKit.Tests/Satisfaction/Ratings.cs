using NodaTime;
using RelationshipKit.Satisfaction;

namespace RelationshipKit.Tests.Satisfaction;

/// <summary>Builds satisfaction ratings for the tests.</summary>
internal static class Ratings
{
    public static readonly Instant Start = Instant.FromUtc(2026, 1, 1, 0, 0);

    public static SatisfactionRating At(string customer, double day, int score, SatisfactionScale scale = default, PurchaseCyclePhase phase = PurchaseCyclePhase.After) =>
        new(new CustomerId(customer), score, scale, Start + Duration.FromHours(day * 24), phase);

    public static SatisfactionRating[] Scores(SatisfactionScale scale, params int[] scores) =>
        [.. scores.Select((score, i) => At("c" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture), i, score, scale))];
}
