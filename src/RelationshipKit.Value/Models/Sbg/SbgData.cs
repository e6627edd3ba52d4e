using System.Diagnostics;

namespace RelationshipKit.Value.Models.Sbg;

/// <summary>
/// The sufficient statistics of sBG data: for each distinct period t (ascending), the weight of customers who
/// churned in period t and the weight of customers still active after t periods (right-censored at t).
/// </summary>
internal sealed class SbgData
{
    /// <summary>Lifetimes up to this many periods are counted into arrays indexed by period (O(n)); longer ones are sorted.</summary>
    private const int DenseLimit = 1 << 20;

    private SbgData(int[] periods, double[] churned, double[] censored)
    {
        Periods = periods;
        Churned = churned;
        Censored = censored;
        foreach (var w in churned)
        {
            TotalChurned += w;
        }

        foreach (var w in censored)
        {
            TotalCensored += w;
        }
    }

    /// <summary>Gets the distinct periods, ascending.</summary>
    public int[] Periods { get; }

    /// <summary>Gets, per period t, the weight of customers who churned in period t (T = t).</summary>
    public double[] Churned { get; }

    /// <summary>Gets, per period t, the weight of customers still active after t periods (T &gt; t).</summary>
    public double[] Censored { get; }

    /// <summary>Gets the total churned weight.</summary>
    public double TotalChurned { get; }

    /// <summary>Gets the total censored weight.</summary>
    public double TotalCensored { get; }

    /// <summary>Gets the total weight: the number of customers.</summary>
    public double TotalWeight => TotalChurned + TotalCensored;

    /// <summary>Gets a value indicating whether every customer churned in period 1 (nobody was seen active after a period): the MLE has β → 0.</summary>
    public bool AllChurnInFirstPeriod()
    {
        for (var i = 0; i < Periods.Length; i++)
        {
            if ((Churned[i] > 0 && Periods[i] != 1) || (Censored[i] > 0 && Periods[i] >= 1))
            {
                return false;
            }
        }

        return TotalChurned > 0;
    }

    /// <summary>Gets a value indicating whether churn and survival are both seen, but only in period 1: the likelihood then depends on α / (α + β) alone.</summary>
    public bool ObservesOnlyFirstPeriod()
    {
        double churn1 = 0, survive1 = 0;
        for (var i = 0; i < Periods.Length; i++)
        {
            if (Periods[i] >= 2 && (Churned[i] > 0 || Censored[i] > 0))
            {
                return false;
            }

            if (Periods[i] == 1)
            {
                churn1 = Churned[i];
                survive1 = Censored[i];
            }
        }

        return churn1 > 0 && survive1 > 0;
    }

    /// <summary>
    /// Computes the log-likelihood of the homogeneous (geometric) model at its estimate θ̂ = churns / (churns + renewals):
    /// the limit of the sBG model as α, β → ∞ with α / (α + β) = θ̂.
    /// </summary>
    /// <param name="theta">Receives θ̂.</param>
    public double GeometricLogLikelihood(out double theta)
    {
        double churns = 0, renewals = 0;
        for (var i = 0; i < Periods.Length; i++)
        {
            churns += Churned[i];
            renewals += (Churned[i] * (Periods[i] - 1)) + (Censored[i] * Periods[i]);
        }

        theta = churns / (churns + renewals);
        var ll = 0.0;
        if (churns > 0)
        {
            ll += churns * Math.Log(theta);
        }

        if (renewals > 0)
        {
            ll += renewals * Math.Log(1 - theta);
        }

        return ll;
    }

    /// <summary>Converts a survival curve (customers active at the start of each period, first value the cohort size) to lifetimes: n(t−1) − n(t) churned in period t, n(last) censored at the last period.</summary>
    public static SbgData FromSurvivalCurve(ReadOnlySpan<double> survivors)
    {
        var k = survivors.Length - 1;
        Debug.Assert(k >= 1, "validated by the caller");
        var periods = new int[k];
        var churned = new double[k];
        var censored = new double[k];
        for (var t = 1; t <= k; t++)
        {
            periods[t - 1] = t;
            churned[t - 1] = survivors[t - 1] - survivors[t];
        }

        censored[k - 1] = survivors[k];
        return new SbgData(periods, churned, censored);
    }

    /// <summary>Collapses individual lifetimes into one row per distinct period.</summary>
    public static SbgData FromLifetimes(ReadOnlySpan<int> lifetimes, ReadOnlySpan<bool> churned, ReadOnlySpan<double> weights)
    {
        var max = 0;
        foreach (var t in lifetimes)
        {
            max = Math.Max(max, t);
        }

        return max <= DenseLimit ? Dense(lifetimes, churned, weights, max) : Sorted(lifetimes, churned, weights);
    }

    internal static SbgData Dense(ReadOnlySpan<int> lifetimes, ReadOnlySpan<bool> churned, ReadOnlySpan<double> weights, int max)
    {
        var churnedByPeriod = new double[max + 1];
        var censoredByPeriod = new double[max + 1];
        var seen = new bool[max + 1];
        for (var i = 0; i < lifetimes.Length; i++)
        {
            var w = weights.IsEmpty ? 1.0 : weights[i];
            var t = lifetimes[i];
            seen[t] = true;
            if (churned[i])
            {
                churnedByPeriod[t] += w;
            }
            else
            {
                censoredByPeriod[t] += w;
            }
        }

        var count = 0;
        foreach (var s in seen)
        {
            count += s ? 1 : 0;
        }

        var periods = new int[count];
        var churnedWeights = new double[count];
        var censoredWeights = new double[count];
        var j = 0;
        for (var t = 0; t <= max; t++)
        {
            if (seen[t])
            {
                periods[j] = t;
                churnedWeights[j] = churnedByPeriod[t];
                censoredWeights[j] = censoredByPeriod[t];
                j++;
            }
        }

        return new SbgData(periods, churnedWeights, censoredWeights);
    }

    internal static SbgData Sorted(ReadOnlySpan<int> lifetimes, ReadOnlySpan<bool> churned, ReadOnlySpan<double> weights)
    {
        var n = lifetimes.Length;
        var keys = lifetimes.ToArray();
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(keys, order);
        var periods = new List<int>();
        var churnedWeights = new List<double>();
        var censoredWeights = new List<double>();
        for (var j = 0; j < n; j++)
        {
            var i = order[j];
            var w = weights.IsEmpty ? 1.0 : weights[i];
            if (periods.Count == 0 || periods[^1] != keys[j])
            {
                periods.Add(keys[j]);
                churnedWeights.Add(0);
                censoredWeights.Add(0);
            }

            if (churned[i])
            {
                churnedWeights[^1] += w;
            }
            else
            {
                censoredWeights[^1] += w;
            }
        }

        return new SbgData([.. periods], [.. churnedWeights], [.. censoredWeights]);
    }
}
