namespace RelationshipKit.Bonds;

/// <summary>
/// Represents how one dimension contributes to the distance between a profile and an archetype: both scores, the
/// weight, and the dimension's share of the weighted squared distance.
/// </summary>
/// <remarks>
/// <para>Equality compares every property.</para>
/// <para>The <c>default</c> value is a zero contribution on <see cref="BondDimension.Voluntariness"/> with weight 0;
/// <see cref="BondClassifier"/> never produces it.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct BondDimensionContribution : IEquatable<BondDimensionContribution>
{
    internal BondDimensionContribution(BondDimension dimension, double profileScore, double targetScore, double weight, double share)
    {
        Dimension = dimension;
        ProfileScore = profileScore;
        TargetScore = targetScore;
        Weight = weight;
        Share = share;
    }

    /// <summary>Gets the dimension.</summary>
    public BondDimension Dimension { get; }

    /// <summary>Gets the profile's score on the dimension, in [−1, +1].</summary>
    public double ProfileScore { get; }

    /// <summary>Gets the archetype's target score on the dimension, in [−1, +1].</summary>
    public double TargetScore { get; }

    /// <summary>Gets the weight of the dimension in the archetype's signature.</summary>
    public double Weight { get; }

    /// <summary>Gets the profile score minus the target score, in [−2, +2]; positive when the profile sits nearer the positive pole.</summary>
    public double Difference => ProfileScore - TargetScore;

    /// <summary>Gets this dimension's share of the weighted squared distance, in [0, 1]; all shares are 0 when the profile matches the signature exactly.</summary>
    public double Share { get; }

    /// <summary>Determines whether two contributions are equal.</summary>
    /// <param name="left">The first contribution.</param>
    /// <param name="right">The second contribution.</param>
    /// <returns><see langword="true"/> when every property is equal.</returns>
    public static bool operator ==(BondDimensionContribution left, BondDimensionContribution right) => left.Equals(right);

    /// <summary>Determines whether two contributions differ.</summary>
    /// <param name="left">The first contribution.</param>
    /// <param name="right">The second contribution.</param>
    /// <returns><see langword="true"/> when any property differs.</returns>
    public static bool operator !=(BondDimensionContribution left, BondDimensionContribution right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(BondDimensionContribution other) =>
        Dimension == other.Dimension && ProfileScore.Equals(other.ProfileScore) && TargetScore.Equals(other.TargetScore)
        && Weight.Equals(other.Weight) && Share.Equals(other.Share);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BondDimensionContribution other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Dimension, ProfileScore, TargetScore, Weight, Share);

    /// <summary>Returns the contribution as text, for example <c>basis: 0.5 vs 0.8 (share 0.12)</c>.</summary>
    /// <returns>The dimension, both scores and the share.</returns>
    public override string ToString() =>
        $"{BondDimensions.Get(Dimension).KebabName}: {Preconditions.Format(ProfileScore)} vs {Preconditions.Format(TargetScore)} (share {Preconditions.Format(Math.Round(Share, 2))})";
}
