namespace RelationshipKit.Bonds;

/// <summary>
/// Represents the score of a relationship on one <see cref="BondDimension"/>: a number in [−1, +1], where −1 is the
/// dimension's negative pole and +1 its positive pole.
/// </summary>
/// <remarks>
/// <para>Equality compares the dimension and the value (−0 equals 0: construction stores −0 as 0).</para>
/// <para>The <c>default</c> value is a score of 0 (neutral) on <see cref="BondDimension.Voluntariness"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct BondScore : IEquatable<BondScore>
{
    /// <summary>Initializes a new <see cref="BondScore"/>.</summary>
    /// <param name="dimension">The dimension scored.</param>
    /// <param name="value">The score, in [−1, +1].</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="dimension"/> is not defined, or <paramref name="value"/> is NaN or outside [−1, +1].</exception>
    public BondScore(BondDimension dimension, double value)
    {
        BondDimensions.ThrowIfUndefined(dimension);
        Preconditions.InRange(value, -1.0, 1.0);
        Dimension = dimension;
        Value = value + 0.0;
    }

    /// <summary>Gets the dimension scored.</summary>
    public BondDimension Dimension { get; }

    /// <summary>Gets the score in [−1, +1]: −1 the negative pole, +1 the positive pole.</summary>
    public double Value { get; }

    /// <summary>Determines whether two scores are equal.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when dimension and value are equal.</returns>
    public static bool operator ==(BondScore left, BondScore right) => left.Equals(right);

    /// <summary>Determines whether two scores differ.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when dimension or value differ.</returns>
    public static bool operator !=(BondScore left, BondScore right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(BondScore other) => Dimension == other.Dimension && Value.Equals(other.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BondScore other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Dimension, Value);

    /// <summary>Returns the score as <c>kebab-name=value</c>, for example <c>basis=0.8</c>.</summary>
    /// <returns>The score text, in the same form the command line reads.</returns>
    public override string ToString() => $"{BondDimensions.Get(Dimension).KebabName}={Preconditions.Format(Value)}";
}
