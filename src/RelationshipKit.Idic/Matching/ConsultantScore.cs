using System.Globalization;

namespace RelationshipKit.Idic.Matching;

/// <summary>
/// Represents how well one consultant matches a customer: the total score and each term, or why he was not
/// considered.
/// </summary>
/// <remarks>
/// The total is Σ weight × score over the scored terms divided by Σ weight of the scored terms, in [0, 1] (0 when no
/// term is scored). Equality is reference equality. This type is immutable and thread-safe.
/// </remarks>
[Immutable]
public sealed class ConsultantScore
{
    internal ConsultantScore(Consultant consultant, MatchTerm[] terms, string? excludedBecause)
    {
        Consultant = consultant;
        Terms = Array.AsReadOnly(terms);
        var weight = terms.Where(t => t.IsScored).Sum(t => t.Weight);
        Total = weight > 0 ? terms.Sum(t => t.Points) / weight : 0;
        ScoredWeight = weight;
        ExcludedBecause = excludedBecause;
    }

    /// <summary>Gets the consultant.</summary>
    public Consultant Consultant { get; }

    /// <summary>Gets the total score in [0, 1].</summary>
    public double Total { get; }

    /// <summary>Gets the weight of the scored terms, the divisor of the total.</summary>
    public double ScoredWeight { get; }

    /// <summary>Gets each term, in the order style, skills, load, age band.</summary>
    public IReadOnlyList<MatchTerm> Terms { get; }

    /// <summary>Gets why he was not considered (does not speak the language, not available, at capacity); <see langword="null"/> when he was.</summary>
    public string? ExcludedBecause { get; }

    /// <summary>Gets a value indicating whether he was considered.</summary>
    public bool IsEligible => ExcludedBecause is null;

    /// <summary>Returns the score term by term, for example <c>ewa 0.83 = (style 3 × 1 (both analytical) + skills 4 × 1 (has billing) + load 2 × 0.25 (6 of 8 cases)) / 9</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ExcludedBecause is { } why
        ? $"{Consultant.Id} not considered: {why}"
        : string.Create(CultureInfo.InvariantCulture, $"{Consultant.Id} {Total:0.##} = ({string.Join(" + ", Terms.Where(t => t.IsScored))}) / {ScoredWeight:0.##}")
            + (Terms.Any(t => !t.IsScored) ? "; " + string.Join("; ", Terms.Where(t => !t.IsScored)) : string.Empty);
}
