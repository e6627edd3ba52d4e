using System.Runtime.CompilerServices;
using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Value.Models.BgNbd;

/// <summary>
/// The predictions shared by BG/NBD (m = 0: a customer can drop out only after a repeat purchase) and MBG/NBD
/// (m = 1: also right after the first purchase), written once for both.
/// </summary>
/// <remarks>
/// Given (λ, p), a customer alive at T buys at rate λ and drops out with probability p after each purchase, so
/// every conditional expectation is P(alive) × <see cref="GeometricDropout.ExpectedPurchases"/> with the posterior
/// parameters λ ~ Gamma(r + x, α + T), p ~ Beta(a, b + x + m) (Fader, Hardie &amp; Lee 2005, eq. 10; Batislam,
/// Denizel &amp; Filiztekin 2007, eq. 13).
/// </remarks>
internal static class BetaGeometricMath
{
    /// <summary>P(alive | x, t_x, T) = 1 / (1 + κ ((α + T)/(α + t_x))^(r + x)), κ = a/(b + x − 1 + m); 1 for BG/NBD with x = 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double ProbabilityAlive(double r, double alpha, double a, double b, int m, double x, double tx, double t)
    {
        if (m == 0 && x == 0)
        {
            return 1;
        }

        var kappa = a / (b + x - 1 + m);
        var power = Math.Exp((r + x) * Math.Log((alpha + t) / (alpha + tx)));
        return 1 / (1 + (kappa * power));
    }

    /// <summary>E[X(t)] for a new customer.</summary>
    internal static double ExpectedPurchases(double r, double alpha, double a, double b, int m, double t) =>
        m == 0
            ? GeometricDropout.ExpectedPurchases(a, b, r, alpha, t)
            : b / (a + b) * GeometricDropout.ExpectedPurchases(a, b + 1, r, alpha, t);

    /// <summary>E[Y(h) | x, t_x, T].</summary>
    internal static double ConditionalExpectedPurchases(double r, double alpha, double a, double b, int m, double horizon, double x, double tx, double t)
    {
        var alive = ProbabilityAlive(r, alpha, a, b, m, x, tx, t);
        return alive == 0 ? 0 : alive * GeometricDropout.ExpectedPurchases(a, b + x + m, r + x, alpha + t, horizon);
    }

    /// <summary>P(X(t) = n) for a new customer (Fader, Hardie &amp; Lee 2005, eq. 8; its MBG/NBD analogue).</summary>
    internal static double ProbabilityOfPurchases(double r, double alpha, double a, double b, int m, double t, int n)
    {
        if (t == 0)
        {
            return n == 0 ? 1 : 0;
        }

        // ln NB(n) = ln Γ(r + n) − ln Γ(r) − ln n! + r ln(α/(α + t)) + n ln(t/(α + t)).
        var logRatio = Math.Log(t / alpha);
        var logOneMinusZ = -LogSpace.Log1P(t / alpha);
        var logNegativeBinomial = GammaRatios.LogGammaRatio(r, n) - SpecialFunctions.LogGamma(n + 1.0) + (r * logOneMinusZ)
            + (n == 0 ? 0 : n * (logRatio + logOneMinusZ));
        var probability = Math.Exp(GammaRatios.LogBetaRatio(a, b, n + m) + logNegativeBinomial);
        if (n > 0)
        {
            // P(the n-th purchase happened by t, then drop-out): B(a + 1, b + n − 1 + m)/B(a, b) · I_z(n, r).
            var z = t / (alpha + t);
            var logTail = IncompleteBeta.LogRegularized(n, r, z);
            var logWeight = GammaRatios.LogBetaRatio(a, b, n + m - 1) + Math.Log(a) - Math.Log(a + b + n + m - 1);
            probability += Math.Exp(logWeight + logTail);
        }
        else if (m == 1)
        {
            probability += a / (a + b);
        }

        return Math.Min(1, probability);
    }

    /// <summary>Writes P(alive) for rows [start, end).</summary>
    internal static void ProbabilityAlive(double r, double alpha, double a, double b, int m, ReadOnlySpan<double> x, ReadOnlySpan<double> tx, ReadOnlySpan<double> t, Span<double> destination)
    {
        var i = 0;
#if NET9_0_OR_GREATER
        if (BetaGeometricVector.IsSupported)
        {
            i = BetaGeometricVector.ProbabilityAlive(r, alpha, a, b, m, x, tx, t, destination);
        }
#endif
        for (; i < x.Length; i++)
        {
            var xi = x[i];
            if (m == 0 && xi == 0)
            {
                destination[i] = 1;
                continue;
            }

            var kappa = a / (b + xi - 1 + m);
            destination[i] = 1 / (1 + (kappa * Math.Exp((r + xi) * Math.Log((alpha + t[i]) / (alpha + tx[i])))));
        }
    }

    /// <summary>Writes E[Y(h) | x, t_x, T] for rows [start, end).</summary>
    internal static void ConditionalExpectedPurchases(double r, double alpha, double a, double b, int m, double horizon, ReadOnlySpan<double> x, ReadOnlySpan<double> tx, ReadOnlySpan<double> t, Span<double> destination)
    {
        var i = 0;
#if NET9_0_OR_GREATER
        if (BetaGeometricVector.IsSupported)
        {
            i = BetaGeometricVector.ConditionalExpectedPurchases(r, alpha, a, b, m, horizon, x, tx, t, destination);
        }
#endif
        for (; i < x.Length; i++)
        {
            destination[i] = ConditionalExpectedPurchases(r, alpha, a, b, m, horizon, x[i], tx[i], t[i]);
        }
    }
}
