namespace RelationshipKit.Value.Reports;

/// <summary>Represents one band of customers by lifetime value in a <see cref="CustomerBaseReport"/>: the top 10 %, the next 20 %, the middle 30 %, the bottom 40 %.</summary>
/// <remarks>
/// <para>The bands are shares of the customers ranked by CLV, not the value tiers of Peppers &amp; Rogers
/// (<see cref="CustomerBaseReport.ValueTiers"/>), which rank by net value and potential.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class ClvBand
{
    internal ClvBand(string name, int customers, double value, double share, double? meanProbabilityAlive)
    {
        Name = name;
        Customers = customers;
        Value = value;
        Share = share;
        MeanProbabilityAlive = meanProbabilityAlive;
    }

    /// <summary>Gets the band's name: <c>top 10%</c>, <c>next 20%</c>, <c>middle 30%</c> or <c>bottom 40%</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the number of customers in the band.</summary>
    public int Customers { get; }

    /// <summary>Gets the band's total CLV, in the spends' money unit.</summary>
    public double Value { get; }

    /// <summary>Gets the band's share of the base's total CLV, in [0, 1] (0 when the base has no value).</summary>
    public double Share { get; }

    /// <summary>Gets the band's mean P(alive), or <see langword="null"/> for an empty band.</summary>
    public double? MeanProbabilityAlive { get; }
}
