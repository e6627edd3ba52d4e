using System.Globalization;

namespace RelationshipKit.Idic.Metrics;

/// <summary>
/// Represents which business processes and which customers were asked for feedback in a period, and whether each
/// customer's survey frequency follows how often he interacts.
/// </summary>
/// <remarks>
/// <para>A survey is an interaction on the <see cref="Interact.InteractionTopic.Survey"/> topic, or any interaction
/// that carries a satisfaction or recommendation score; a response is a survey with a score. Customers who only
/// received surveys count as asked, not as interacting.</para>
/// <para>Equality is reference equality. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class FeedbackCoverage
{
    internal FeedbackCoverage(ProcessCoverage[] processes, SurveyFrequency[] customers)
    {
        Processes = Array.AsReadOnly(processes);
        Customers = Array.AsReadOnly(customers);
        CustomersInteracting = customers.Count(c => c.Interactions > 0);
        CustomersAsked = new ServiceRate(customers.Count(c => c.Interactions > 0 && c.Surveys > 0), CustomersInteracting);
        ProcessesCovered = new ServiceRate(processes.Count(p => p.IsCovered), processes.Length);
    }

    /// <summary>Gets every business process (those the options list, then any other an interaction names), in ordinal order.</summary>
    public IReadOnlyList<ProcessCoverage> Processes { get; }

    /// <summary>Gets the share of processes that were asked about.</summary>
    public ServiceRate ProcessesCovered { get; }

    /// <summary>Gets each customer who interacted or was asked, in ordinal order of customer id.</summary>
    public IReadOnlyList<SurveyFrequency> Customers { get; }

    /// <summary>Gets how many customers interacted in the period (surveys left out).</summary>
    public int CustomersInteracting { get; }

    /// <summary>Gets the share of the customers who interacted that were asked at least once.</summary>
    public ServiceRate CustomersAsked { get; }

    /// <summary>Counts the customers per survey-frequency status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The number of customers.</returns>
    public int CountOf(SurveyFrequencyStatus status) => Customers.Count(c => c.Status == status);

    /// <summary>Returns the coverage in one line.</summary>
    /// <returns>For example <c>processes covered 2 of 3 (66.7%); customers asked 5 of 8 (62.5%); not asked 1, under-asked 0, over-asked 1</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"processes covered {ProcessesCovered}; customers asked {CustomersAsked}; not asked {CountOf(SurveyFrequencyStatus.NotAsked)}, under-asked {CountOf(SurveyFrequencyStatus.UnderAsked)}, over-asked {CountOf(SurveyFrequencyStatus.OverAsked)}");
}
