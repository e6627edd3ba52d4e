namespace RelationshipKit.Value.Summaries;

/// <summary>Represents which columns a customer-summary file must have, by the kind of model that will read it.</summary>
public enum SummaryLayout
{
    /// <summary>Continuous time: frequency, recency and T (BG/NBD, MBG/NBD, Pareto/NBD).</summary>
    Continuous,

    /// <summary>Discrete time: frequency, recency and the number of opportunities, <c>periods</c> (or <c>n</c> or <c>T</c>) (BG/BB); the unit is <see cref="TimeUnit.Period"/>.</summary>
    Discrete,

    /// <summary>Spend: frequency and monetary value (Gamma-Gamma); recency and T are read when present, else 0.</summary>
    Spend,
}
