using NodaTime;

namespace RelationshipKit.Value.Subscriptions;

/// <summary>Represents how subscriptions become cohort survivor tables: the contract period, the cohort grouping and the observation end. A mutable bag, validated when used.</summary>
/// <remarks>
/// <para>A subscription renews at each anniversary start + k × <see cref="ContractPeriod"/> (k = 1, 2, …) before its
/// end. An end after <see cref="ObservationEnd"/> is not seen: such a subscription is right-censored, active for the
/// anniversaries up to the observation end.</para>
/// </remarks>
[Mutable]
public sealed class CohortOptions
{
    /// <summary>Gets or sets the length of one contract period.</summary>
    /// <value>One month.</value>
    public Period ContractPeriod { get; set; } = Period.FromMonths(1);

    /// <summary>Gets or sets how subscriptions are grouped into cohorts by their start.</summary>
    /// <value><see cref="Subscriptions.CohortPeriod.Month"/>.</value>
    public CohortPeriod CohortPeriod { get; set; } = CohortPeriod.Month;

    /// <summary>Gets or sets the last day observed (inclusive).</summary>
    /// <value><see langword="null"/>: the latest start or end date among the subscriptions.</value>
    public LocalDate? ObservationEnd { get; set; }

    /// <summary>Throws when a setting is invalid; the parameter name is <paramref name="paramName"/> and the message names the property.</summary>
    /// <param name="paramName">The name of the options argument at the public entry point.</param>
    internal void Validate(string paramName)
    {
        if (ContractPeriod is null)
        {
            throw new ArgumentException("ContractPeriod must not be null; use Period.FromMonths(1) for monthly contracts.", paramName);
        }

        var p = ContractPeriod.Normalize();
        if (p.HasTimeComponent || p.Years < 0 || p.Months < 0 || p.Weeks < 0 || p.Days < 0 || (p.Years == 0 && p.Months == 0 && p.Weeks == 0 && p.Days == 0))
        {
            throw new ArgumentOutOfRangeException(paramName, ContractPeriod, $"ContractPeriod must be a positive period of years, months, weeks and days; was {ContractPeriod}.");
        }

        if (!Enum.IsDefined(CohortPeriod))
        {
            throw new ArgumentOutOfRangeException(paramName, CohortPeriod, $"CohortPeriod must be Month, Quarter or Year; was {(int)CohortPeriod}.");
        }
    }
}
