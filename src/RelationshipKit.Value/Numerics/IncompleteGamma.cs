namespace RelationshipKit.Value.Numerics;

/// <summary>
/// The upper incomplete gamma function Γ(ν, z) = ∫_z^∞ t^(ν−1) e^(−t) dt for every real order ν (also 0 and
/// negative orders) and z &gt; 0, in log space. It gives the confluent hypergeometric U(a, a, z) that the
/// Pareto/NBD discounted expected residual transactions need.
/// </summary>
/// <remarks>
/// <para>Three regimes, as in Numerical Recipes §6.2 extended to ν ≤ 0 following Gautschi (1979, "A computational
/// procedure for incomplete gamma functions", ACM TOMS 5):</para>
/// <list type="bullet">
/// <item>ν &gt; 1/2 and z &lt; ν + 1: Γ(ν) minus the lower function's power series.</item>
/// <item>otherwise, z ≥ 1 (or z ≥ ν + 1): Legendre's continued fraction (A&amp;S 6.5.31), by the modified Lentz method.</item>
/// <item>ν ≤ 1/2, z &lt; 1: a series that stays finite through the pole of Γ(ν) at ν = 0, at an order ν₀ in (−1/2, 1/2],
/// then the recurrence Γ(ν, z) = (Γ(ν + 1, z) − z^ν e^(−z)) / ν downwards, on the scaled function e^z z^(−ν) Γ(ν, z)
/// (stable in that direction for z &lt; 1 and free of overflow).</item>
/// </list>
/// </remarks>
internal static class IncompleteGamma
{
    private const double EulerGamma = 0.57721566490153286061;
    private const double Tiny = 1e-300;
    private const int MaxIterations = 100_000;

    // ζ(k) for k = 2..25: the Taylor coefficients of ln Γ(1 + ν) (A&S 6.1.33).
    private static readonly double[] Zeta =
    [
        1.6449340668482264365,
        1.2020569031595942854,
        1.0823232337111381915,
        1.0369277551433699263,
        1.0173430619844491397,
        1.0083492773819228268,
        1.0040773561979443394,
        1.0020083928260822144,
        1.0009945751278180853,
        1.0004941886041194646,
        1.0002460865533080483,
        1.0001227133475784891,
        1.0000612481350587048,
        1.0000305882363070205,
        1.0000152822594086519,
        1.0000076371976378998,
        1.0000038172932649998,
        1.0000019082127165539,
        1.0000009539620338728,
        1.0000004769329867878,
        1.0000002384505027277,
        1.0000001192199259653,
        1.0000000596081890513,
        1.0000000298035035147,
    ];

    /// <summary>Computes ln Γ(ν, z) for real ν and z &gt; 0 (NaN for z ≤ 0 or non-finite arguments).</summary>
    internal static double LogUpper(double nu, double z)
    {
        if (!(z > 0) || !double.IsFinite(nu) || double.IsNaN(z))
        {
            return double.NaN;
        }

        if (double.IsPositiveInfinity(z))
        {
            return double.NegativeInfinity;
        }

        if (nu > 0.5 && z < nu + 1)
        {
            return SpecialFunctions.LogGamma(nu) + LogSpace.Log1P(-RegularizedLowerSeries(nu, z));
        }

        if (z >= 1)
        {
            return LogContinuedFraction(nu, z);
        }

        // ν ≤ 1/2 and z < 1: start at ν₀ = ν + m in (−1/2, 1/2] and recur down on G(ν) = e^z z^(−ν) Γ(ν, z).
        var m = (int)Math.Floor(0.5 - nu);
        var nu0 = nu + m;
        var logZ = Math.Log(z);
        var g = Math.Exp(z - (nu0 * logZ)) * UpperNearZeroOrder(nu0, z, logZ);
        for (var k = 1; k <= m; k++)
        {
            g = ((z * g) - 1) / (nu0 - k);
        }

        return Math.Log(g) - z + (nu * logZ);
    }

    /// <summary>P(ν, z) = γ(ν, z) / Γ(ν) by its power series (ν &gt; 0).</summary>
    private static double RegularizedLowerSeries(double nu, double z)
    {
        var term = 1 / nu;
        var sum = term;
        for (var k = 1; k < MaxIterations; k++)
        {
            term *= z / (nu + k);
            sum += term;
            if (term < sum * 1e-17)
            {
                break;
            }
        }

        return Math.Exp((nu * Math.Log(z)) - z - SpecialFunctions.LogGamma(nu) + Math.Log(sum));
    }

    /// <summary>ln Γ(ν, z) by Legendre's continued fraction (modified Lentz).</summary>
    private static double LogContinuedFraction(double nu, double z)
    {
        var b = z + 1 - nu;
        var c = 1 / Tiny;
        var d = Math.Abs(b) < Tiny ? 1 / Tiny : 1 / b;
        var h = d;
        for (var i = 1; i < MaxIterations; i++)
        {
            var an = -i * (i - nu);
            b += 2;
            d = (an * d) + b;
            if (Math.Abs(d) < Tiny)
            {
                d = Tiny;
            }

            c = b + (an / c);
            if (Math.Abs(c) < Tiny)
            {
                c = Tiny;
            }

            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < 1e-16)
            {
                break;
            }
        }

        return (nu * Math.Log(z)) - z + Math.Log(h);
    }

    /// <summary>
    /// Γ(ν, z) for ν in (−1/2, 1/2] and 0 &lt; z &lt; 1 as
    /// (Γ(1 + ν) − 1)/ν − (z^ν − 1)/ν − z^ν Σ_{k≥1} (−z)^k / (k! (ν + k)), every part finite at ν = 0.
    /// </summary>
    private static double UpperNearZeroOrder(double nu, double z, double logZ)
    {
        var gammaPart = GammaOnePlusMinusOneOverNu(nu);
        var powerPart = logZ * ElementaryFunctions.ExpM1OverX(nu * logZ);
        var term = 1.0;
        var sum = 0.0;
        for (var k = 1; k < 200; k++)
        {
            term *= -z / k;
            var add = term / (nu + k);
            sum += add;
            if (Math.Abs(add) < 1e-17 * Math.Abs(sum))
            {
                break;
            }
        }

        return gammaPart - powerPart - (Math.Exp(nu * logZ) * sum);
    }

    /// <summary>(Γ(1 + ν) − 1) / ν, with the limit −γ at ν = 0.</summary>
    private static double GammaOnePlusMinusOneOverNu(double nu)
    {
        if (Math.Abs(nu) >= 0.1)
        {
            return LogSpace.ExpM1(SpecialFunctions.LogGamma(1 + nu)) / nu;
        }

        // ln Γ(1 + ν) / ν = −γ + Σ_{k≥2} (−1)^k ζ(k) ν^(k−1) / k.
        var sum = 0.0;
        var power = 1.0;
        for (var k = 2; k < Zeta.Length + 2; k++)
        {
            power *= -nu;
            var add = Zeta[k - 2] * power / k;
            sum += add;
            if (Math.Abs(add) < 1e-18)
            {
                break;
            }
        }

        // power carries (−ν)^(k−1), so the series above is Σ ζ(k) (−ν)^(k−1) / k = −Σ (−1)^k ζ(k) ν^(k−1) / k.
        var logGammaOverNu = -EulerGamma - sum;
        var logGamma = logGammaOverNu * nu;
        return logGammaOverNu * ElementaryFunctions.ExpM1OverX(logGamma);
    }
}
