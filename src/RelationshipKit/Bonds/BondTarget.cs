namespace RelationshipKit.Bonds;

/// <summary>
/// Represents one term of a <see cref="BondArchetype"/>'s signature: the score the archetype has on a dimension and
/// how much that dimension weighs when a profile is compared with the archetype.
/// </summary>
/// <remarks>
/// <para>Equality compares dimension, score and weight.</para>
/// <para>The <c>default</c> value has weight 0, which <see cref="BondArchetype"/> rejects: construct targets with
/// one of the constructors.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct BondTarget : IEquatable<BondTarget>
{
    /// <summary>The largest weight accepted.</summary>
    public const double MaxWeight = 10.0;

    /// <summary>Initializes a new <see cref="BondTarget"/> with weight 1.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="score">The archetype's score on <paramref name="dimension"/>, in [−1, +1].</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="dimension"/> is not defined, or <paramref name="score"/> is NaN or outside [−1, +1].</exception>
    public BondTarget(BondDimension dimension, double score)
        : this(dimension, score, 1.0)
    {
    }

    /// <summary>Initializes a new <see cref="BondTarget"/>.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="score">The archetype's score on <paramref name="dimension"/>, in [−1, +1].</param>
    /// <param name="weight">How much the dimension counts, in (0, <see cref="MaxWeight"/>]; 1 is ordinary, 2 marks a defining dimension.</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="dimension"/> is not defined, <paramref name="score"/> is NaN or outside [−1, +1], or <paramref name="weight"/> is NaN or outside (0, <see cref="MaxWeight"/>].</exception>
    public BondTarget(BondDimension dimension, double score, double weight)
    {
        BondDimensions.ThrowIfUndefined(dimension);
        Preconditions.InRange(score, -1.0, 1.0);
        if (!(weight > 0 && weight <= MaxWeight))
        {
            throw Preconditions.OutOfRange(nameof(weight), weight, $"be in (0, {Preconditions.Format(MaxWeight)}]");
        }

        Dimension = dimension;
        Score = score + 0.0;
        Weight = weight;
    }

    /// <summary>Gets the dimension.</summary>
    public BondDimension Dimension { get; }

    /// <summary>Gets the archetype's score on <see cref="Dimension"/>, in [−1, +1].</summary>
    public double Score { get; }

    /// <summary>Gets how much the dimension counts in the comparison; 0 only for the <c>default</c> value.</summary>
    public double Weight { get; }

    /// <summary>Determines whether two targets are equal.</summary>
    /// <param name="left">The first target.</param>
    /// <param name="right">The second target.</param>
    /// <returns><see langword="true"/> when dimension, score and weight are equal.</returns>
    public static bool operator ==(BondTarget left, BondTarget right) => left.Equals(right);

    /// <summary>Determines whether two targets differ.</summary>
    /// <param name="left">The first target.</param>
    /// <param name="right">The second target.</param>
    /// <returns><see langword="true"/> when dimension, score or weight differ.</returns>
    public static bool operator !=(BondTarget left, BondTarget right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(BondTarget other) =>
        Dimension == other.Dimension && Score.Equals(other.Score) && Weight.Equals(other.Weight);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BondTarget other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Dimension, Score, Weight);

    /// <summary>Returns the target as <c>kebab-name=score</c>, with <c>×weight</c> when the weight is not 1.</summary>
    /// <returns>For example <c>basis=0.8×2</c>.</returns>
    public override string ToString()
    {
        var text = $"{BondDimensions.Get(Dimension).KebabName}={Preconditions.Format(Score)}";
        return Weight == 1.0 ? text : $"{text}×{Preconditions.Format(Weight)}";
    }
}
