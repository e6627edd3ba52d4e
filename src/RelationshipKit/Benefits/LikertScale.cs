using System.Globalization;

namespace RelationshipKit.Benefits;

/// <summary>
/// Represents a Likert answer scale of whole-number scores from 1 to 5 or from 1 to 7.
/// </summary>
/// <remarks>
/// <para>Equality compares the number of points. The <c>default</c> value is the five-point scale, equal to
/// <see cref="FivePoint"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct LikertScale : IEquatable<LikertScale>
{
    // 0 stands for the default, five points.
    private readonly int _points;

    /// <summary>Initializes a new <see cref="LikertScale"/> with scores from 1 to <paramref name="points"/>.</summary>
    /// <param name="points">The number of points, 5 or 7.</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="points"/> is neither 5 nor 7.</exception>
    public LikertScale(int points)
    {
        if (points is not (5 or 7))
        {
            throw Preconditions.OutOfRange(nameof(points), points, "be 5 or 7");
        }

        _points = points;
    }

    /// <summary>Gets the five-point scale (1 to 5); also the <c>default</c> value.</summary>
    public static LikertScale FivePoint => default;

    /// <summary>Gets the seven-point scale (1 to 7).</summary>
    public static LikertScale SevenPoint { get; } = new(7);

    /// <summary>Gets the number of points, 5 or 7.</summary>
    public int Points => _points == 0 ? 5 : _points;

    /// <summary>Gets the lowest score, always 1.</summary>
#pragma warning disable CA1822 // An instance member, read beside Max as scale.Min.
    public int Min => 1;
#pragma warning restore CA1822

    /// <summary>Gets the highest score, equal to <see cref="Points"/>.</summary>
    public int Max => Points;

    /// <summary>Gets the middle of the scale, (1 + <see cref="Max"/>) / 2: 3 on a five-point scale, 4 on a seven-point one.</summary>
    public double Midpoint => (Min + Max) / 2.0;

    /// <summary>Determines whether two scales are equal.</summary>
    /// <param name="left">The first scale.</param>
    /// <param name="right">The second scale.</param>
    /// <returns><see langword="true"/> when both have the same number of points.</returns>
    public static bool operator ==(LikertScale left, LikertScale right) => left.Equals(right);

    /// <summary>Determines whether two scales differ.</summary>
    /// <param name="left">The first scale.</param>
    /// <param name="right">The second scale.</param>
    /// <returns><see langword="true"/> when the numbers of points differ.</returns>
    public static bool operator !=(LikertScale left, LikertScale right) => !left.Equals(right);

    /// <summary>Determines whether <paramref name="score"/> is a valid answer on this scale.</summary>
    /// <param name="score">The score.</param>
    /// <returns><see langword="true"/> when <paramref name="score"/> is in [<see cref="Min"/>, <see cref="Max"/>].</returns>
    public bool Contains(int score) => score >= Min && score <= Max;

    /// <summary>Determines whether <paramref name="value"/> lies within the scale (a mean or a crosshair, not only a whole answer).</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is finite and in [<see cref="Min"/>, <see cref="Max"/>].</returns>
    public bool Contains(double value) => value >= Min && value <= Max;

    /// <inheritdoc />
    public bool Equals(LikertScale other) => Points == other.Points;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LikertScale other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Points;

    /// <summary>Returns the range of the scale, for example <c>1-5</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "1-" + Points.ToString(CultureInfo.InvariantCulture);
}
