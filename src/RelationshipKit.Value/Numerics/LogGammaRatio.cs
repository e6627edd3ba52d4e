namespace RelationshipKit.Value.Numerics;

/// <summary>
/// ln(Γ(x + a) / Γ(x)) without the cancellation of subtracting two large log-gammas (sBG survival far out in time).
/// </summary>
/// <remarks>
/// For x ≥ 15 and x + a ≥ 15 the difference of Stirling's series is rearranged as
/// a ln(x + a) + (x − ½) ln(1 + a/x) − a + [σ(x + a) − σ(x)], where σ(z) = Σₖ B₂ₖ / (2k(2k − 1) z²ᵏ⁻¹) is summed to
/// z⁻¹¹ (truncation below 2·10⁻¹⁵ at z = 15; Abramowitz &amp; Stegun 6.1.40). Every term is small or exact, so
/// the relative error stays near machine precision where lnΓ(x + a) − lnΓ(x) would lose log₁₀(x ln x) digits.
/// </remarks>
internal static class LogGammaRatio
{
    private const double AsymptoticFrom = 15;

    /// <summary>Computes ln(Γ(x + a) / Γ(x)) for x &gt; 0 and x + a &gt; 0.</summary>
    internal static double Compute(double x, double a)
    {
        var y = x + a;
        if (x < AsymptoticFrom || y < AsymptoticFrom)
        {
            return SpecialFunctions.LogGamma(y) - SpecialFunctions.LogGamma(x);
        }

        return (a * Math.Log(y)) + ((x - 0.5) * RateMath.Log1P(a / x)) - a + (Sigma(y) - Sigma(x));
    }

    private static double Sigma(double z)
    {
        var inv = 1 / z;
        var inv2 = inv * inv;
        return inv * ((1.0 / 12) - (inv2 * ((1.0 / 360) - (inv2 * ((1.0 / 1260) - (inv2 * ((1.0 / 1680) - (inv2 * ((1.0 / 1188) - (inv2 * 691.0 / 360360))))))))));
    }
}
