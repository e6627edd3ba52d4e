using System.Globalization;

namespace RelationshipKit.Benefits;

/// <summary>
/// Represents one competitor's aggregated performance on one benefit, and how far ahead or behind the company is.
/// </summary>
/// <remarks>
/// <para><see cref="Gap"/> is the company's mean performance minus the competitor's: positive when the company leads,
/// negative when it trails. Means and the gap are computed in <see cref="decimal"/> from the whole-number answers, as
/// in <see cref="BenefitScore"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class CompetitorScore
{
    internal CompetitorScore(string competitor, int respondentCount, decimal meanPerformance, decimal ourMeanPerformance)
    {
        Competitor = competitor;
        RespondentCount = respondentCount;
        ExactMeanPerformance = meanPerformance;
        MeanPerformance = (double)meanPerformance;
        ExactGap = ourMeanPerformance - meanPerformance;
        Gap = (double)ExactGap;
    }

    /// <summary>Gets the competitor's name.</summary>
    public string Competitor { get; }

    /// <summary>Gets the number of respondents who rated the competitor on the benefit.</summary>
    public int RespondentCount { get; }

    /// <summary>Gets the competitor's mean performance score.</summary>
    public double MeanPerformance { get; }

    /// <summary>Gets the company's mean performance minus the competitor's: positive when the company leads.</summary>
    public double Gap { get; }

    /// <summary>Gets the mean performance in decimal.</summary>
    internal decimal ExactMeanPerformance { get; }

    /// <summary>Gets the gap in decimal.</summary>
    internal decimal ExactGap { get; }

    /// <summary>Returns the competitor with its figures.</summary>
    /// <returns>For example <c>cityshop: n=4, performance 3.5, gap -1</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Competitor}: n={RespondentCount}, performance {MeanPerformance:R}, gap {Gap:R}");
}
