namespace RelationshipKit.Benefits;

/// <summary>
/// Represents the outcome of an importance–performance analysis: the resolved crosshair and every benefit ranked by
/// its gap, with its quadrant.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class ImportancePerformanceResult
{
    internal ImportancePerformanceResult(
        BenefitProfile profile,
        IpaCrosshair crosshair,
        double crosshairImportance,
        double crosshairPerformance,
        ImportancePerformanceItem[] items)
    {
        Profile = profile;
        Crosshair = crosshair;
        CrosshairImportance = crosshairImportance;
        CrosshairPerformance = crosshairPerformance;
        Items = Array.AsReadOnly(items);
    }

    /// <summary>Gets the profile that was analysed.</summary>
    public BenefitProfile Profile { get; }

    /// <summary>Gets the crosshair placement that was asked for.</summary>
    public IpaCrosshair Crosshair { get; }

    /// <summary>Gets the importance value of the crosshair: at or above it a benefit counts as important.</summary>
    public double CrosshairImportance { get; }

    /// <summary>Gets the performance value of the crosshair: at or above it a benefit counts as well delivered.</summary>
    public double CrosshairPerformance { get; }

    /// <summary>Gets every benefit of the profile, ranked by gap (largest first; ties by higher mean importance, then category and name).</summary>
    public IReadOnlyList<ImportancePerformanceItem> Items { get; }

    /// <summary>Gets the benefits that fall in <paramref name="quadrant"/>, in rank order.</summary>
    /// <param name="quadrant">The quadrant.</param>
    /// <returns>The benefits in that quadrant; empty when none.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="quadrant"/> is not a defined value.</exception>
    public IReadOnlyList<ImportancePerformanceItem> InQuadrant(IpaQuadrant quadrant)
    {
        Preconditions.Defined(quadrant);
        return [.. Items.Where(item => item.Quadrant == quadrant)];
    }
}
