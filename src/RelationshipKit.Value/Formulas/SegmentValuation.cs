using System.Collections.Immutable;

namespace RelationshipKit.Value.Formulas;

/// <summary>
/// Represents the valuation of a customer base by segment: the value of each segment and the total.
/// </summary>
/// <remarks>
/// <para>Created by <see cref="CustomerLifetimeValue.BySegment(IEnumerable{CustomerSegment}, DiscountRate)"/>. Valuing
/// each segment with its own purchase value, frequency, retention and costs keeps one-off buyers from being valued
/// as five-year customers, which an average over the whole base would do.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class SegmentValuation
{
    private SegmentValuation(ImmutableArray<SegmentValue> segments, DiscountRate discountRate, Money totalValue, long totalCustomers)
    {
        Segments = segments;
        DiscountRate = discountRate;
        TotalValue = totalValue;
        TotalCustomers = totalCustomers;
    }

    /// <summary>Gets the value of each segment, in input order.</summary>
    public ImmutableArray<SegmentValue> Segments { get; }

    /// <summary>Gets the discount rate used (0 when none was given).</summary>
    public DiscountRate DiscountRate { get; }

    /// <summary>Gets the total net value of the base: the sum of the segments' totals.</summary>
    public Money TotalValue { get; }

    /// <summary>Gets the total number of customers.</summary>
    public long TotalCustomers { get; }

    /// <summary>Gets the currency of the valuation.</summary>
    public Currency Currency => TotalValue.Currency;

    /// <summary>Gets the value of the segment called <paramref name="name"/>.</summary>
    /// <param name="name">The segment's name (ordinal comparison).</param>
    /// <returns>The segment's value.</returns>
    /// <exception cref="ArgumentException">Thrown when no segment has that name.</exception>
    public SegmentValue this[string name]
    {
        get
        {
            foreach (var segment in Segments)
            {
                if (string.Equals(segment.Segment.Name, name, StringComparison.Ordinal))
                {
                    return segment;
                }
            }

            throw new ArgumentException($"name must be one of {string.Join(", ", Segments.Select(s => s.Segment.Name))}; was \"{name}\".", nameof(name));
        }
    }

    /// <summary>Values <paramref name="segments"/>; see <see cref="CustomerLifetimeValue.BySegment(IEnumerable{CustomerSegment}, DiscountRate)"/>.</summary>
    internal static SegmentValuation Evaluate(IEnumerable<CustomerSegment> segments, DiscountRate discountRate)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var list = segments.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("segments must hold at least one segment; was empty.", nameof(segments));
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(segments), $"segments must not contain null; item {i} was null.");
            }
        }

        var first = list[0];
        foreach (var segment in list)
        {
            if (segment.Currency != first.Currency)
            {
                throw new ArgumentException(
                    $"segments must share one currency; segment \"{segment.Name}\" is in {segment.Currency.Code}, segment \"{first.Name}\" in {first.Currency.Code}.",
                    nameof(segments));
            }

            if (!RatePeriod.SameLength(segment.RetentionRate.Period, first.RetentionRate.Period))
            {
                throw new ArgumentException(
                    $"segments must share one retention period; segment \"{segment.Name}\" is per {RatePeriod.Format(segment.RetentionRate.Period)}, segment \"{first.Name}\" per {RatePeriod.Format(first.RetentionRate.Period)}.",
                    nameof(segments));
            }
        }

        MoneyGuard.SamePeriod(discountRate, first.RetentionRate, nameof(discountRate), "the segments' retention rates");
        var d = RateMath.ToDecimal(discountRate.Value);
        var periods = new decimal[list.Count];
        var totals = new decimal[list.Count];
        var total = 0m;
        var customers = 0L;
        for (var i = 0; i < list.Count; i++)
        {
            var segment = list[i];
            var r = RateMath.ToDecimal(segment.RetentionRate.Value);
            periods[i] = (1 + d) / (1 + d - r);
            totals[i] = SegmentValue.TotalAmount(segment, periods[i], d);
            total += totals[i];
            customers = checked(customers + segment.Customers);
        }

        var values = ImmutableArray.CreateBuilder<SegmentValue>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            values.Add(new SegmentValue(list[i], periods[i], d, total == 0 ? 0 : totals[i] / total));
        }

        return new SegmentValuation(values.MoveToImmutable(), discountRate, new Money(total, first.Currency), customers);
    }
}
