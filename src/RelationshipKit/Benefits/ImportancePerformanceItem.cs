namespace RelationshipKit.Benefits;

/// <summary>
/// Represents one benefit in an <see cref="ImportancePerformanceResult"/>: its score, its rank by gap and its quadrant.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class ImportancePerformanceItem
{
    internal ImportancePerformanceItem(int rank, BenefitScore score, IpaQuadrant quadrant, bool isOnCrosshair)
    {
        Rank = rank;
        Score = score;
        Quadrant = quadrant;
        IsOnCrosshair = isOnCrosshair;
    }

    /// <summary>Gets the rank by gap, 1 for the largest shortfall of performance against importance.</summary>
    public int Rank { get; }

    /// <summary>Gets the benefit with its count, means and gap.</summary>
    public BenefitScore Score { get; }

    /// <summary>Gets the benefit (shortcut for <see cref="Score"/>.<see cref="BenefitScore.Benefit"/>).</summary>
    public Benefit Benefit => Score.Benefit;

    /// <summary>Gets the quadrant of the importance–performance grid the benefit falls in.</summary>
    public IpaQuadrant Quadrant { get; }

    /// <summary>Gets a value indicating whether the mean importance or the mean performance lies on a crosshair line (within 1e-9), so that the quadrant is a borderline call.</summary>
    public bool IsOnCrosshair { get; }

    /// <summary>Returns the rank, benefit and quadrant.</summary>
    /// <returns>The text, for example <c>1. confidence (ConcentrateHere, gap 2.25)</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Rank}. {Benefit} ({Quadrant}, gap {Score.Gap:R})");
}
