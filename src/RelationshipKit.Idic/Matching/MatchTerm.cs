using System.Globalization;

namespace RelationshipKit.Idic.Matching;

/// <summary>
/// Represents one term of a consultant's match score: its weight, its score in [0, 1], its share of the total and
/// why.
/// </summary>
/// <remarks>
/// A term whose inputs are unknown (no style assessed, no skills needed, no age band, weight 0) is not scored: its
/// <see cref="Score"/> is <see langword="null"/> and its weight is left out of the total. Equality is reference
/// equality. This type is immutable and thread-safe.
/// </remarks>
[Immutable]
public sealed class MatchTerm
{
    internal MatchTerm(string name, double weight, double? score, string explanation)
    {
        Name = name;
        Weight = weight;
        Score = score;
        Explanation = explanation;
    }

    /// <summary>Gets the term: <c>style</c>, <c>skills</c>, <c>load</c> or <c>age-band</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the weight from the options.</summary>
    public double Weight { get; }

    /// <summary>Gets the score in [0, 1]; <see langword="null"/> when not scored.</summary>
    public double? Score { get; }

    /// <summary>Gets a value indicating whether the term counts in the total.</summary>
    public bool IsScored => Score is not null && Weight > 0;

    /// <summary>Gets what the term adds to the total before it is divided by the scored weight: weight × score (0 when not scored).</summary>
    public double Points => IsScored ? Weight * Score.GetValueOrDefault() : 0;

    /// <summary>Gets why, for example <c>both analytical</c> or <c>has billing, lacks complaints</c>.</summary>
    public string Explanation { get; }

    /// <summary>Returns the term, for example <c>style 3 × 1 (both analytical)</c> or <c>age-band not scored (weight 0)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsScored
        ? string.Create(CultureInfo.InvariantCulture, $"{Name} {Weight:0.##} × {Score:0.##} ({Explanation})")
        : $"{Name} not scored ({Explanation})";
}
