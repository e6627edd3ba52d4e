using System.Globalization;

namespace RelationshipKit.Benefits;

/// <summary>
/// Represents one benefit in a <see cref="DerivedImportanceResult"/>: how important customers say it is (stated) and
/// how strongly its delivery goes with the outcome (derived), with both ranks.
/// </summary>
/// <remarks>
/// <para>Ranks run from 1 (most important) among the benefits whose derived importance is known; tied values share the
/// mean of the ranks they span. <see cref="RankDifference"/> is stated rank − derived rank: positive when the benefit
/// drives the outcome more than customers say (a real, undeclared need), negative when it matters less than they say.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class DerivedImportanceItem
{
    internal DerivedImportanceItem(Benefit benefit, int respondentCount, double statedImportance, DerivedImportanceStatus status, double? correlation, double? statedRank, double? derivedRank)
    {
        Benefit = benefit;
        RespondentCount = respondentCount;
        StatedImportance = statedImportance;
        Status = status;
        Correlation = correlation;
        StatedRank = statedRank;
        DerivedRank = derivedRank;
    }

    /// <summary>Gets the benefit.</summary>
    public Benefit Benefit { get; }

    /// <summary>Gets the number of respondents who rated the benefit and have an outcome.</summary>
    public int RespondentCount { get; }

    /// <summary>Gets the stated importance: the mean importance score those respondents gave.</summary>
    public double StatedImportance { get; }

    /// <summary>Gets whether <see cref="Correlation"/> is known, and if not, why.</summary>
    public DerivedImportanceStatus Status { get; }

    /// <summary>Gets the derived importance: Spearman's rank correlation between the benefit's performance scores and the outcome, in [−1, +1]; <see langword="null"/> unless <see cref="Status"/> is <see cref="DerivedImportanceStatus.Known"/>.</summary>
    public double? Correlation { get; }

    /// <summary>Gets the rank of <see cref="StatedImportance"/> among the benefits with a known correlation (1 = most important); <see langword="null"/> when the correlation is unknown.</summary>
    public double? StatedRank { get; }

    /// <summary>Gets the rank of <see cref="Correlation"/> among the benefits with a known correlation (1 = strongest); <see langword="null"/> when the correlation is unknown.</summary>
    public double? DerivedRank { get; }

    /// <summary>Gets <see cref="StatedRank"/> − <see cref="DerivedRank"/>: positive when the benefit drives the outcome more than customers say; <see langword="null"/> when the correlation is unknown.</summary>
    public double? RankDifference => StatedRank - DerivedRank;

    /// <summary>Gets a value indicating whether the stated and derived ranks differ by <see cref="DerivedImportance.DivergentRankDifference"/> (2) places or more.</summary>
    public bool IsDivergent => RankDifference is { } d && Math.Abs(d) >= DerivedImportance.DivergentRankDifference;

    /// <summary>Returns the benefit with its figures.</summary>
    /// <returns>For example <c>social: stated 2.9 (rank 4), derived 0.82 (rank 1), n=30</c> or <c>purpose: too few respondents (12)</c>.</returns>
    public override string ToString() => Status switch
    {
        DerivedImportanceStatus.TooFewRespondents => string.Create(CultureInfo.InvariantCulture, $"{Benefit}: too few respondents ({RespondentCount})"),
        DerivedImportanceStatus.NoVariation => string.Create(CultureInfo.InvariantCulture, $"{Benefit}: no variation (n={RespondentCount})"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Benefit}: stated {StatedImportance:0.##} (rank {StatedRank:0.#}), derived {Correlation:0.00} (rank {DerivedRank:0.#}), n={RespondentCount}"),
    };
}
