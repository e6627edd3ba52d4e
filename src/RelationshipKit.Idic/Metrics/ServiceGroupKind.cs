namespace RelationshipKit.Idic.Metrics;

/// <summary>Represents what a row of <see cref="ServiceMetricsReport"/> groups the interactions by.</summary>
/// <remarks>The <c>default</c> value is <see cref="All"/>.</remarks>
public enum ServiceGroupKind
{
    /// <summary>Every interaction of the period.</summary>
    All = 0,

    /// <summary>One channel (phone, chat, e-mail…).</summary>
    Channel = 1,

    /// <summary>One consultant (the interaction's handler).</summary>
    Consultant = 2,
}
