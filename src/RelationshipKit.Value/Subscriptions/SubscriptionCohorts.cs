using NodaTime;

namespace RelationshipKit.Value.Subscriptions;

/// <summary>
/// Turns subscriptions into cohort survivor tables with right-censoring: the contractual data path from a subscription
/// log to the shifted-beta-geometric model, fitted per cohort or pooled.
/// </summary>
/// <remarks>
/// <para>A subscription renews at each anniversary start + k × contract period (k = 1, 2, …) before its end (ending
/// on an anniversary is not renewing). One that ended on or before the observation end churned in the period its end
/// falls in: lifetime = the anniversaries before the end + 1. One still active at the observation end (or ending
/// after it) is right-censored: active for the anniversaries up to the observation end. Anniversaries are computed
/// from the start each time (a monthly contract from 31 January renews on 28 or 29 February, then 31 March).</para>
/// <para>This is the data of Fader &amp; Hardie (2007): a cohort's customers active at the start of each period; the
/// sBG fit on individual lifetimes (<see cref="Models.Sbg.SbgModel.FitLifetimes"/>) also uses customers who joined
/// late in the cohort or who are still active, which a survival curve observed for equal lengths cannot.</para>
/// </remarks>
public static class SubscriptionCohorts
{
    /// <summary>Builds the cohort survivor tables.</summary>
    /// <param name="subscriptions">The subscriptions, in any order.</param>
    /// <param name="options">The contract period, cohort grouping and observation end; <see langword="null"/> for the defaults.</param>
    /// <returns>One table per cohort with at least one subscription started on or before the observation end, and the pooled table.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="subscriptions"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when a subscription is the <c>default</c> value, when <paramref name="options"/> is invalid, or when no subscription starts on or before the observation end.</exception>
    public static CohortTables Build(IEnumerable<Subscription> subscriptions, CohortOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        options ??= new CohortOptions();
        options.Validate(nameof(options));
        var list = subscriptions as IReadOnlyList<Subscription> ?? [.. subscriptions];
        if (list.Count == 0)
        {
            throw new ArgumentException("subscriptions must not be empty.", nameof(subscriptions));
        }

        var end = options.ObservationEnd ?? LatestDate(list);
        var period = options.ContractPeriod.Normalize();
        var months = (period.Years * 12) + period.Months;
        var days = (period.Weeks * 7) + period.Days;
        var meanDays = (months * TimeUnit.DaysPerYear / 12) + days;
        var groups = new SortedDictionary<LocalDate, (List<int> Lifetimes, List<bool> Churned)>();
        var excluded = 0;
        for (var i = 0; i < list.Count; i++)
        {
            var subscription = list[i];
            if (subscription.CustomerId.IsDefault)
            {
                throw new ArgumentException($"subscriptions must not hold the default Subscription; item {i} is.", nameof(subscriptions));
            }

            if (subscription.Start > end)
            {
                excluded++;
                continue;
            }

            // An end on or before the observation end is a churn, seen: the next anniversary will not be renewed. Otherwise
            // the subscription is censored after the anniversaries observed.
            var churned = subscription.End is { } stop && stop <= end;
            var lifetime = churned
                ? LastAnniversary(subscription.Start, months, days, meanDays, subscription.End!.Value, inclusive: false) + 1 // not null: churned
                : LastAnniversary(subscription.Start, months, days, meanDays, end, inclusive: true);
            var key = CohortStart(subscription.Start, options.CohortPeriod);
            if (!groups.TryGetValue(key, out var group))
            {
                group = ([], []);
                groups.Add(key, group);
            }

            group.Lifetimes.Add(lifetime);
            group.Churned.Add(churned);
        }

        if (groups.Count == 0)
        {
            throw new ArgumentException($"subscriptions must have one that starts on or before the observation end ({end:uuuu-MM-dd}); all {excluded} start after it.", nameof(subscriptions));
        }

        var cohorts = groups.Select(g => new CohortTable(g.Key, [.. g.Value.Lifetimes], [.. g.Value.Churned])).ToArray();
        var pooled = new CohortTable(groups.Keys.First(), [.. groups.Values.SelectMany(g => g.Lifetimes)], [.. groups.Values.SelectMany(g => g.Churned)]);
        return new CohortTables(Array.AsReadOnly(cohorts), pooled, end, options.ContractPeriod, options.CohortPeriod, excluded);
    }

    /// <summary>The largest k ≥ 0 whose anniversary start + k × period is on or before (or, not inclusive, before) <paramref name="limit"/>.</summary>
    private static int LastAnniversary(LocalDate start, int months, int days, double meanDays, LocalDate limit, bool inclusive)
    {
        bool Within(int k)
        {
            var anniversary = Anniversary(start, months, days, k);
            return inclusive ? anniversary <= limit : anniversary < limit;
        }

        if (!Within(1))
        {
            return 0;
        }

        var k = Math.Max(1, (int)(Period.DaysBetween(start, limit) / meanDays));
        while (k > 1 && !Within(k))
        {
            k--;
        }

        while (Within(k + 1))
        {
            k++;
        }

        return k;
    }

    private static LocalDate Anniversary(LocalDate start, int months, int days, int k) =>
        start.PlusMonths(months * k).PlusDays(days * k);

    private static LocalDate CohortStart(LocalDate start, CohortPeriod period) => period switch
    {
        CohortPeriod.Year => new LocalDate(start.Year, 1, 1),
        CohortPeriod.Quarter => new LocalDate(start.Year, (((start.Month - 1) / 3) * 3) + 1, 1),
        _ => new LocalDate(start.Year, start.Month, 1),
    };

    private static LocalDate LatestDate(IReadOnlyList<Subscription> subscriptions)
    {
        var latest = subscriptions[0].Start;
        foreach (var subscription in subscriptions)
        {
            if (subscription.Start > latest)
            {
                latest = subscription.Start;
            }

            if (subscription.End is { } e && e > latest)
            {
                latest = e;
            }
        }

        return latest;
    }
}
