using System.Globalization;

namespace RelationshipKit.Bonds;

/// <summary>
/// Represents one move that <see cref="BondClassifier.Advise(BondProfile, string)"/> recommends: a dimension's score
/// from its current value to a new one.
/// </summary>
/// <remarks>
/// <para>Equality compares the dimension and both scores.</para>
/// <para>The <c>default</c> value is a non-move (0 to 0) on <see cref="BondDimension.Voluntariness"/>; advice never contains it.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct BondChange : IEquatable<BondChange>
{
    /// <summary>Initializes a new <see cref="BondChange"/>.</summary>
    /// <param name="dimension">The dimension to move.</param>
    /// <param name="from">The current score, in [−1, +1].</param>
    /// <param name="to">The recommended score, in [−1, +1].</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="dimension"/> is not defined, or a score is NaN or outside [−1, +1].</exception>
    public BondChange(BondDimension dimension, double from, double to)
    {
        BondDimensions.ThrowIfUndefined(dimension);
        Preconditions.InRange(from, -1.0, 1.0);
        Preconditions.InRange(to, -1.0, 1.0);
        Dimension = dimension;
        From = from + 0.0;
        To = to + 0.0;
    }

    /// <summary>Gets the dimension to move.</summary>
    public BondDimension Dimension { get; }

    /// <summary>Gets the current score.</summary>
    public double From { get; }

    /// <summary>Gets the recommended score.</summary>
    public double To { get; }

    /// <summary>Gets the change, <see cref="To"/> minus <see cref="From"/>, in [−2, +2].</summary>
    public double Delta => To - From;

    /// <summary>Gets a value indicating whether the move raises the score (toward the positive pole).</summary>
    public bool IsRaise => To > From;

    /// <summary>Gets the pole the move heads toward, for example <c>emotional</c> when basis is raised.</summary>
    public string TowardPole
    {
        get
        {
            var info = BondDimensions.Get(Dimension);
            return IsRaise ? info.PositivePole : info.NegativePole;
        }
    }

    /// <summary>Determines whether two changes are equal.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns><see langword="true"/> when the dimension and both scores are equal.</returns>
    public static bool operator ==(BondChange left, BondChange right) => left.Equals(right);

    /// <summary>Determines whether two changes differ.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns><see langword="true"/> when the dimension or a score differ.</returns>
    public static bool operator !=(BondChange left, BondChange right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(BondChange other) => Dimension == other.Dimension && From.Equals(other.From) && To.Equals(other.To);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BondChange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Dimension, From, To);

    /// <summary>Returns the move as a sentence, for example <c>raise basis from -0.80 to 0.20 (toward emotional)</c>.</summary>
    /// <returns>The move as an instruction.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{(IsRaise ? "raise" : "lower")} {BondDimensions.Get(Dimension).Name} from {From:0.00} to {To:0.00} (toward {TowardPole})");
}
