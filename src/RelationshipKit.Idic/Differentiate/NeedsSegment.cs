using RelationshipKit.Benefits;

namespace RelationshipKit.Idic.Differentiate;

/// <summary>
/// Represents a customer's needs segment: his top-importance benefit category, from what he declared and from what
/// his behaviour shows, with the explanation.
/// </summary>
/// <remarks>
/// The segment is the observed top when there is observed evidence (seed 001: real, not declared, needs), else the
/// declared top. Equality is reference equality. This type is immutable and thread-safe.
/// </remarks>
[Immutable]
public sealed class NeedsSegment
{
    internal NeedsSegment(CustomerId customer, BenefitCategory? declared, BenefitCategory? observed, string explanation)
    {
        Customer = customer;
        DeclaredTop = declared;
        ObservedTop = observed;
        Explanation = explanation;
    }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets the segment: the observed top category, else the declared one; <see langword="null"/> with no evidence.</summary>
    public BenefitCategory? Segment => ObservedTop ?? DeclaredTop;

    /// <summary>Gets the top category he declared; <see langword="null"/> without declared evidence.</summary>
    public BenefitCategory? DeclaredTop { get; }

    /// <summary>Gets the top category observed in his behaviour; <see langword="null"/> without observed evidence.</summary>
    public BenefitCategory? ObservedTop { get; }

    /// <summary>Gets a value indicating whether declared and observed needs disagree (both known and different).</summary>
    public bool Disagrees => DeclaredTop is { } d && ObservedTop is { } o && d != o;

    /// <summary>Gets the explanation, for example <c>observed top special-treatment (0.61 vs social 0.40); declared top social (4.5): they disagree</c>.</summary>
    public string Explanation { get; }

    /// <summary>Returns the customer, the segment and the explanation.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Customer}: {(Segment is { } s ? Benefit.ForCategory(s).Name : "no segment")} - {Explanation}";
}
