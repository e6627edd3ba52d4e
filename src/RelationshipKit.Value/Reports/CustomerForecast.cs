namespace RelationshipKit.Value.Reports;

/// <summary>Represents one customer in a <see cref="CustomerBaseReport"/>'s list of those expected to buy most.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class CustomerForecast
{
    internal CustomerForecast(string id, double frequency, double recency, double t, double probabilityAlive, double expectedPurchases, double? holdoutPurchases)
    {
        Id = id;
        Frequency = frequency;
        Recency = recency;
        T = t;
        ProbabilityAlive = probabilityAlive;
        ExpectedPurchases = expectedPurchases;
        HoldoutPurchases = holdoutPurchases;
    }

    /// <summary>Gets the customer's id (the 1-based row number when the summaries have no ids).</summary>
    public string Id { get; }

    /// <summary>Gets the repeat purchases x in the calibration period.</summary>
    public double Frequency { get; }

    /// <summary>Gets the recency t_x.</summary>
    public double Recency { get; }

    /// <summary>Gets the observation time T.</summary>
    public double T { get; }

    /// <summary>Gets P(alive) at the end of the calibration period, from the selected model.</summary>
    public double ProbabilityAlive { get; }

    /// <summary>Gets the purchases expected over the forecast period, from the selected model.</summary>
    public double ExpectedPurchases { get; }

    /// <summary>Gets the purchases actually made in the holdout, or <see langword="null"/> without a holdout.</summary>
    public double? HoldoutPurchases { get; }
}
