using NodaTime;
using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Models.Sbg;

namespace RelationshipKit.Value.Subscriptions;

/// <summary>
/// Represents one cohort of subscriptions (those that started in one calendar month, quarter or year, or all of them
/// pooled) as a survivor table with right-censoring, ready for the shifted-beta-geometric model.
/// </summary>
/// <remarks>
/// <para>Each customer contributes a lifetime: the period it churned in, or, when it was still active at the end of
/// observation, the number of periods it has been seen active (right-censored). <see cref="Fit"/> fits the sBG to
/// these lifetimes (<see cref="SbgModel.FitLifetimes"/>), which uses the censored customers correctly where a survival
/// curve would have to drop them or count them as survivors.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class CohortTable
{
    private readonly int[] _lifetimes;
    private readonly bool[] _churned;

    internal CohortTable(LocalDate start, int[] lifetimes, bool[] churned)
    {
        Start = start;
        _lifetimes = lifetimes;
        _churned = churned;
        var periods = 0;
        for (var i = 0; i < lifetimes.Length; i++)
        {
            periods = Math.Max(periods, churned[i] ? lifetimes[i] : lifetimes[i] + 1);
        }

        var churnedIn = new int[periods + 2];
        var censoredIn = new int[periods + 2];
        for (var i = 0; i < lifetimes.Length; i++)
        {
            if (churned[i])
            {
                churnedIn[lifetimes[i]]++;
            }
            else
            {
                censoredIn[lifetimes[i] + 1]++;
            }
        }

        var rows = new CohortRow[periods];
        var active = lifetimes.Length;
        for (var t = 1; t <= periods; t++)
        {
            rows[t - 1] = new CohortRow(t, active, churnedIn[t], censoredIn[t]);
            active -= churnedIn[t] + censoredIn[t];
        }

        Rows = Array.AsReadOnly(rows);
        CanFit = Array.Exists(lifetimes, l => l >= 2);
    }

    /// <summary>Gets the first day of the cohort's month, quarter or year (for the pooled table, of the earliest cohort).</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the number of subscriptions in the cohort.</summary>
    public int Customers => _lifetimes.Length;

    /// <summary>Gets the survivor table, one row per period from 1 to the last period anyone was seen in.</summary>
    public IReadOnlyList<CohortRow> Rows { get; }

    /// <summary>Gets the number of customers who churned while observed.</summary>
    public int ChurnedCount => _churned.Count(c => c);

    /// <summary>Gets the number of customers still active when observation ended.</summary>
    public int CensoredCount => _churned.Count(c => !c);

    /// <summary>
    /// Gets a value indicating whether the cohort was followed beyond its first period (some customer churned in period
    /// 2 or later, or was seen active for 2 periods or more), which the sBG needs to tell α from β.
    /// </summary>
    public bool CanFit { get; }

    /// <summary>Fits the shifted-beta-geometric model to the cohort's lifetimes, right-censoring included.</summary>
    /// <param name="options">The fit options, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the fit between iterations.</param>
    /// <returns>The fit: converged, or not converged with a reason (a boundary estimate when nobody churned).</returns>
    /// <exception cref="InvalidOperationException">Thrown when <see cref="CanFit"/> is false: the cohort has not been followed beyond its first period.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an option is out of range.</exception>
    /// <exception cref="OperationCanceledException">Thrown when <paramref name="cancellationToken"/> is cancelled.</exception>
    public FitResult<SbgModel> Fit(FitOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (!CanFit)
        {
            throw new InvalidOperationException(
                $"The cohort starting {Start:uuuu-MM-dd} has not been followed beyond its first period, so the sBG cannot tell alpha from beta; check CanFit first, or pool the cohorts.");
        }

        return SbgModel.FitLifetimes(_lifetimes, _churned, default, options, cancellationToken);
    }

    /// <summary>Gets each customer's lifetime and whether it churned (false: right-censored), in the order the subscriptions came.</summary>
    internal (int[] Lifetimes, bool[] Churned) Lifetimes => (_lifetimes, _churned);
}
