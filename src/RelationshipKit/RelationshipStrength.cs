using System.Globalization;
using RelationshipKit.Bonds;
using RelationshipKit.Satisfaction;

namespace RelationshipKit;

/// <summary>
/// Represents the strength of a relationship as one number in [−1, +1]: −1 a hostile or imposed bond the customer
/// would leave at the first chance, 0 neutral, +1 a freely chosen, warm, engaged and enduring bond. Lifecycle guards
/// and IDIC rules read this one number.
/// </summary>
/// <remarks>
/// <para><b>Why.</b> Seed 000: when a problem arises between supplier and customer, the outcome depends on the
/// parties' attitude, "siła relacji zanim doszło do nieporozumienia" (the strength of the relationship before the
/// misunderstanding) and how the crisis is managed. One documented scalar lets every package ask the same question.</para>
/// <para><b>Formula</b> (this project's index, not a published scale). A weighted mean of the bond dimensions that
/// say how much the customer is attached rather than how the relationship is structured, each already oriented so
/// that +1 is the stronger pole:
/// <c>S = (Σ w_d p_d + w_s (2s − 1)) / (Σ w_d + w_s)</c>, over the dimensions d the profile scores, with
/// voluntariness, basis (emotional), engagement and duration (enduring) weighing 1 and affect (positive) weighing 2;
/// s is the optional satisfaction in [0, 1] (a rating's <see cref="SatisfactionRating.NormalizedScore"/>), mapped to
/// [−1, +1] and weighing <see cref="SatisfactionWeight"/> (2); without satisfaction w_s = 0. The choice follows the
/// relationship-quality literature, which measures a relationship by satisfaction, trust and commitment, with
/// affective commitment the part that keeps customers through a problem (Garbarino &amp; Johnson 1999, Journal of
/// Marketing 63(2); Hennig-Thurau &amp; Klee 1997, Psychology &amp; Marketing 14(8)): affect and satisfaction weigh
/// double; free choice and emotional basis are seed 000's two axes; engagement and an enduring orientation stand for
/// commitment. Structural facts (interaction frequency, category involvement, switching ease, formality, symmetry,
/// visibility) are left out: a customer locked in by a monopoly is not strongly bonded. Intensity is left out because
/// an intense negative bond (enmity) is not a strong one.</para>
/// <para>Oracle figures (tested): Fournier's committed partnership signature gives 0.8, the marriage of convenience
/// −0.25, enmity −0.1666…; a profile scoring only affect 0.5 with a satisfaction of 1.0 gives (2·0.5 + 2·1) / 4 = 0.75.</para>
/// <para>Equality and ordering compare <see cref="Value"/>. The <c>default</c> value is <see cref="Neutral"/> (0).
/// This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct RelationshipStrength : IEquatable<RelationshipStrength>, IComparable<RelationshipStrength>
{
    /// <summary>The weight of satisfaction in the index (the weight of affect; the other dimensions weigh 1).</summary>
    public const double SatisfactionWeight = 2.0;

    private static readonly (BondDimension Dimension, double Weight)[] Terms =
    [
        (BondDimension.Voluntariness, 1.0),
        (BondDimension.Basis, 1.0),
        (BondDimension.Engagement, 1.0),
        (BondDimension.Affect, 2.0),
        (BondDimension.Duration, 1.0),
    ];

    /// <summary>Initializes a new <see cref="RelationshipStrength"/> from a value the caller measured another way.</summary>
    /// <param name="value">The strength, in [−1, +1].</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="value"/> is NaN or outside [−1, +1].</exception>
    public RelationshipStrength(double value)
    {
        Preconditions.InRange(value, -1.0, 1.0);
        Value = value + 0.0;
    }

    /// <summary>Gets the neutral strength, 0; also the <c>default</c> value.</summary>
    public static RelationshipStrength Neutral => default;

    /// <summary>Gets the bond dimensions the index reads, with their weights, in <see cref="BondDimension"/> order.</summary>
    public static IReadOnlyList<KeyValuePair<BondDimension, double>> DimensionWeights { get; } =
        Array.AsReadOnly(Terms.Select(t => KeyValuePair.Create(t.Dimension, t.Weight)).ToArray());

    /// <summary>Gets the strength, in [−1, +1].</summary>
    public double Value { get; }

    /// <summary>Determines whether two strengths are equal.</summary>
    /// <param name="left">The first strength.</param>
    /// <param name="right">The second strength.</param>
    /// <returns><see langword="true"/> when the values are equal.</returns>
    public static bool operator ==(RelationshipStrength left, RelationshipStrength right) => left.Equals(right);

    /// <summary>Determines whether two strengths differ.</summary>
    /// <param name="left">The first strength.</param>
    /// <param name="right">The second strength.</param>
    /// <returns><see langword="true"/> when the values differ.</returns>
    public static bool operator !=(RelationshipStrength left, RelationshipStrength right) => !left.Equals(right);

    /// <summary>Determines whether <paramref name="left"/> is weaker than <paramref name="right"/>.</summary>
    /// <param name="left">The first strength.</param>
    /// <param name="right">The second strength.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is smaller.</returns>
    public static bool operator <(RelationshipStrength left, RelationshipStrength right) => left.Value < right.Value;

    /// <summary>Determines whether <paramref name="left"/> is weaker than or as strong as <paramref name="right"/>.</summary>
    /// <param name="left">The first strength.</param>
    /// <param name="right">The second strength.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not greater.</returns>
    public static bool operator <=(RelationshipStrength left, RelationshipStrength right) => left.Value <= right.Value;

    /// <summary>Determines whether <paramref name="left"/> is stronger than <paramref name="right"/>.</summary>
    /// <param name="left">The first strength.</param>
    /// <param name="right">The second strength.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is greater.</returns>
    public static bool operator >(RelationshipStrength left, RelationshipStrength right) => left.Value > right.Value;

    /// <summary>Determines whether <paramref name="left"/> is stronger than or as strong as <paramref name="right"/>.</summary>
    /// <param name="left">The first strength.</param>
    /// <param name="right">The second strength.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not smaller.</returns>
    public static bool operator >=(RelationshipStrength left, RelationshipStrength right) => left.Value >= right.Value;

    /// <summary>Computes the strength of a bond profile.</summary>
    /// <param name="profile">The bond profile; it must score at least one of voluntariness, basis, engagement, affect or duration.</param>
    /// <returns>The strength.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="profile"/> scores none of the dimensions the index reads.</exception>
    public static RelationshipStrength From(BondProfile profile) =>
        TryFrom(profile, out var strength) ? strength : throw NoDimension(nameof(profile), profile);

    /// <summary>Computes the strength of a bond profile together with a satisfaction rating.</summary>
    /// <param name="profile">The bond profile; it may score none of the index's dimensions.</param>
    /// <param name="satisfaction">A satisfaction rating, typically the latest; its normalised score is used.</param>
    /// <returns>The strength.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="profile"/> or <paramref name="satisfaction"/> is null.</exception>
    public static RelationshipStrength From(BondProfile profile, SatisfactionRating satisfaction)
    {
        ArgumentNullException.ThrowIfNull(satisfaction);
        return From(profile, satisfaction.NormalizedScore);
    }

    /// <summary>Computes the strength of a bond profile together with a satisfaction level in [0, 1] (a mean of normalised scores, or a CSAT / 100).</summary>
    /// <param name="profile">The bond profile; it may score none of the index's dimensions.</param>
    /// <param name="satisfaction">The satisfaction, in [0, 1]: 0 the lowest answer, 1 the highest.</param>
    /// <returns>The strength.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="satisfaction"/> is NaN or outside [0, 1].</exception>
    public static RelationshipStrength From(BondProfile profile, double satisfaction)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Preconditions.InRange(satisfaction, 0.0, 1.0);
        Accumulate(profile, out var sum, out var weight);
        sum += SatisfactionWeight * ((2 * satisfaction) - 1);
        weight += SatisfactionWeight;
        return new RelationshipStrength(Math.Clamp(sum / weight, -1.0, 1.0));
    }

    /// <summary>Tries to compute the strength of a bond profile.</summary>
    /// <param name="profile">The bond profile.</param>
    /// <param name="strength">The strength, or <see cref="Neutral"/> when the profile scores none of the index's dimensions.</param>
    /// <returns><see langword="true"/> when the profile scores at least one of the index's dimensions.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="profile"/> is null.</exception>
    public static bool TryFrom(BondProfile profile, out RelationshipStrength strength)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Accumulate(profile, out var sum, out var weight);
        if (weight == 0)
        {
            strength = Neutral;
            return false;
        }

        strength = new RelationshipStrength(Math.Clamp(sum / weight, -1.0, 1.0));
        return true;
    }

    /// <inheritdoc />
    public bool Equals(RelationshipStrength other) => Value.Equals(other.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RelationshipStrength other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(RelationshipStrength other) => Value.CompareTo(other.Value);

    /// <summary>Returns the value with two decimals, for example <c>0.80</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value.ToString("0.00", CultureInfo.InvariantCulture);

    private static void Accumulate(BondProfile profile, out double sum, out double weight)
    {
        sum = 0;
        weight = 0;
        foreach (var (dimension, w) in Terms)
        {
            if (profile.TryGetScore(dimension, out var score))
            {
                sum += w * score;
                weight += w;
            }
        }
    }

    private static ArgumentException NoDimension(string paramName, BondProfile profile) =>
        new($"{paramName} must score at least one of voluntariness, basis, engagement, affect or duration; it scores {(profile.IsEmpty ? "nothing" : profile.ToString())}.", paramName);
}
