using NodaTime;

namespace RelationshipKit.Idic.Metrics;

/// <summary>The defaults of <see cref="ServiceMetricsOptions"/>.</summary>
internal static class ServiceMetricsDefaults
{
    internal static readonly Duration RepeatWindow = Duration.FromDays(7);

    internal const int InteractionsPerSurvey = 5;
}
