namespace RelationshipKit.Value.Numerics;

/// <summary>
/// The regularized incomplete beta function I_x(a, b) in log space, as the negative-binomial tail
/// P(N ≥ n) = I_p(n, r) needs it for BG/NBD's P(X(t) = n).
/// </summary>
/// <remarks>
/// The continued fraction of DLMF 8.17.22 is evaluated with the modified Lentz method (Press et al. 2007, §5.2) for
/// x &lt; (a + 1)/(a + b + 2), where it converges fast; otherwise the symmetry I_x(a, b) = 1 − I_{1−x}(b, a)
/// (DLMF 8.17.4) is used. The prefactor x^a (1 − x)^b / (a B(a, b)) is formed in logs, so tiny tails stay accurate
/// instead of underflowing through a subtraction from 1.
/// </remarks>
internal static class IncompleteBeta
{
    private const int MaxIterations = 100_000;
    private const double Tiny = 1e-300;

    /// <summary>Computes ln I_x(a, b) for a, b &gt; 0 and 0 ≤ x ≤ 1 (−∞ at x = 0).</summary>
    internal static double LogRegularized(double a, double b, double x)
    {
        if (x <= 0)
        {
            return double.NegativeInfinity;
        }

        if (x >= 1)
        {
            return 0;
        }

        if (x < (a + 1) / (a + b + 2))
        {
            return LogDirect(a, b, x);
        }

        // I_x(a, b) = 1 − I_{1−x}(b, a).
        var complement = Math.Exp(LogDirect(b, a, 1 - x));
        return Math.Log(Math.Max(0, 1 - complement));
    }

    /// <summary>Computes I_x(a, b).</summary>
    internal static double Regularized(double a, double b, double x) => Math.Exp(LogRegularized(a, b, x));

    private static double LogDirect(double a, double b, double x)
    {
        var logPrefactor = (a * Math.Log(x)) + (b * Math.Log(1 - x)) - Math.Log(a) - SpecialFunctions.LogBeta(a, b);
        return logPrefactor + Math.Log(ContinuedFraction(a, b, x));
    }

    private static double ContinuedFraction(double a, double b, double x)
    {
        // 1 / (1 + d1 / (1 + d2 / (1 + ...))) with d_{2m+1} = −(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1))
        // and d_{2m} = m (b − m) x / ((a + 2m − 1)(a + 2m)), by the modified Lentz method.
        var f = 1.0;
        var c = 1.0;
        var d = 0.0;
        for (var i = 1; i <= MaxIterations; i++)
        {
            var m = i / 2;
            var coefficient = (i & 1) == 1
                ? -(a + m) * (a + b + m) * x / ((a + (2 * m)) * (a + (2 * m) + 1))
                : m * (b - m) * x / ((a + (2 * m) - 1) * (a + (2 * m)));
            d = 1 + (coefficient * d);
            d = Math.Abs(d) < Tiny ? Tiny : d;
            c = 1 + (coefficient / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            d = 1 / d;
            var delta = c * d;
            f *= delta;
            if (Math.Abs(delta - 1) < 1e-16)
            {
                break;
            }
        }

        // f is the value of 1 + d1/(1 + d2/(...)); the fraction we need is its reciprocal.
        return 1 / f;
    }
}
