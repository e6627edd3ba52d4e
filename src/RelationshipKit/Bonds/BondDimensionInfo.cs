namespace RelationshipKit.Bonds;

/// <summary>
/// Represents the description of one <see cref="BondDimension"/>: its names, its two poles and its source.
/// </summary>
/// <remarks>
/// <para>A score of −1 sits on <see cref="NegativePole"/> and +1 on <see cref="PositivePole"/>; 0 is midway.</para>
/// <para>Instances come from <see cref="BondDimensions"/> only; equality is reference equality (there is one
/// instance per dimension). This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class BondDimensionInfo
{
    internal BondDimensionInfo(BondDimension dimension, string name, string kebabName, string negativePole, string positivePole, string description, string source, BondDimensionRole role)
    {
        Dimension = dimension;
        Name = name;
        KebabName = kebabName;
        NegativePole = negativePole;
        PositivePole = positivePole;
        Description = description;
        Source = source;
        Role = role;
    }

    /// <summary>Gets the dimension described.</summary>
    public BondDimension Dimension { get; }

    /// <summary>Gets the display name, for example <c>interaction frequency</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the kebab-case name used in files and on the command line, for example <c>interaction-frequency</c>.</summary>
    public string KebabName { get; }

    /// <summary>Gets the pole at −1, for example <c>rare</c>.</summary>
    public string NegativePole { get; }

    /// <summary>Gets the pole at +1, for example <c>frequent</c>.</summary>
    public string PositivePole { get; }

    /// <summary>Gets a one-sentence description of what the dimension measures.</summary>
    public string Description { get; }

    /// <summary>Gets the source that names the dimension (authors, year).</summary>
    public string Source { get; }

    /// <summary>Gets the role the dimension plays in the sources: an axis, a kind of bond, a structural influence, a factor or one of Fournier's.</summary>
    public BondDimensionRole Role { get; }

    /// <summary>Names the pole a score leans toward, for example <c>emotional</c> for a basis of 0.6.</summary>
    /// <param name="score">A score in [−1, +1].</param>
    /// <returns><see cref="NegativePole"/> for a negative score, <see cref="PositivePole"/> for a positive one, and <c>neutral</c> for 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="score"/> is NaN or outside [−1, +1].</exception>
    public string PoleOf(double score)
    {
        Preconditions.InRange(score, -1.0, 1.0);
        return score < 0 ? NegativePole : score > 0 ? PositivePole : "neutral";
    }

    /// <summary>Returns the display name with both poles, for example <c>basis (rational … emotional)</c>.</summary>
    /// <returns>The display name and poles.</returns>
    public override string ToString() => $"{Name} ({NegativePole} … {PositivePole})";
}
