using System.Globalization;

namespace RelationshipKit.Benefits;

/// <summary>
/// Represents the aggregated answers about one benefit in a <see cref="BenefitProfile"/>: how many respondents rated
/// it, the mean importance, the mean performance and the gap between them.
/// </summary>
/// <remarks>
/// <para><see cref="Gap"/> is <see cref="MeanImportance"/> − <see cref="MeanPerformance"/>: positive when the benefit
/// is delivered worse than it matters, negative when it is delivered better than it matters. The means and the gap
/// are computed in <see cref="decimal"/> from the whole-number answers and then converted, so a mean of 4.6 is
/// exactly the double nearest 4.6 and the gap is not disturbed by two separate roundings.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class BenefitScore
{
    internal BenefitScore(Benefit benefit, int respondentCount, decimal importanceSum, decimal performanceSum)
    {
        Benefit = benefit;
        RespondentCount = respondentCount;
        ExactMeanImportance = importanceSum / respondentCount;
        ExactMeanPerformance = performanceSum / respondentCount;
        MeanImportance = (double)ExactMeanImportance;
        MeanPerformance = (double)ExactMeanPerformance;
        Gap = (double)((importanceSum - performanceSum) / respondentCount);
    }

    /// <summary>Gets the benefit.</summary>
    public Benefit Benefit { get; }

    /// <summary>Gets the number of respondents who rated the benefit (one rating each).</summary>
    public int RespondentCount { get; }

    /// <summary>Gets the mean importance score.</summary>
    public double MeanImportance { get; }

    /// <summary>Gets the mean performance score.</summary>
    public double MeanPerformance { get; }

    /// <summary>Gets the importance–performance gap: mean importance minus mean performance.</summary>
    public double Gap { get; }

    /// <summary>Gets the mean importance in decimal, for means of means without a second rounding.</summary>
    internal decimal ExactMeanImportance { get; }

    /// <summary>Gets the mean performance in decimal.</summary>
    internal decimal ExactMeanPerformance { get; }

    /// <summary>Returns the benefit with its figures.</summary>
    /// <returns>The text, for example <c>confidence: n=4, importance 4.75, performance 2.5, gap 2.25</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Benefit}: n={RespondentCount}, importance {MeanImportance:R}, performance {MeanPerformance:R}, gap {Gap:R}");
}
