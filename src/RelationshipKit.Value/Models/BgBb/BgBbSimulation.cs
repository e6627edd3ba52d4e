using RelationshipKit.Value.Numerics;
using RelationshipKit.Value.Simulation;

namespace RelationshipKit.Value.Models.BgBb;

/// <summary>
/// Simulates BG/BB customers: p ~ Beta(α, β) and θ ~ Beta(γ, δ); the customer is alive at opportunity t with
/// probability (1 − θ)^t and, while alive, buys at each opportunity with probability p.
/// </summary>
/// <remarks>
/// The opportunities survived are L = ⌊ln U / ln(1 − θ)⌋ (P(L ≥ t) = (1 − θ)^t), and the purchases among the first
/// min(L, n) opportunities are found by geometric jumps between successes, so a customer costs O(1 + x) variates
/// whatever n is.
/// </remarks>
internal static class BgBbSimulation
{
    internal static RfmTable Summaries(BgBbParameters p, ReadOnlySpan<int> opportunities, Random random)
    {
        var n = opportunities.Length;
        var x = new double[n];
        var tx = new double[n];
        var t = new double[n];
        var variates = new RandomVariates(random);
        for (var i = 0; i < n; i++)
        {
            t[i] = opportunities[i];
            var (buy, alive) = Draw(p, opportunities[i], variates);
            var position = NextPurchase(0, buy, alive, variates);
            while (position > 0)
            {
                x[i]++;
                tx[i] = position;
                position = NextPurchase(position, buy, alive, variates);
            }
        }

        return RfmTable.Create(x, tx, t, TimeUnit.Period);
    }

    internal static TransactionLog Transactions(BgBbParameters p, ReadOnlySpan<int> opportunities, Random random)
    {
        var n = opportunities.Length;
        var customers = new List<int>(n * 2);
        var times = new List<double>(n * 2);
        var variates = new RandomVariates(random);
        for (var i = 0; i < n; i++)
        {
            customers.Add(i);
            times.Add(0);
            var (buy, alive) = Draw(p, opportunities[i], variates);
            var position = NextPurchase(0, buy, alive, variates);
            while (position > 0)
            {
                customers.Add(i);
                times.Add(position);
                position = NextPurchase(position, buy, alive, variates);
            }
        }

        return new TransactionLog(n, [.. customers], [.. times], null, TimeUnit.Period);
    }

    /// <summary>Throws unless every count of opportunities is ≥ 0.</summary>
    internal static void Validate(ReadOnlySpan<int> opportunities, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        for (var i = 0; i < opportunities.Length; i++)
        {
            if (opportunities[i] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(opportunities), opportunities[i], $"opportunities must hold numbers >= 0; item {i} was {opportunities[i]}.");
            }
        }
    }

    /// <summary>Draws one customer's transaction probability and the opportunities she lives through (at most n).</summary>
    private static (double Buy, long Alive) Draw(BgBbParameters p, int n, RandomVariates variates)
    {
        var buy = variates.NextBeta(p.Alpha, p.Beta);
        var dropout = variates.NextBeta(p.Gamma, p.Delta);
        if (!(dropout > 0))
        {
            return (buy, n);
        }

        var survived = Math.Log(variates.NextOpenUniform()) / LogSpace.Log1P(-dropout);
        return (buy, survived >= n ? n : (long)survived);
    }

    /// <summary>The next purchase after <paramref name="position"/> (1-based opportunity), or 0 when there is none up to <paramref name="alive"/>.</summary>
    private static long NextPurchase(long position, double buy, long alive, RandomVariates variates)
    {
        if (!(buy > 0))
        {
            return 0;
        }

        // Failures before the next success: ⌊ln U / ln(1 − p)⌋ (0 when p = 1).
        var gap = Math.Log(variates.NextOpenUniform()) / LogSpace.Log1P(-buy);
        if (!(gap < alive - position))
        {
            return 0;
        }

        var next = position + 1 + (long)gap;
        return next <= alive ? next : 0;
    }
}
