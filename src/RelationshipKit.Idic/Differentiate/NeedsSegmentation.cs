using System.Globalization;
using RelationshipKit.Benefits;

namespace RelationshipKit.Idic.Differentiate;

/// <summary>
/// Groups customers by needs (the differentiate step of IDIC): each customer's segment is his top-importance benefit
/// category, deterministic and explained, and the customers whose declared and observed needs disagree are listed.
/// </summary>
/// <remarks>
/// <para>Seed 001: the rules of customer care "must result from implementing the customers' real (not to be confused
/// with declared!) needs". So the observed top wins when both are known, and every disagreement is listed for a
/// person to act on.</para>
/// <para>The top of a source is its highest score; ties go to the earlier <see cref="BenefitCategory"/> (enum order)
/// and the explanation says so. A batch component: it needs no pipeline. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class NeedsSegmentation
{
    private readonly Dictionary<CustomerId, NeedsSegment> _byCustomer;

    private NeedsSegmentation(NeedsSegment[] segments)
    {
        Segments = Array.AsReadOnly(segments);
        _byCustomer = segments.ToDictionary(s => s.Customer);
        Disagreements = Array.AsReadOnly(segments.Where(s => s.Disagrees).ToArray());
    }

    /// <summary>Gets every customer's segment, in ordinal order of customer id.</summary>
    public IReadOnlyList<NeedsSegment> Segments { get; }

    /// <summary>Gets the customers whose declared and observed needs disagree, in ordinal order of customer id.</summary>
    public IReadOnlyList<NeedsSegment> Disagreements { get; }

    /// <summary>Assigns each customer his needs segment.</summary>
    /// <param name="evidence">One evidence per customer.</param>
    /// <returns>The segmentation.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="evidence"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when an item is null or two items are for the same customer.</exception>
    public static NeedsSegmentation Assign(IEnumerable<NeedsEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var seen = new HashSet<CustomerId>();
        var segments = new List<NeedsSegment>();
        foreach (var item in evidence)
        {
            if (item is null)
            {
                throw new ArgumentException("evidence must not contain null.", nameof(evidence));
            }

            if (!seen.Add(item.Customer))
            {
                throw new ArgumentException($"evidence must hold one item per customer; {item.Customer} appears twice.", nameof(evidence));
            }

            segments.Add(Segment(item));
        }

        segments.Sort((a, b) => a.Customer.CompareTo(b.Customer));
        return new NeedsSegmentation([.. segments]);
    }

    /// <summary>Tries to get a customer's segment.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="segment">The segment when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the customer was segmented.</returns>
    public bool TryGet(CustomerId customer, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out NeedsSegment? segment) =>
        _byCustomer.TryGetValue(customer, out segment);

    /// <summary>Counts the customers per segment (customers without evidence are not counted).</summary>
    /// <returns>The counts, in category order.</returns>
    public IReadOnlyDictionary<BenefitCategory, int> Counts() =>
        Segments.Where(s => s.Segment is not null).GroupBy(s => s.Segment!.Value).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()); // filtered to non-null

    /// <summary>Returns the number of customers and of disagreements.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Segments.Count} customers segmented; {Disagreements.Count} disagree (declared vs observed)";

    private static NeedsSegment Segment(NeedsEvidence e)
    {
        var (declared, declaredText) = Top(e.Declared);
        var (observed, observedText) = Top(e.Observed);
        var parts = new List<string>();
        if (observed is not null)
        {
            parts.Add("observed top " + observedText);
        }

        if (declared is not null)
        {
            parts.Add("declared top " + declaredText);
        }

        if (parts.Count == 0)
        {
            parts.Add("no evidence");
        }

        var text = string.Join("; ", parts);
        if (declared is { } d && observed is { } o)
        {
            text += d == o ? ": they agree" : ": they disagree, the observed need wins";
        }

        return new NeedsSegment(e.Customer, declared, observed, text);
    }

    private static (BenefitCategory? Top, string Text) Top(IReadOnlyDictionary<BenefitCategory, double> scores)
    {
        if (scores.Count == 0)
        {
            return (null, string.Empty);
        }

        var ordered = scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key).ToArray();
        var top = ordered[0];
        var text = $"{Benefit.ForCategory(top.Key).Name} ({F(top.Value)}";
        if (ordered.Length > 1)
        {
            var next = ordered[1];
            text += next.Value == top.Value
                ? $", tied with {Benefit.ForCategory(next.Key).Name}: the earlier category wins)"
                : $" vs {Benefit.ForCategory(next.Key).Name} {F(next.Value)})";
        }
        else
        {
            text += ")";
        }

        return (top.Key, text);
    }

    private static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
