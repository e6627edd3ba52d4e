using System.Globalization;

namespace RelationshipKit.Benefits;

/// <summary>
/// Represents the comparison of stated and derived importance over a survey: each benefit's stated importance, its
/// rank correlation with the outcome, both ranks, and the benefits whose ranks differ by two places or more.
/// </summary>
/// <remarks>
/// <para>Created by <see cref="DerivedImportance.Analyze(IEnumerable{BenefitRating}, LikertScale, IReadOnlyDictionary{CustomerId, double})"/>.
/// With fewer than <see cref="DerivedImportance.MinimumRespondents"/> respondents <see cref="Status"/> is
/// <see cref="DerivedImportanceStatus.TooFewRespondents"/> and no benefit has a correlation.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class DerivedImportanceResult
{
    internal DerivedImportanceResult(LikertScale scale, int respondentCount, int respondentsWithoutOutcome, DerivedImportanceItem[] items)
    {
        Scale = scale;
        RespondentCount = respondentCount;
        RespondentsWithoutOutcome = respondentsWithoutOutcome;
        Items = Array.AsReadOnly(items);
        Divergent = Array.AsReadOnly(items
            .Where(i => i.IsDivergent)
            .OrderByDescending(i => Math.Abs(i.RankDifference.GetValueOrDefault()))
            .ThenBy(i => i.DerivedRank)
            .ToArray());
    }

    /// <summary>Gets whether the analysis had enough respondents: <see cref="DerivedImportanceStatus.Known"/> or <see cref="DerivedImportanceStatus.TooFewRespondents"/>.</summary>
    public DerivedImportanceStatus Status => RespondentCount < DerivedImportance.MinimumRespondents
        ? DerivedImportanceStatus.TooFewRespondents
        : DerivedImportanceStatus.Known;

    /// <summary>Gets the Likert scale of the answers.</summary>
    public LikertScale Scale { get; }

    /// <summary>Gets the number of respondents with at least one rating and an outcome.</summary>
    public int RespondentCount { get; }

    /// <summary>Gets the number of respondents whose ratings were left out because they have no outcome.</summary>
    public int RespondentsWithoutOutcome { get; }

    /// <summary>Gets every benefit rated, ordered by derived rank (strongest first), then the benefits without a correlation in report order.</summary>
    public IReadOnlyList<DerivedImportanceItem> Items { get; }

    /// <summary>Gets the benefits whose stated and derived ranks differ by two places or more, the largest difference first.</summary>
    public IReadOnlyList<DerivedImportanceItem> Divergent { get; }

    /// <summary>Returns a short summary.</summary>
    /// <returns>For example <c>30 respondents, 5 benefits, 2 divergent</c> or <c>too few respondents (10 of 30 needed)</c>.</returns>
    public override string ToString() => Status == DerivedImportanceStatus.TooFewRespondents
        ? string.Create(CultureInfo.InvariantCulture, $"too few respondents ({RespondentCount} of {DerivedImportance.MinimumRespondents} needed)")
        : string.Create(CultureInfo.InvariantCulture, $"{RespondentCount} respondents, {Items.Count} benefits, {Divergent.Count} divergent");
}
