namespace RelationshipKit.Benefits;

/// <summary>
/// Places the benefits of a <see cref="BenefitProfile"/> on the importance–performance grid of Martilla &amp; James
/// (1977) and ranks them by their importance–performance gap.
/// </summary>
/// <remarks>
/// <para>Each benefit is a point (mean performance, mean importance). A crosshair splits the grid: a mean at or above
/// the crosshair value counts as high, one below it as low (a mean within 1e-9 of the crosshair counts as on it,
/// and <see cref="ImportancePerformanceItem.IsOnCrosshair"/> flags it). High importance with low performance is
/// <see cref="IpaQuadrant.ConcentrateHere"/>, high with high <see cref="IpaQuadrant.KeepUpTheGoodWork"/>, low with
/// low <see cref="IpaQuadrant.LowPriority"/>, and low importance with high performance
/// <see cref="IpaQuadrant.PossibleOverkill"/>.</para>
/// <para>By default the crosshair is at the data means: the unweighted mean over benefits of the mean importance,
/// and likewise of the mean performance, so every benefit counts once however many respondents rated it.</para>
/// <para>Source: J. A. Martilla and J. C. James, "Importance-Performance Analysis", Journal of Marketing 41(1),
/// 1977, pp. 77–79. The gap ranking (importance − performance) is the usual companion of the grid.</para>
/// <para>The methods are pure and thread-safe.</para>
/// </remarks>
public static class ImportancePerformanceAnalysis
{
    /// <summary>The distance from a crosshair line within which a mean counts as lying on it.</summary>
    internal const double OnLineTolerance = 1e-9;

    /// <summary>Analyses <paramref name="profile"/> with the crosshair at the data means.</summary>
    /// <param name="profile">The benefit profile.</param>
    /// <returns>The benefits ranked by gap, each with its quadrant.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="profile"/> is null.</exception>
    public static ImportancePerformanceResult Analyze(BenefitProfile profile) => Analyze(profile, IpaCrosshair.DataMeans);

    /// <summary>Analyses <paramref name="profile"/> with the crosshair at <paramref name="crosshair"/>.</summary>
    /// <param name="profile">The benefit profile.</param>
    /// <param name="crosshair">Where to place the crosshair.</param>
    /// <returns>The benefits ranked by gap, each with its quadrant.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="crosshair"/> is explicit and a value lies outside the profile's Likert scale.</exception>
    public static ImportancePerformanceResult Analyze(BenefitProfile profile, IpaCrosshair crosshair)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var (importance, performance) = Resolve(profile, crosshair);
        var items = profile.Scores
            .OrderByDescending(score => score.Gap)
            .ThenByDescending(score => score.MeanImportance)
            .Select((score, index) => new ImportancePerformanceItem(
                index + 1,
                score,
                Classify(score.MeanImportance, score.MeanPerformance, importance, performance),
                IsOnLine(score.MeanImportance, importance) || IsOnLine(score.MeanPerformance, performance)))
            .ToArray();
        return new ImportancePerformanceResult(profile, crosshair, importance, performance, items);
    }

    internal static (double Importance, double Performance) Resolve(BenefitProfile profile, IpaCrosshair crosshair)
    {
        var scale = profile.Scale;
        switch (crosshair.Kind)
        {
            case IpaCrosshairKind.ScaleMidpoint:
                return (scale.Midpoint, scale.Midpoint);
            case IpaCrosshairKind.Explicit:
                var importance = crosshair.Importance.GetValueOrDefault();
                var performance = crosshair.Performance.GetValueOrDefault();
                CheckOnScale(importance, scale, "importance", nameof(crosshair));
                CheckOnScale(performance, scale, "performance", nameof(crosshair));
                return (importance, performance);
            default:
                // Means of means in decimal, as BenefitScore does, so 17.25 / 5 is exactly the double nearest 3.45.
                var scores = profile.Scores;
                decimal importanceSum = 0, performanceSum = 0;
                foreach (var score in scores)
                {
                    importanceSum += score.ExactMeanImportance;
                    performanceSum += score.ExactMeanPerformance;
                }

                return ((double)(importanceSum / scores.Count), (double)(performanceSum / scores.Count));
        }
    }

    private static void CheckOnScale(double value, LikertScale scale, string axis, string paramName)
    {
        if (!scale.Contains(value))
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                $"crosshair {axis} must be in [{scale.Min}, {scale.Max}], the profile's {scale.Points}-point scale; was {Preconditions.Format(value)}.");
        }
    }

    internal static IpaQuadrant Classify(double importance, double performance, double crosshairImportance, double crosshairPerformance)
    {
        var important = importance >= crosshairImportance - OnLineTolerance;
        var delivered = performance >= crosshairPerformance - OnLineTolerance;
        return (important, delivered) switch
        {
            (true, false) => IpaQuadrant.ConcentrateHere,
            (true, true) => IpaQuadrant.KeepUpTheGoodWork,
            (false, false) => IpaQuadrant.LowPriority,
            (false, true) => IpaQuadrant.PossibleOverkill,
        };
    }

    internal static bool IsOnLine(double value, double line) => Math.Abs(value - line) <= OnLineTolerance;
}
