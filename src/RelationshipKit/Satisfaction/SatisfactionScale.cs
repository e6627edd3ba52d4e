using System.Globalization;

namespace RelationshipKit.Satisfaction;

/// <summary>
/// Represents the answer scale of a satisfaction question: whole-number scores from <see cref="Min"/> (0 or 1) to
/// <see cref="Max"/> (at most 10), at least three points.
/// </summary>
/// <remarks>
/// <para>The common scales are <see cref="FivePoint"/> (1–5, the usual CSAT question), <see cref="SevenPoint"/>
/// (1–7) and <see cref="ZeroToTen"/> (0–10, the "how likely are you to recommend us" question of the Net Promoter
/// Score). A score is checked against its scale when a <see cref="SatisfactionRating"/> is created, as
/// <see cref="Benefits.LikertScale"/> scores are checked when a benefit profile is built.</para>
/// <para>Equality compares both ends. The <c>default</c> value is the five-point scale, equal to
/// <see cref="FivePoint"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct SatisfactionScale : IEquatable<SatisfactionScale>
{
    /// <summary>The highest <see cref="Max"/> a scale may have.</summary>
    public const int MaxPoints = 10;

    // Offsets from the default scale 1-5, so that default(SatisfactionScale) is 1-5.
    private readonly int _minOffset;
    private readonly int _maxOffset;

    /// <summary>Initializes a new <see cref="SatisfactionScale"/> from <paramref name="min"/> to <paramref name="max"/>.</summary>
    /// <param name="min">The lowest score, 0 or 1.</param>
    /// <param name="max">The highest score, at least <paramref name="min"/> + 2 and at most <see cref="MaxPoints"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="min"/> is neither 0 nor 1, or <paramref name="max"/> is outside [<paramref name="min"/> + 2, 10].</exception>
    public SatisfactionScale(int min, int max)
    {
        if (min is not (0 or 1))
        {
            throw Preconditions.OutOfRange(nameof(min), min, "be 0 or 1");
        }

        if (max < min + 2 || max > MaxPoints)
        {
            throw Preconditions.OutOfRange(nameof(max), max, $"be in [{min + 2}, {MaxPoints}] (at least three points from min {min})");
        }

        _minOffset = min - 1;
        _maxOffset = max - 5;
    }

    /// <summary>Gets the five-point scale (1 to 5); also the <c>default</c> value.</summary>
    public static SatisfactionScale FivePoint => default;

    /// <summary>Gets the seven-point scale (1 to 7).</summary>
    public static SatisfactionScale SevenPoint { get; } = new(1, 7);

    /// <summary>Gets the eleven-point scale (0 to 10) of the Net Promoter Score question.</summary>
    public static SatisfactionScale ZeroToTen { get; } = new(0, 10);

    /// <summary>Gets the lowest score, 0 or 1.</summary>
    public int Min => 1 + _minOffset;

    /// <summary>Gets the highest score.</summary>
    public int Max => 5 + _maxOffset;

    /// <summary>Gets the number of points, <see cref="Max"/> − <see cref="Min"/> + 1.</summary>
    public int Points => Max - Min + 1;

    /// <summary>Determines whether two scales are equal.</summary>
    /// <param name="left">The first scale.</param>
    /// <param name="right">The second scale.</param>
    /// <returns><see langword="true"/> when both ends are equal.</returns>
    public static bool operator ==(SatisfactionScale left, SatisfactionScale right) => left.Equals(right);

    /// <summary>Determines whether two scales differ.</summary>
    /// <param name="left">The first scale.</param>
    /// <param name="right">The second scale.</param>
    /// <returns><see langword="true"/> when an end differs.</returns>
    public static bool operator !=(SatisfactionScale left, SatisfactionScale right) => !left.Equals(right);

    /// <summary>Creates the satisfaction scale with the same points as a Likert scale (1–5 or 1–7).</summary>
    /// <param name="scale">The Likert scale.</param>
    /// <returns>The satisfaction scale from 1 to <see cref="Benefits.LikertScale.Max"/>.</returns>
    public static SatisfactionScale FromLikert(Benefits.LikertScale scale) => new(scale.Min, scale.Max);

    /// <summary>Determines whether <paramref name="score"/> is a valid answer on this scale.</summary>
    /// <param name="score">The score.</param>
    /// <returns><see langword="true"/> when <paramref name="score"/> is in [<see cref="Min"/>, <see cref="Max"/>].</returns>
    public bool Contains(int score) => score >= Min && score <= Max;

    /// <summary>Maps <paramref name="score"/> onto [0, 1]: (score − <see cref="Min"/>) / (<see cref="Max"/> − <see cref="Min"/>).</summary>
    /// <param name="score">A score on this scale.</param>
    /// <returns>0 for the lowest score, 1 for the highest (4 on 1–5 gives 0.75).</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="score"/> is not on this scale.</exception>
    public double Normalize(int score)
    {
        CheckScore(score, nameof(score));
        return (score - Min) / (double)(Max - Min);
    }

    /// <summary>Determines whether <paramref name="score"/> is in the top two boxes of the scale (4 or 5 on 1–5, 9 or 10 on 0–10).</summary>
    /// <param name="score">A score on this scale.</param>
    /// <returns><see langword="true"/> when <paramref name="score"/> ≥ <see cref="Max"/> − 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="score"/> is not on this scale.</exception>
    public bool IsTopTwoBox(int score)
    {
        CheckScore(score, nameof(score));
        return score >= Max - 1;
    }

    /// <inheritdoc />
    public bool Equals(SatisfactionScale other) => Min == other.Min && Max == other.Max;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SatisfactionScale other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Min, Max);

    /// <summary>Returns the range of the scale, for example <c>1-5</c> or <c>0-10</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Min}-{Max}");

    /// <summary>Throws the standard message when <paramref name="score"/> is not on this scale.</summary>
    internal void CheckScore(int score, string paramName)
    {
        if (!Contains(score))
        {
            throw new ArgumentOutOfRangeException(paramName, score, $"{paramName} must be in [{Min}, {Max}] on the {this} scale; was {score}.");
        }
    }
}
