namespace RelationshipKit.Value.Numerics;

/// <summary>
/// Differences of log-gamma values, ln Γ(x + d) − ln Γ(x), that stay accurate when x is huge (a Beta parameter
/// such as BG/NBD's b running to 1e12), where subtracting two separately computed log-gammas would lose every digit.
/// </summary>
/// <remarks>
/// For x ≥ 1e4 the Stirling series is differenced analytically:
/// ln Γ(x + d) − ln Γ(x) = (x − ½) ln(1 + d/x) + d ln(x + d) − d + S(x + d) − S(x), with
/// S(y) = 1/(12y) − 1/(360y³) + 1/(1260y⁵) (Abramowitz &amp; Stegun 6.1.40), whose truncation error is below 1e-21
/// there. Below 1e4 the log-gammas are subtracted directly (absolute error about 1e-14).
/// </remarks>
internal static class GammaRatios
{
    private const double StirlingThreshold = 1e4;

    /// <summary>Computes ln Γ(x + d) − ln Γ(x) for x &gt; 0 and d ≥ 0.</summary>
    internal static double LogGammaRatio(double x, double d)
    {
        if (d == 0)
        {
            return 0;
        }

        if (x < StirlingThreshold)
        {
            return SpecialFunctions.LogGamma(x + d) - SpecialFunctions.LogGamma(x);
        }

        var y = x + d;
        return ((x - 0.5) * LogSpace.Log1P(d / x)) + (d * Math.Log(y)) - d + StirlingTail(y) - StirlingTail(x);
    }

    /// <summary>Computes ln B(a, b + d) − ln B(a, b) = [ln Γ(b + d) − ln Γ(b)] − [ln Γ(a + b + d) − ln Γ(a + b)] for a, b &gt; 0, d ≥ 0.</summary>
    internal static double LogBetaRatio(double a, double b, double d) => LogGammaRatio(b, d) - LogGammaRatio(a + b, d);

    private static double StirlingTail(double y)
    {
        var inv = 1 / y;
        var inv2 = inv * inv;
        return inv * ((1.0 / 12) - (inv2 * ((1.0 / 360) - (inv2 / 1260))));
    }
}
