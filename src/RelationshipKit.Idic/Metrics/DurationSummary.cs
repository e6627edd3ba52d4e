using NodaTime;

namespace RelationshipKit.Idic.Metrics;

/// <summary>
/// Represents how long something took over a set of interactions: how many were measured, the mean, the median and
/// the 90th percentile.
/// </summary>
/// <remarks>
/// <para>Percentiles use the nearest-rank method: the p-th percentile of n sorted values is the value at rank
/// ⌈p·n/100⌉, so it is always a duration that was observed (the median of 0:01, 0:02, 0:03, 0:04 is 0:02). The mean is
/// exact to the tick.</para>
/// <para>With nothing measured, <see cref="Count"/> is 0 and the figures are <see langword="null"/>. Equality is
/// reference equality. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class DurationSummary
{
    private DurationSummary(int count, Duration? mean, Duration? median, Duration? p90)
    {
        Count = count;
        Mean = mean;
        Median = median;
        Percentile90 = p90;
    }

    /// <summary>Gets how many durations were measured.</summary>
    public int Count { get; }

    /// <summary>Gets the mean; <see langword="null"/> when nothing was measured.</summary>
    public Duration? Mean { get; }

    /// <summary>Gets the median (nearest rank); <see langword="null"/> when nothing was measured.</summary>
    public Duration? Median { get; }

    /// <summary>Gets the 90th percentile (nearest rank); <see langword="null"/> when nothing was measured.</summary>
    public Duration? Percentile90 { get; }

    /// <summary>Returns the figures, for example <c>mean 0:02:10, median 0:02:00, p90 0:04:00 (n=12)</c> or <c>not measured</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Count == 0
        ? "not measured"
        : $"mean {Interact.ServiceMeasures.Hms(Mean.GetValueOrDefault())}, median {Interact.ServiceMeasures.Hms(Median.GetValueOrDefault())}, p90 {Interact.ServiceMeasures.Hms(Percentile90.GetValueOrDefault())} (n={Count})";

    internal static DurationSummary Of(List<Duration> values)
    {
        if (values.Count == 0)
        {
            return new DurationSummary(0, null, null, null);
        }

        values.Sort();
        Int128 total = 0;
        foreach (var value in values)
        {
            total += value.BclCompatibleTicks;
        }

        var mean = Duration.FromTicks((long)(total / values.Count));
        return new DurationSummary(values.Count, mean, Rank(values, 50), Rank(values, 90));
    }

    private static Duration Rank(List<Duration> sorted, int percent)
    {
        var rank = (int)Math.Ceiling(percent * sorted.Count / 100.0);
        return sorted[Math.Max(rank, 1) - 1];
    }
}
