using RelationshipKit.Value.Numerics;
using RelationshipKit.Value.Simulation;

namespace RelationshipKit.Value.Models.BgNbd;

/// <summary>
/// Simulates BG/NBD (m = 0) and MBG/NBD (m = 1) customers: λ ~ Gamma(r, α), p ~ Beta(a, b); purchases at
/// exponential gaps of rate λ; after each repeat purchase (and, for MBG/NBD, right after the first) the customer
/// drops out with probability p.
/// </summary>
internal static class BetaGeometricSimulation
{
    internal static RfmTable Summaries(double r, double alpha, double a, double b, int m, ReadOnlySpan<double> observationTimes, Random random, TimeUnit unit)
    {
        var n = observationTimes.Length;
        var x = new double[n];
        var tx = new double[n];
        var variates = new RandomVariates(random);
        for (var i = 0; i < n; i++)
        {
            var lambda = variates.NextGamma(r, alpha);
            var p = variates.NextBeta(a, b);
            var horizon = observationTimes[i];
            if (m == 1 && random.NextDouble() < p)
            {
                continue;
            }

            var time = 0.0;
            var count = 0;
            var last = 0.0;
            while (true)
            {
                time += variates.NextExponential(lambda);
                if (!(time <= horizon))
                {
                    break;
                }

                count++;
                last = time;
                if (random.NextDouble() < p)
                {
                    break;
                }
            }

            x[i] = count;
            tx[i] = last;
        }

        return RfmTable.Create(x, tx, observationTimes, unit);
    }

    internal static TransactionLog Transactions(double r, double alpha, double a, double b, int m, ReadOnlySpan<double> observationTimes, Random random, TimeUnit unit)
    {
        var n = observationTimes.Length;
        var customers = new List<int>(n * 2);
        var times = new List<double>(n * 2);
        var variates = new RandomVariates(random);
        for (var i = 0; i < n; i++)
        {
            var lambda = variates.NextGamma(r, alpha);
            var p = variates.NextBeta(a, b);
            var horizon = observationTimes[i];
            customers.Add(i);
            times.Add(0);
            if (m == 1 && random.NextDouble() < p)
            {
                continue;
            }

            var time = 0.0;
            while (true)
            {
                time += variates.NextExponential(lambda);
                if (!(time <= horizon))
                {
                    break;
                }

                customers.Add(i);
                times.Add(time);
                if (random.NextDouble() < p)
                {
                    break;
                }
            }
        }

        return new TransactionLog(n, [.. customers], [.. times], null, unit);
    }

    /// <summary>Throws unless every observation time is finite and ≥ 0.</summary>
    internal static void ValidateTimes(ReadOnlySpan<double> observationTimes, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        for (var i = 0; i < observationTimes.Length; i++)
        {
            var value = observationTimes[i];
            if (!double.IsFinite(value) || value < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(observationTimes), value, $"observationTimes must hold finite numbers >= 0; item {i} was {Guard.Format(value)}.");
            }
        }
    }
}
