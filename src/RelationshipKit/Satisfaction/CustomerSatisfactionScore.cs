using System.Globalization;

namespace RelationshipKit.Satisfaction;

/// <summary>
/// Represents the customer satisfaction score (CSAT) of a set of ratings: the percentage of ratings in the top two
/// boxes of their scale ("satisfied" or "very satisfied": 4 or 5 on 1–5).
/// </summary>
/// <remarks>
/// <para><b>Definition</b> (the one every RelationshipKit package uses): CSAT = 100 × (ratings with a score ≥ max − 1)
/// / (all ratings), a number in [0, 100]. On a five-point scale that is the share of 4s and 5s, the usual "top-two-box"
/// CSAT; on 1–7 the share of 6s and 7s; on 0–10 the share of 9s and 10s. All ratings must share one scale.</para>
/// <para>No ratings is an expected outcome, not an error: <see cref="RatingCount"/> is 0 and <see cref="Percent"/>
/// is <see langword="null"/> (never NaN).</para>
/// <para>Equality compares the scale and both counts. The <c>default</c> value is the score of no ratings on the
/// five-point scale. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct CustomerSatisfactionScore : IEquatable<CustomerSatisfactionScore>
{
    private CustomerSatisfactionScore(SatisfactionScale scale, int ratingCount, int satisfiedCount)
    {
        Scale = scale;
        RatingCount = ratingCount;
        SatisfiedCount = satisfiedCount;
    }

    /// <summary>Gets the scale of the ratings (the five-point scale when there were none).</summary>
    public SatisfactionScale Scale { get; }

    /// <summary>Gets the number of ratings.</summary>
    public int RatingCount { get; }

    /// <summary>Gets the number of ratings in the top two boxes of the scale.</summary>
    public int SatisfiedCount { get; }

    /// <summary>Gets a value indicating whether there was at least one rating, so that <see cref="Percent"/> has a value.</summary>
    public bool HasValue => RatingCount > 0;

    /// <summary>Gets the CSAT, 100 × <see cref="SatisfiedCount"/> / <see cref="RatingCount"/>, in [0, 100]; <see langword="null"/> when there were no ratings.</summary>
    public double? Percent => RatingCount == 0 ? null : 100.0 * SatisfiedCount / RatingCount;

    /// <summary>Determines whether two scores are equal.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when the scale and both counts are equal.</returns>
    public static bool operator ==(CustomerSatisfactionScore left, CustomerSatisfactionScore right) => left.Equals(right);

    /// <summary>Determines whether two scores differ.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when the scale or a count differs.</returns>
    public static bool operator !=(CustomerSatisfactionScore left, CustomerSatisfactionScore right) => !left.Equals(right);

    /// <summary>Determines whether a score counts as satisfied for CSAT: one of the top two boxes of its scale.</summary>
    /// <param name="score">A score on <paramref name="scale"/>.</param>
    /// <param name="scale">The scale.</param>
    /// <returns><see langword="true"/> when <paramref name="score"/> ≥ the scale's maximum − 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="score"/> is not on <paramref name="scale"/>.</exception>
    public static bool IsSatisfied(int score, SatisfactionScale scale) => scale.IsTopTwoBox(score);

    /// <summary>Computes the CSAT of <paramref name="ratings"/>, which must share one scale.</summary>
    /// <param name="ratings">The ratings; may be empty.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="ratings"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="ratings"/> contains null or mixes scales.</exception>
    public static CustomerSatisfactionScore Compute(IEnumerable<SatisfactionRating> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var count = 0;
        var satisfied = 0;
        var scale = SatisfactionScale.FivePoint;
        foreach (var rating in RatingChecks.OneScale(ratings, nameof(ratings)))
        {
            scale = rating.Scale;
            count++;
            satisfied += rating.Scale.IsTopTwoBox(rating.Score) ? 1 : 0;
        }

        return new CustomerSatisfactionScore(scale, count, satisfied);
    }

    /// <summary>Computes the CSAT of anonymous <paramref name="scores"/> on <paramref name="scale"/>.</summary>
    /// <param name="scores">The scores; may be empty.</param>
    /// <param name="scale">The scale of the question.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="scores"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a score is not on <paramref name="scale"/>.</exception>
    public static CustomerSatisfactionScore Compute(IEnumerable<int> scores, SatisfactionScale scale)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var count = 0;
        var satisfied = 0;
        foreach (var score in scores)
        {
            scale.CheckScore(score, string.Create(CultureInfo.InvariantCulture, $"scores[{count}]"));
            count++;
            satisfied += score >= scale.Max - 1 ? 1 : 0;
        }

        return new CustomerSatisfactionScore(scale, count, satisfied);
    }

    /// <inheritdoc />
    public bool Equals(CustomerSatisfactionScore other) =>
        Scale == other.Scale && RatingCount == other.RatingCount && SatisfiedCount == other.SatisfiedCount;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CustomerSatisfactionScore other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Scale, RatingCount, SatisfiedCount);

    /// <summary>Returns the score, for example <c>CSAT 75% (3 of 4 on 1-5)</c> or <c>CSAT unknown (no ratings)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RatingCount == 0
        ? "CSAT unknown (no ratings)"
        : string.Create(CultureInfo.InvariantCulture, $"CSAT {Percent:0.##}% ({SatisfiedCount} of {RatingCount} on {Scale})");
}
