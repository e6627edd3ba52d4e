namespace RelationshipKit.Value.Numerics;

/// <summary>
/// The confluent hypergeometric function of the second kind (Tricomi's) U(a, b, z) for a &gt; 0, real b and
/// z &gt; 0, in log space: the Ψ(a, b; z) of Fader, Hardie &amp; Lee (2005) in the Pareto/NBD discounted expected
/// residual transactions.
/// </summary>
/// <remarks>
/// <para>For b = a (the case the Pareto/NBD needs) U(a, a, z) = e^z Γ(1 − a, z) exactly (DLMF 13.6.6), computed by
/// <see cref="IncompleteGamma.LogUpper"/>: a handful of terms, accurate to a few ulps in the log.</para>
/// <para>Otherwise the integral representation U(a, b, z) = (1/Γ(a)) ∫₀^∞ e^(−zt) t^(a−1) (1 + t)^(b−a−1) dt
/// (DLMF 13.4.4, valid for a &gt; 0, z &gt; 0) is integrated in the variable w = ln t by
/// <see cref="AdaptiveQuadrature"/>, which is slower (a few hundred evaluations) but uniform in a, b and z.</para>
/// </remarks>
internal static class ConfluentHypergeometric
{
    /// <summary>Computes U(a, b, z) for a &gt; 0 and z &gt; 0; NaN outside that domain; +∞ when it overflows.</summary>
    internal static double U(double a, double b, double z) => Math.Exp(LogU(a, b, z));

    /// <summary>Computes ln U(a, b, z) for a &gt; 0 and z &gt; 0; NaN outside that domain.</summary>
    internal static double LogU(double a, double b, double z)
    {
        if (!(a > 0) || !(z > 0) || !double.IsFinite(a) || !double.IsFinite(b) || !double.IsFinite(z))
        {
            return double.NaN;
        }

        if (b == a)
        {
            return z + IncompleteGamma.LogUpper(1 - a, z);
        }

        return LogUByQuadrature(a, b, z);
    }

    /// <summary>ln U(a, b, z) from DLMF 13.4.4 in the variable w = ln t.</summary>
    internal static double LogUByQuadrature(double a, double b, double z)
    {
        var integrand = new Integrand(a, b - a - 1, z);

        // The log-integrand rises with slope a for w → −∞ and falls double-exponentially for w → +∞:
        // bracket its stationary point and walk out until it is negligible.
        var c = b - a - 1;
        var high = Math.Log((a + Math.Max(c, 0)) / z) + 1;
        var low = Math.Log(a / (2 * (Math.Abs(c) + z + a))) - 1;
        for (var i = 0; i < 200; i++)
        {
            var mid = 0.5 * (low + high);
            if (integrand.Slope(mid) > 0)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        var peak = 0.5 * (low + high);
        var top = integrand.LogValue(peak);
        var cut = top - 50 + Math.Min(0, Math.Log(a));
        var left = peak - 1;
        for (var step = 1.0; integrand.LogValue(left) > cut && step < 1e15; step *= 2)
        {
            left = peak - step;
        }

        var right = peak + 1;
        for (var step = 1.0; integrand.LogValue(right) > top - 50 && step < 1e4; step *= 2)
        {
            right = peak + step;
        }

        Span<double> result = stackalloc double[1];
        var scale = AdaptiveQuadrature.Integrate(ref integrand, left, right, result, 1e-14);
        return scale + Math.Log(result[0]) - SpecialFunctions.LogGamma(a);
    }

    /// <summary>ln of e^(−z e^w) e^(a w) (1 + e^w)^c, the integrand of DLMF 13.4.4 with t = e^w.</summary>
    private readonly struct Integrand(double a, double c, double z) : ILogIntegrand
    {
        public int WeightCount => 0;

        public double Evaluate(double x, Span<double> weights) => LogValue(x);

        public double LogValue(double w) => (a * w) - (z * Math.Exp(w)) + (c * SoftPlus(w));

        public double Slope(double w) => a - (z * Math.Exp(w)) + (c * Logistic(w));

        private static double SoftPlus(double w) => w > 0 ? w + LogSpace.Log1P(Math.Exp(-w)) : LogSpace.Log1P(Math.Exp(w));

        private static double Logistic(double w) => 1 / (1 + Math.Exp(-w));
    }
}
