namespace RelationshipKit.Cli.Infrastructure;

/// <summary>Which columns a command needs from a summary CSV.</summary>
internal enum SummaryColumns
{
    /// <summary>Continuous time: frequency, recency, T (BG/NBD, MBG/NBD, Pareto/NBD).</summary>
    Continuous,

    /// <summary>Discrete time: frequency, recency, periods (BG/BB); T is accepted for periods.</summary>
    Discrete,

    /// <summary>Spend: frequency and monetary value (Gamma-Gamma); recency and T are optional.</summary>
    Spend,
}
