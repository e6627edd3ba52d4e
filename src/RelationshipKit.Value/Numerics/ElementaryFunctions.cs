namespace RelationshipKit.Value.Numerics;

/// <summary>
/// Accurate forms of exp(x) − 1, ln(1 + x) and their log-space companions, which the likelihoods need near 0
/// where the naive forms lose every digit.
/// </summary>
/// <remarks>
/// .NET 8's <c>double.ExpM1</c> and <c>double.LogP1</c> are computed naively as <c>Exp(x) − 1</c> and
/// <c>Log(x + 1)</c>, so they are not used. The corrections below are Kahan's (Goldberg 1991, "What every computer
/// scientist should know about floating-point arithmetic", theorem 4): the rounding error of <c>1 + x</c> or of
/// <c>exp(x)</c> is divided out exactly, leaving a few ulps of error.
/// </remarks>
internal static class ElementaryFunctions
{
    private static readonly double LogHalf = -Math.Log(2);

    /// <summary>Computes ln(1 + x) for x ≥ −1 to a few ulps, also for tiny x.</summary>
    internal static double Log1P(double x)
    {
        var u = 1 + x;
        if (u == 1)
        {
            return x;
        }

        if (double.IsPositiveInfinity(u))
        {
            return u;
        }

        return Math.Log(u) * x / (u - 1);
    }

    /// <summary>Computes exp(x) − 1 to a few ulps, also for tiny x.</summary>
    internal static double ExpM1(double x)
    {
        if (Math.Abs(x) > 0.5)
        {
            return Math.Exp(x) - 1;
        }

        var u = Math.Exp(x);
        if (u == 1)
        {
            return x;
        }

        var um1 = u - 1;
        return um1 * x / Math.Log(u);
    }

    /// <summary>Computes (exp(x) − 1) / x, which is 1 at x = 0.</summary>
    internal static double ExpM1OverX(double x) => x == 0 ? 1 : ExpM1(x) / x;

    /// <summary>
    /// Computes (1 − exp(−ε·L)) / ε for L ≥ 0, with the limit L at ε = 0: the integral ∫₀^L exp(−ε·u) du that
    /// appears in every "(1 − (β/(β+t))^(s−1)) / (s − 1)" of the buy-till-you-die models.
    /// </summary>
    internal static double OneMinusExpOverRate(double epsilon, double length)
    {
        var product = epsilon * length;
        return product == 0 ? length : -ExpM1(-product) / epsilon;
    }

    /// <summary>Computes ln(1 − exp(x)) for x ≤ 0 (−∞ at x = 0), choosing the accurate branch (Mächler 2012).</summary>
    internal static double Log1MExp(double x)
    {
        if (x >= 0)
        {
            return double.NegativeInfinity;
        }

        return x > LogHalf ? Math.Log(-ExpM1(x)) : Log1P(-Math.Exp(x));
    }

    /// <summary>Computes ln(exp(a) + exp(b)) without overflow; −∞ arguments are allowed.</summary>
    internal static double LogAddExp(double a, double b)
    {
        if (a < b)
        {
            (a, b) = (b, a);
        }

        if (double.IsNegativeInfinity(b))
        {
            return a;
        }

        return a + Log1P(Math.Exp(b - a));
    }
}
