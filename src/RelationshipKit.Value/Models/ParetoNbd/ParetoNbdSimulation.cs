using RelationshipKit.Value.Numerics;
using RelationshipKit.Value.Simulation;

namespace RelationshipKit.Value.Models.ParetoNbd;

/// <summary>
/// Simulates Pareto/NBD customers: λ ~ Gamma(r, α) and μ ~ Gamma(s, β); the customer dies at τ ~ Exponential(μ) and,
/// until min(τ, T), buys as a Poisson process with rate λ.
/// </summary>
/// <remarks>
/// Summaries need no purchase-by-purchase loop: the count is x ~ Poisson(λ·min(τ, T)) and, given x, the purchase
/// times are x uniform points on (0, min(τ, T)], so the last one is min(τ, T)·U^(1/x). A customer therefore costs a
/// fixed number of variates, however many purchases she makes. Transaction logs draw every purchase time.
/// </remarks>
internal static class ParetoNbdSimulation
{
    internal static RfmTable Summaries(ParetoNbdParameters p, ReadOnlySpan<double> observationTimes, Random random, TimeUnit unit)
    {
        var n = observationTimes.Length;
        var x = new double[n];
        var tx = new double[n];
        var variates = new RandomVariates(random);
        for (var i = 0; i < n; i++)
        {
            var lambda = variates.NextGamma(p.R, p.Alpha);
            var mu = variates.NextGamma(p.S, p.Beta);
            var end = Math.Min(variates.NextExponential(mu), observationTimes[i]);
            var count = PoissonVariates.Next(variates, lambda * end);
            if (count > 0)
            {
                x[i] = count;
                tx[i] = Math.Min(end, end * Math.Exp(Math.Log(variates.NextOpenUniform()) / count));
            }
        }

        return RfmTable.Create(x, tx, observationTimes, unit);
    }

    internal static TransactionLog Transactions(ParetoNbdParameters p, ReadOnlySpan<double> observationTimes, Random random, TimeUnit unit)
    {
        var n = observationTimes.Length;
        var customers = new List<int>(n * 2);
        var times = new List<double>(n * 2);
        var variates = new RandomVariates(random);
        for (var i = 0; i < n; i++)
        {
            var lambda = variates.NextGamma(p.R, p.Alpha);
            var mu = variates.NextGamma(p.S, p.Beta);
            var end = Math.Min(variates.NextExponential(mu), observationTimes[i]);
            customers.Add(i);
            times.Add(0);
            var time = variates.NextExponential(lambda);
            while (time <= end)
            {
                customers.Add(i);
                times.Add(time);
                time += variates.NextExponential(lambda);
            }
        }

        return new TransactionLog(n, [.. customers], [.. times], null, unit);
    }
}
