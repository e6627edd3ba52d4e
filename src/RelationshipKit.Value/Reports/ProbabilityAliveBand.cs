namespace RelationshipKit.Value.Reports;

/// <summary>Represents one band of the P(alive) distribution of a <see cref="CustomerBaseReport"/>: [<see cref="From"/>, <see cref="To"/>) (the last band includes 1).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class ProbabilityAliveBand
{
    internal ProbabilityAliveBand(double from, double to, double customers)
    {
        From = from;
        To = to;
        Customers = customers;
    }

    /// <summary>Gets the lower edge, inclusive.</summary>
    public double From { get; }

    /// <summary>Gets the upper edge, exclusive except for the last band (1).</summary>
    public double To { get; }

    /// <summary>Gets the customers in the band (weighted).</summary>
    public double Customers { get; }
}
