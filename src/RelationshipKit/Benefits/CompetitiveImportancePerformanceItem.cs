using System.Globalization;

namespace RelationshipKit.Benefits;

/// <summary>
/// Represents one benefit in a competitive importance–performance analysis: its importance, the company's and each
/// competitor's performance, the gap to the best competitor and the quadrant.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class CompetitiveImportancePerformanceItem
{
    internal CompetitiveImportancePerformanceItem(int rank, BenefitScore score, CompetitorScore[] competitors, CompetitorScore best, IpaQuadrant quadrant, bool isOnCrosshair)
    {
        Rank = rank;
        Score = score;
        Competitors = Array.AsReadOnly(competitors);
        BestCompetitor = best;
        Quadrant = quadrant;
        IsOnCrosshair = isOnCrosshair;
    }

    /// <summary>Gets the 1-based rank: the largest deficit to the best competitor first.</summary>
    public int Rank { get; }

    /// <summary>Gets the company's own figures for the benefit (importance, performance, respondent count).</summary>
    public BenefitScore Score { get; }

    /// <summary>Gets the benefit.</summary>
    public Benefit Benefit => Score.Benefit;

    /// <summary>Gets every competitor rated on the benefit, in ordinal name order.</summary>
    public IReadOnlyList<CompetitorScore> Competitors { get; }

    /// <summary>Gets the competitor with the highest mean performance on the benefit (ties: the first in ordinal name order).</summary>
    public CompetitorScore BestCompetitor { get; }

    /// <summary>Gets the company's mean performance minus the best competitor's: negative when the company trails the best.</summary>
    public double GapToBest => BestCompetitor.Gap;

    /// <summary>Gets the quadrant: importance against the importance crosshair, performance against the best competitor's.</summary>
    public IpaQuadrant Quadrant { get; }

    /// <summary>Gets a value indicating whether the benefit lies on a crosshair line: at parity with the best competitor, or at the importance crosshair (within 1e-9).</summary>
    public bool IsOnCrosshair { get; }

    /// <summary>Returns the rank, the benefit, the gap to the best competitor and the quadrant.</summary>
    /// <returns>For example <c>1. confidence: gap -1 to cityshop, ConcentrateHere</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Rank}. {Benefit}: gap {GapToBest:R} to {BestCompetitor.Competitor}, {Quadrant}");
}
