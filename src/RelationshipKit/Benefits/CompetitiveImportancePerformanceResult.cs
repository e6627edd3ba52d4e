namespace RelationshipKit.Benefits;

/// <summary>
/// Represents the outcome of a competitive importance–performance analysis: every benefit compared with the named
/// competitors, ranked by the gap to the best of them, with its quadrant.
/// </summary>
/// <remarks>
/// <para>Created by <see cref="CompetitiveImportancePerformanceAnalysis.Analyze(BenefitProfile, IEnumerable{CompetitorRating})"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class CompetitiveImportancePerformanceResult
{
    internal CompetitiveImportancePerformanceResult(BenefitProfile profile, string[] competitors, double crosshairImportance, CompetitiveImportancePerformanceItem[] items, Benefit[] notCompared)
    {
        Profile = profile;
        Competitors = Array.AsReadOnly(competitors);
        CrosshairImportance = crosshairImportance;
        Items = Array.AsReadOnly(items);
        NotCompared = Array.AsReadOnly(notCompared);
    }

    /// <summary>Gets the company's benefit profile.</summary>
    public BenefitProfile Profile { get; }

    /// <summary>Gets the competitors rated, in ordinal name order.</summary>
    public IReadOnlyList<string> Competitors { get; }

    /// <summary>Gets the importance crosshair: the mean over the profile's benefits of their mean importance (as in <see cref="ImportancePerformanceAnalysis"/>).</summary>
    public double CrosshairImportance { get; }

    /// <summary>Gets the benefits compared with at least one competitor, the largest deficit to the best competitor first (ties: higher mean importance first, then category and name).</summary>
    public IReadOnlyList<CompetitiveImportancePerformanceItem> Items { get; }

    /// <summary>Gets the profile's benefits on which no competitor was rated, in report order.</summary>
    public IReadOnlyList<Benefit> NotCompared { get; }

    /// <summary>Returns a short summary.</summary>
    /// <returns>For example <c>5 benefits against cityshop, bikehub; 3 behind the best competitor</c>.</returns>
    public override string ToString() =>
        $"{Items.Count} benefits against {string.Join(", ", Competitors)}; {Items.Count(i => i.GapToBest < 0)} behind the best competitor";
}
