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
    internal SegmentValue(CustomerSegment segment, decimal expectedPeriods, decimal share)
    {
        Segment = segment;
        ExpectedPeriods = expectedPeriods;
        Share = share;
        Revenue = segment.AveragePurchase * segment.PurchasesPerPeriod * expectedPeriods;
        CostToServe = segment.CostToServePerPeriod * expectedPeriods;
        LifetimeValue = Revenue - CostToServe;
        var margin = segment.MarginPerPeriod;
        Acquisition = margin.Amount > 0
            ? CustomerLifetimeValue.CheckAcquisition(LifetimeValue, segment.AcquisitionCost, margin)
            : CustomerLifetimeValue.CheckAcquisition(LifetimeValue, segment.AcquisitionCost);
        TotalValue = Acquisition.Net * segment.Customers;
    }

    /// <summary>Computes the segment's total net value exactly as the constructor does, so that shares add up.</summary>
    internal static decimal TotalAmount(CustomerSegment segment, decimal expectedPeriods)
    {
        var revenue = segment.AveragePurchase * segment.PurchasesPerPeriod * expectedPeriods;
        var lifetimeValue = revenue - (segment.CostToServePerPeriod * expectedPeriods);
        return (lifetimeValue - segment.AcquisitionCost).Amount * segment.Customers;
    }

    /// <summary>Gets the segment valued.</summary>
    public CustomerSegment Segment { get; }

    /// <summary>Gets the expected (discounted) number of periods a customer pays for: (1 + d) / (1 + d − r).</summary>
    public decimal ExpectedPeriods { get; }

    /// <summary>Gets the expected (discounted) revenue of one customer over its lifetime.</summary>
    public Money Revenue { get; }

    /// <summary>Gets the expected (discounted) cost of serving one customer over its lifetime.</summary>
    public Money CostToServe { get; }

    /// <summary>Gets the lifetime value of one customer before acquisition: revenue − cost to serve.</summary>
    public Money LifetimeValue { get; }

    /// <summary>Gets the acquisition check of one customer: lifetime value against the segment's acquisition cost, with the payback in periods when the margin per period is positive.</summary>
    public AcquisitionResult Acquisition { get; }

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
