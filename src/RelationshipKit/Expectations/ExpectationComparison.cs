using System.Globalization;
using RelationshipKit.Bonds;

namespace RelationshipKit.Expectations;

/// <summary>
/// Represents the comparison of the relationship a customer expects with the one the company offers: every aspect
/// compared, ranked by distance, and the mismatches among them.
/// </summary>
/// <remarks>
/// <para><b>Why.</b> Seed 000: "Procesy komunikacyjne kończą się fiaskiem gdy klient i dostawca mają zupełnie inne
/// oczekiwania względem wzajemnej interakcji" — communication fails when customer and supplier expect entirely
/// different things of their interaction. Naming the differences, largest first, says where to start.</para>
/// <para><b>Distances</b>, each in [0, 1]. A bond dimension scored on both sides: |expected − offered| / 2 (the scores
/// are in [−1, +1]); a dimension scored on one side only is listed in <see cref="NotCompared"/>. The relationship type,
/// when both sides name one: the mean over six attributes of <see cref="RelationshipTypes.RelationshipTypeInfo"/> of
/// the normalised difference — human contact (levels 0–2, divided by 2), human involvement and personalisation
/// (levels 0–4, divided by 4), and whether it sustains an ongoing relationship, offers a peer community and offers
/// co-creation (0 or 1 each). Cost to serve is left out: it is the company's cost, not something the customer
/// experiences. These distances are this project's definitions.</para>
/// <para>An aspect is a mismatch when its distance exceeds <see cref="MismatchThreshold"/> (0.25: half a pole on a bond
/// dimension, the "close" limit of <see cref="BondClassifier"/>). Aspects are ranked by distance, largest first (ties:
/// the type first, then dimension order).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class ExpectationComparison
{
    /// <summary>The distance above which an aspect is a mismatch.</summary>
    public const double MismatchThreshold = 0.25;

    private ExpectationComparison(RelationshipExpectation expected, RelationshipExpectation offered, ExpectationAspect[] aspects, BondDimension[] notCompared)
    {
        Expected = expected;
        Offered = offered;
        Aspects = Array.AsReadOnly(aspects);
        Mismatches = Array.AsReadOnly(aspects.Where(a => a.IsMismatch).ToArray());
        NotCompared = Array.AsReadOnly(notCompared);
    }

    /// <summary>Gets the relationship the customer expects.</summary>
    public RelationshipExpectation Expected { get; }

    /// <summary>Gets the relationship the company offers.</summary>
    public RelationshipExpectation Offered { get; }

    /// <summary>Gets every aspect compared, the largest distance first.</summary>
    public IReadOnlyList<ExpectationAspect> Aspects { get; }

    /// <summary>Gets the aspects whose distance exceeds <see cref="MismatchThreshold"/>, the largest first.</summary>
    public IReadOnlyList<ExpectationAspect> Mismatches { get; }

    /// <summary>Gets the bond dimensions scored on one side only, in <see cref="BondDimension"/> order.</summary>
    public IReadOnlyList<BondDimension> NotCompared { get; }

    /// <summary>Gets a value indicating whether no aspect is a mismatch.</summary>
    public bool IsAligned => Mismatches.Count == 0;

    /// <summary>Compares the relationship a customer expects with the one the company offers.</summary>
    /// <param name="expected">What the customer expects.</param>
    /// <param name="offered">What the company offers.</param>
    /// <returns>The comparison; an aspect is compared only when both sides state it.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="expected"/> or <paramref name="offered"/> is null.</exception>
    public static ExpectationComparison Compare(RelationshipExpectation expected, RelationshipExpectation offered)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(offered);
        var aspects = new List<ExpectationAspect>();
        if (expected.Type is { } e && offered.Type is { } o)
        {
            aspects.Add(ExpectationAspect.ForType(e, o));
        }

        var notCompared = new List<BondDimension>();
        foreach (var info in BondDimensions.All)
        {
            var hasExpected = expected.Bonds.TryGetScore(info.Dimension, out var x);
            var hasOffered = offered.Bonds.TryGetScore(info.Dimension, out var y);
            if (hasExpected && hasOffered)
            {
                aspects.Add(ExpectationAspect.ForDimension(info.Dimension, x, y));
            }
            else if (hasExpected || hasOffered)
            {
                notCompared.Add(info.Dimension);
            }
        }

        // OrderByDescending is stable: ties keep the type first, then dimension order.
        return new ExpectationComparison(expected, offered, [.. aspects.OrderByDescending(a => a.Distance)], [.. notCompared]);
    }

    /// <summary>Returns a summary naming the mismatches.</summary>
    /// <returns>For example <c>2 mismatches: relationship type (0.67), basis (0.70)</c> or <c>aligned on 3 aspects</c>.</returns>
    public override string ToString() => IsAligned
        ? string.Create(CultureInfo.InvariantCulture, $"aligned on {Aspects.Count} aspects")
        : string.Create(CultureInfo.InvariantCulture, $"{Mismatches.Count} mismatch{(Mismatches.Count == 1 ? string.Empty : "es")}: ")
            + string.Join(", ", Mismatches.Select(m => string.Create(CultureInfo.InvariantCulture, $"{Name(m)} ({m.Distance:0.00})")));

    private static string Name(ExpectationAspect aspect) =>
        aspect.Dimension is { } d ? BondDimensions.Get(d).Name : "relationship type";
}
