namespace RelationshipKit.Value.Numerics;

/// <summary>
/// Log-space companions of <see cref="LogSpace"/> that the Pareto/NBD and BG/BB formulas need: ln(1 − e^x),
/// ln(e^a + e^b) and the (1 − e^(−εL))/ε factor of the expectations, each exact at its limit.
/// </summary>
internal static class ElementaryFunctions
{
    private static readonly double LogHalf = -Math.Log(2);

    /// <summary>Computes (exp(x) − 1) / x, which is 1 at x = 0.</summary>
    internal static double ExpM1OverX(double x) => x == 0 ? 1 : LogSpace.ExpM1(x) / x;

    /// <summary>
    /// Computes (1 − exp(−ε·L)) / ε for L ≥ 0, with the limit L at ε = 0: the integral ∫₀^L exp(−ε·u) du that
    /// appears in every "(1 − (β/(β+t))^(s−1)) / (s − 1)" of the buy-till-you-die models.
    /// </summary>
    internal static double OneMinusExpOverRate(double epsilon, double length)
    {
        var product = epsilon * length;
        return product == 0 ? length : -LogSpace.ExpM1(-product) / epsilon;
    }

    /// <summary>Computes ln(1 − exp(x)) for x ≤ 0 (−∞ at x = 0), choosing the accurate branch (Mächler 2012, "Accurately computing log(1 − exp(−|a|))").</summary>
    internal static double Log1MExp(double x)
    {
        if (x >= 0)
        {
            return double.NegativeInfinity;
        }

        return x > LogHalf ? Math.Log(-LogSpace.ExpM1(x)) : LogSpace.Log1P(-Math.Exp(x));
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

        return a + LogSpace.Log1P(Math.Exp(b - a));
    }
}
