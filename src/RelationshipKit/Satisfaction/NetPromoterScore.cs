using System.Globalization;

namespace RelationshipKit.Satisfaction;

/// <summary>
/// Represents the Net Promoter Score (NPS) of a set of answers to "how likely are you to recommend us?" on the 0–10
/// scale: the percentage of promoters minus the percentage of detractors.
/// </summary>
/// <remarks>
/// <para><b>Definition</b> (Reichheld, F. F. (2003), "The One Number You Need to Grow", <i>Harvard Business Review</i>
/// 81(12), 46–54): promoters answer 9 or 10, passives 7 or 8, detractors 0 to 6; NPS = 100 × (promoters − detractors)
/// / answers, a number in [−100, +100]. Only answers on <see cref="SatisfactionScale.ZeroToTen"/> are accepted:
/// the cut-offs have no meaning on another scale.</para>
/// <para>No answers is an expected outcome, not an error: <see cref="RatingCount"/> is 0 and <see cref="Value"/> is
/// <see langword="null"/> (never NaN).</para>
/// <para>Equality compares the three counts. The <c>default</c> value is the score of no answers. This type is
/// immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct NetPromoterScore : IEquatable<NetPromoterScore>
{
    private NetPromoterScore(int promoters, int passives, int detractors)
    {
        Promoters = promoters;
        Passives = passives;
        Detractors = detractors;
    }

    /// <summary>Gets the number of answers.</summary>
    public int RatingCount => Promoters + Passives + Detractors;

    /// <summary>Gets the number of promoters (9 or 10).</summary>
    public int Promoters { get; }

    /// <summary>Gets the number of passives (7 or 8).</summary>
    public int Passives { get; }

    /// <summary>Gets the number of detractors (0 to 6).</summary>
    public int Detractors { get; }

    /// <summary>Gets a value indicating whether there was at least one answer, so that <see cref="Value"/> has a value.</summary>
    public bool HasValue => RatingCount > 0;

    /// <summary>Gets the NPS, 100 × (<see cref="Promoters"/> − <see cref="Detractors"/>) / <see cref="RatingCount"/>, in [−100, +100]; <see langword="null"/> when there were no answers.</summary>
    public double? Value => RatingCount == 0 ? null : 100.0 * (Promoters - Detractors) / RatingCount;

    /// <summary>Determines whether two scores are equal.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when the three counts are equal.</returns>
    public static bool operator ==(NetPromoterScore left, NetPromoterScore right) => left.Equals(right);

    /// <summary>Determines whether two scores differ.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when a count differs.</returns>
    public static bool operator !=(NetPromoterScore left, NetPromoterScore right) => !left.Equals(right);

    /// <summary>Places a 0–10 answer in its NPS group.</summary>
    /// <param name="score">The answer, 0 to 10.</param>
    /// <returns><see cref="NpsCategory.Promoter"/> for 9–10, <see cref="NpsCategory.Passive"/> for 7–8, <see cref="NpsCategory.Detractor"/> for 0–6.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="score"/> is outside [0, 10].</exception>
    public static NpsCategory Categorize(int score)
    {
        SatisfactionScale.ZeroToTen.CheckScore(score, nameof(score));
        return score >= 9 ? NpsCategory.Promoter : score >= 7 ? NpsCategory.Passive : NpsCategory.Detractor;
    }

    /// <summary>Computes the NPS of <paramref name="ratings"/>, which must all be on the 0–10 scale.</summary>
    /// <param name="ratings">The answers; may be empty.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="ratings"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="ratings"/> contains null or a rating on a scale other than 0–10.</exception>
    public static NetPromoterScore Compute(IEnumerable<SatisfactionRating> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var counts = new int[3];
        var index = 0;
        foreach (var rating in ratings)
        {
            RatingChecks.NotNull(rating, index, nameof(ratings));
            if (rating.Scale != SatisfactionScale.ZeroToTen)
            {
                throw new ArgumentException(
                    $"ratings must be on the 0-10 scale of the recommend question for NPS; ratings[{index}] is on {rating.Scale}.", nameof(ratings));
            }

            counts[(int)Categorize(rating.Score)]++;
            index++;
        }

        return new NetPromoterScore(counts[(int)NpsCategory.Promoter], counts[(int)NpsCategory.Passive], counts[(int)NpsCategory.Detractor]);
    }

    /// <summary>Computes the NPS of anonymous 0–10 answers.</summary>
    /// <param name="scores">The answers; may be empty.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="scores"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an answer is outside [0, 10].</exception>
    public static NetPromoterScore Compute(IEnumerable<int> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var counts = new int[3];
        var index = 0;
        foreach (var score in scores)
        {
            SatisfactionScale.ZeroToTen.CheckScore(score, string.Create(CultureInfo.InvariantCulture, $"scores[{index}]"));
            counts[(int)Categorize(score)]++;
            index++;
        }

        return new NetPromoterScore(counts[(int)NpsCategory.Promoter], counts[(int)NpsCategory.Passive], counts[(int)NpsCategory.Detractor]);
    }

    /// <inheritdoc />
    public bool Equals(NetPromoterScore other) =>
        Promoters == other.Promoters && Passives == other.Passives && Detractors == other.Detractors;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NetPromoterScore other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Promoters, Passives, Detractors);

    /// <summary>Returns the score, for example <c>NPS +20 (5 promoters, 3 passives, 2 detractors)</c> or <c>NPS unknown (no answers)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RatingCount == 0
        ? "NPS unknown (no answers)"
        : string.Create(CultureInfo.InvariantCulture, $"NPS {Value:+0.##;-0.##;0} ({Promoters} promoters, {Passives} passives, {Detractors} detractors)");
}
