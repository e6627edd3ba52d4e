namespace RelationshipKit.Value.Numerics;

/// <summary>
/// Special functions in double precision over the domain the models reach (arguments up to about 1e15).
/// </summary>
/// <remarks>
/// Written by hand rather than taken from MathNet.Numerics because the models call them millions of times per fit
/// and need them allocation-free and inlinable; accuracy is tested against high-precision reference values.
/// </remarks>
internal static class SpecialFunctions
{
    private const double HalfLogTwoPi = 0.91893853320467274178032973640562;

    // Lanczos approximation, g = 7, 9 coefficients (Godfrey's set), relative error of Γ about 2e-15; fewer terms
    // than the g = 607/128 set keep it as fast as MathNet.Numerics' GammaLn (docs/benchmarks.md, SpecialFunctions).
    private const double LanczosG = 7;

    private static readonly double[] LanczosCoefficients =
    [
        0.99999999999980993,
        676.5203681218851,
        -1259.1392167224028,
        771.32342877765313,
        -176.61502916214059,
        12.507343278686905,
        -0.13857109526572012,
        9.9843695780195716e-6,
        1.5056327351493116e-7,
    ];

    /// <summary>Computes ln Γ(x) for x &gt; 0.</summary>
    internal static double LogGamma(double x)
    {
        if (x < 0.5)
        {
            // Reflection keeps accuracy near 0: Γ(x) = Γ(x + 1) / x.
            return LogGamma(x + 1) - Math.Log(x);
        }

        if (x > 1e7)
        {
            // Stirling series; the Lanczos sum loses nothing here but Stirling is exact to rounding.
            var inv = 1 / x;
            var inv2 = inv * inv;
            return ((x - 0.5) * Math.Log(x)) - x + HalfLogTwoPi + (inv * ((1.0 / 12) - (inv2 * ((1.0 / 360) - (inv2 / 1260)))));
        }

        var z = x - 1;
        var sum = LanczosCoefficients[0];
        for (var i = 1; i < LanczosCoefficients.Length; i++)
        {
            sum += LanczosCoefficients[i] / (z + i);
        }

        var t = z + LanczosG + 0.5;
        return HalfLogTwoPi + ((z + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    /// <summary>Computes ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b) for a, b &gt; 0.</summary>
    /// <remarks>
    /// When one argument is large (≥ 1e4) the two big log-gammas are differenced analytically
    /// (<see cref="GammaRatios.LogGammaRatio"/>): ln B(a, b) = ln Γ(a) − [ln Γ(b + a) − ln Γ(b)]. Subtracting them
    /// directly loses every digit for b near 1e12 (ln Γ(b) ≈ 3e13 against an answer of about 30).
    /// </remarks>
    internal static double LogBeta(double a, double b)
    {
        var small = Math.Min(a, b);
        var large = Math.Max(a, b);
        return large >= 1e4 ? LogGamma(small) - GammaRatios.LogGammaRatio(large, small) : LogGamma(a) + LogGamma(b) - LogGamma(a + b);
    }

    /// <summary>Computes the digamma function ψ(x) for x &gt; 0.</summary>
    internal static double Digamma(double x)
    {
        var result = 0.0;
        while (x < 10)
        {
            result -= 1 / x;
            x += 1;
        }

        var inv = 1 / x;
        var inv2 = inv * inv;
        // Asymptotic expansion: ln x − 1/(2x) − Σ B_{2k} / (2k x^{2k}).
        return result + Math.Log(x) - (0.5 * inv)
            - (inv2 * ((1.0 / 12) - (inv2 * ((1.0 / 120) - (inv2 * ((1.0 / 252) - (inv2 * ((1.0 / 240) - (inv2 * ((1.0 / 132) - (inv2 * 691.0 / 32760)))))))))));
    }

    /// <summary>Computes the trigamma function ψ′(x) = d²/dx² ln Γ(x) for x &gt; 0.</summary>
    internal static double Trigamma(double x)
    {
        var result = 0.0;
        while (x < 10)
        {
            // ψ′(x) = ψ′(x + 1) + 1/x².
            result += 1 / (x * x);
            x += 1;
        }

        var inv = 1 / x;
        var inv2 = inv * inv;
        // Asymptotic expansion: 1/x + 1/(2x²) + Σ B_{2k} / x^{2k+1}.
        return result + inv + (0.5 * inv2)
            + (inv * inv2 * ((1.0 / 6) - (inv2 * ((1.0 / 30) - (inv2 * ((1.0 / 42) - (inv2 * ((1.0 / 30) - (inv2 * ((5.0 / 66) - (inv2 * 691.0 / 2730)))))))))));
    }
}
