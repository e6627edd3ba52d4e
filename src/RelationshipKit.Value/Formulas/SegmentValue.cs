namespace RelationshipKit.Value.Formulas;

/// <summary>
/// Represents the value of one customer segment: per customer (revenue, cost to serve, lifetime value, net value
/// after acquisition, the acquisition check) and for the whole segment (total and share of the base).
/// </summary>
/// <remarks>
/// <para>Created by <see cref="CustomerLifetimeValue.BySegment(IEnumerable{CustomerSegment}, DiscountRate)"/>; see
/// there for the formula. Amounts are not rounded.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class SegmentValue
{
    /// <summary>The longest tenure, in periods, searched for the break-even point of a falling cost to serve.</summary>
    internal const int MaxBreakEvenPeriods = 10_000;

    internal SegmentValue(CustomerSegment segment, decimal expectedPeriods, decimal discount, decimal share)
    {
        Segment = segment;
        ExpectedPeriods = expectedPeriods;
        Share = share;
        Revenue = segment.AveragePurchase * segment.PurchasesPerPeriod * expectedPeriods;
        CostToServe = new Money(CostAmount(segment, expectedPeriods, discount), segment.Currency);
        LifetimeValue = Revenue - CostToServe;
        var margin = segment.MarginPerPeriod;
        Acquisition = margin.Amount > 0 && segment.CostToServe.IsConstant
            ? CustomerLifetimeValue.CheckAcquisition(LifetimeValue, segment.AcquisitionCost, margin)
            : CustomerLifetimeValue.CheckAcquisition(LifetimeValue, segment.AcquisitionCost);
        TotalValue = Acquisition.Net * segment.Customers;
        BreakEvenPeriods = FindBreakEven(segment);
    }

    /// <summary>Computes the segment's total net value exactly as the constructor does, so that shares add up.</summary>
    internal static decimal TotalAmount(CustomerSegment segment, decimal expectedPeriods, decimal discount)
    {
        var revenue = segment.AveragePurchase * segment.PurchasesPerPeriod * expectedPeriods;
        var lifetimeValue = revenue.Amount - CostAmount(segment, expectedPeriods, discount);
        return (lifetimeValue - segment.AcquisitionCost.Amount) * segment.Customers;
    }

    /// <summary>The expected discounted cost to serve of one customer; a constant cost keeps the original product form.</summary>
    private static decimal CostAmount(CustomerSegment segment, decimal expectedPeriods, decimal discount) =>
        segment.CostToServe.IsConstant
            ? segment.CostToServePerPeriod.Amount * expectedPeriods
            : segment.CostToServe.ExpectedDiscountedTotal(RateMath.ToDecimal(segment.RetentionRate.Value), discount);

    /// <summary>
    /// The tenure, in periods, after which a customer who stays has paid back its acquisition cost from its
    /// undiscounted margins (revenue − that period's cost to serve), interpolated within the period; null when it never does.
    /// </summary>
    private static decimal? FindBreakEven(CustomerSegment segment)
    {
        var target = segment.AcquisitionCost.Amount;
        if (target == 0)
        {
            return 0;
        }

        var revenue = segment.RevenuePerPeriod.Amount;
        var schedule = segment.CostToServe;
        var cumulative = 0m;
        var lastScheduled = schedule.FallRate > 0 ? MaxBreakEvenPeriods : schedule.Amounts.Count;
        for (var t = 1; t <= lastScheduled; t++)
        {
            var margin = revenue - schedule.AmountInPeriod(t);
            if (margin > 0 && cumulative + margin >= target)
            {
                return t - 1 + ((target - cumulative) / margin);
            }

            cumulative += margin;
        }

        if (schedule.FallRate > 0)
        {
            return null;
        }

        // From here on the cost is the schedule's last amount: a constant margin.
        var tail = revenue - schedule.Amounts[^1].Amount;
        return tail > 0 ? lastScheduled + ((target - cumulative) / tail) : null;
    }

    /// <summary>Gets the segment valued.</summary>
    public CustomerSegment Segment { get; }

    /// <summary>Gets the expected (discounted) number of periods a customer pays for: (1 + d) / (1 + d − r).</summary>
    public decimal ExpectedPeriods { get; }

    /// <summary>Gets the expected (discounted) revenue of one customer over its lifetime.</summary>
    public Money Revenue { get; }

    /// <summary>Gets the expected (discounted) cost of serving one customer over its lifetime: Σ c_t rᵗ⁻¹ / (1 + d)ᵗ⁻¹ over its tenure (c × expected periods for a constant cost).</summary>
    public Money CostToServe { get; }

    /// <summary>Gets the lifetime value of one customer before acquisition: revenue − cost to serve.</summary>
    public Money LifetimeValue { get; }

    /// <summary>Gets the acquisition check of one customer: lifetime value against the segment's acquisition cost, with the payback in periods when the cost to serve is constant and the margin per period positive (for a changing cost, see <see cref="BreakEvenPeriods"/>).</summary>
    public AcquisitionResult Acquisition { get; }

    /// <summary>
    /// Gets the tenure, in periods, a customer must reach for its undiscounted margins (revenue − that period's cost to
    /// serve) to pay back the acquisition cost, interpolated within the last period; <see langword="null"/> when the
    /// margins never do (a falling cost is followed for at most 10 000 periods).
    /// </summary>
    /// <remarks>With a constant cost this is acquisition cost / margin, the <see cref="AcquisitionResult.BreakEvenPeriods"/>
    /// of <see cref="Acquisition"/>: 40 000 / 6 000 ≈ 6.67 years for seed 002's book buyer. A falling cost shortens it.
    /// It ignores churn: compare it with <see cref="ExpectedPeriods"/>, the tenure the segment's retention gives.</remarks>
    public decimal? BreakEvenPeriods { get; }

    /// <summary>Gets the net value of one customer after acquisition: lifetime value − acquisition cost.</summary>
    public Money NetValue => Acquisition.Net;

    /// <summary>Gets the net value of the whole segment: net value per customer × customers.</summary>
    public Money TotalValue { get; }

    /// <summary>Gets the segment's share of the base's total net value (shares add up to 1; a segment that destroys value has a negative share; 0 when the total is 0).</summary>
    public decimal Share { get; }

    /// <summary>Returns the segment's name and total value.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Segment.Name}: {TotalValue}";
}
