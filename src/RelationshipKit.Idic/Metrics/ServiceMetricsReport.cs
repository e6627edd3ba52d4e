using NodaTime;

namespace RelationshipKit.Idic.Metrics;

/// <summary>
/// Represents the service metrics of a period: the figures of every interaction, per channel and per consultant,
/// and the feedback coverage.
/// </summary>
/// <remarks>Created by <see cref="ServiceMetrics.Compute"/>. Equality is reference equality. This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class ServiceMetricsReport
{
    internal ServiceMetricsReport(Interval period, Duration repeatWindow, int interactionsPerSurvey, ServiceFigures overall, ServiceFigures[] byChannel, ServiceFigures[] byConsultant, FeedbackCoverage feedback)
    {
        Period = period;
        RepeatWindow = repeatWindow;
        InteractionsPerSurvey = interactionsPerSurvey;
        Overall = overall;
        ByChannel = Array.AsReadOnly(byChannel);
        ByConsultant = Array.AsReadOnly(byConsultant);
        Feedback = feedback;
    }

    /// <summary>Gets the period: interactions at or after its start and before its end.</summary>
    public Interval Period { get; }

    /// <summary>Gets the repeat window used for first-contact resolution.</summary>
    public Duration RepeatWindow { get; }

    /// <summary>Gets the interactions per survey used for the survey frequency.</summary>
    public int InteractionsPerSurvey { get; }

    /// <summary>Gets the figures of every interaction of the period.</summary>
    public ServiceFigures Overall { get; }

    /// <summary>Gets the figures per channel, in ordinal order of channel name.</summary>
    public IReadOnlyList<ServiceFigures> ByChannel { get; }

    /// <summary>Gets the figures per consultant (interactions without a handler are in no row), in ordinal order.</summary>
    public IReadOnlyList<ServiceFigures> ByConsultant { get; }

    /// <summary>Gets which processes and customers were asked for feedback.</summary>
    public FeedbackCoverage Feedback { get; }

    /// <summary>Returns the period and the overall figures.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Period.Start} to {Period.End}: {Overall}";
}
