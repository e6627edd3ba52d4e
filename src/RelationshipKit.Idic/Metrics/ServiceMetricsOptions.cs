using NodaTime;

namespace RelationshipKit.Idic.Metrics;

/// <summary>
/// Represents the settings of <see cref="ServiceMetrics.Compute"/>. A mutable bag, validated and copied when the
/// metrics are computed.
/// </summary>
[Mutable]
public sealed class ServiceMetricsOptions
{
    /// <summary>Gets or sets how soon another contact on the same topic makes a contact a repeat (it was not resolved at the first contact).</summary>
    /// <value>Default: 7 days, the window contact centres most often use for first-contact resolution. Must be positive.</value>
    public Duration RepeatWindow { get; set; } = ServiceMetricsDefaults.RepeatWindow;

    /// <summary>Gets or sets how many interactions call for one survey: the customer's expected surveys are his interactions divided by this.</summary>
    /// <value>Default: 5 (an application setting; seed 002 says only that the survey frequency must follow the interaction frequency). Must be at least 1.</value>
    public int InteractionsPerSurvey { get; set; } = ServiceMetricsDefaults.InteractionsPerSurvey;

    /// <summary>Gets the business processes that should be covered by feedback (kebab-case); a process no interaction names is still listed, as not covered.</summary>
    /// <value>Default: empty (only the processes interactions name).</value>
    public IList<string> BusinessProcesses { get; } = [];
}
