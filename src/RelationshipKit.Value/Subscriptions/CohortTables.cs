using NodaTime;

namespace RelationshipKit.Value.Subscriptions;

/// <summary>Represents subscriptions turned into cohort survivor tables: one per start period, and all of them pooled.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class CohortTables
{
    internal CohortTables(IReadOnlyList<CohortTable> cohorts, CohortTable pooled, LocalDate observationEnd, Period contractPeriod, CohortPeriod cohortPeriod, int excludedAfterObservationEnd)
    {
        Cohorts = cohorts;
        Pooled = pooled;
        ObservationEnd = observationEnd;
        ContractPeriod = contractPeriod;
        CohortPeriod = cohortPeriod;
        ExcludedAfterObservationEnd = excludedAfterObservationEnd;
    }

    /// <summary>Gets the cohorts, oldest first.</summary>
    public IReadOnlyList<CohortTable> Cohorts { get; }

    /// <summary>Gets every subscription in one table (its <see cref="CohortTable.Start"/> is the oldest cohort's).</summary>
    public CohortTable Pooled { get; }

    /// <summary>Gets the last day observed (inclusive).</summary>
    public LocalDate ObservationEnd { get; }

    /// <summary>Gets the length of one contract period.</summary>
    public Period ContractPeriod { get; }

    /// <summary>Gets how the cohorts were grouped.</summary>
    public CohortPeriod CohortPeriod { get; }

    /// <summary>Gets the number of subscriptions left out because they started after <see cref="ObservationEnd"/>.</summary>
    public int ExcludedAfterObservationEnd { get; }
}
