namespace RelationshipKit.Value.Numerics;

/// <summary>
/// The Gauss hypergeometric function ₂F₁(a, b; c; z) for real arguments with z &lt; 1, as the models need it
/// (sBG's discounted expected lifetime, BG/NBD's conditional expectation, Pareto/NBD's likelihood).
/// </summary>
/// <remarks>
/// For 0 ≤ z &lt; 1 the defining power series is summed directly (terms are rescaled so that large a, b never
/// overflow; see <see cref="LogHyp2F1"/>). For z &lt; 0 the Pfaff transformation
/// ₂F₁(a, b; c; z) = (1 − z)^(−a) ₂F₁(a, c − b; c; z / (z − 1)) (Abramowitz &amp; Stegun 15.3.4) maps the
/// argument into [0, 1). The series converges geometrically with ratio z; callers keep z away from 1 or use a
/// closed form there.
/// </remarks>
internal static class Hypergeometric
{
    private const int MaxTerms = 1_000_000;
    private const double Rescale = 1e200;
    private static readonly double LogRescale = Math.Log(Rescale);

    /// <summary>Computes ₂F₁(a, b; c; z) for z &lt; 1 and c &gt; 0; NaN when the series does not converge within a million terms.</summary>
    internal static double Hyp2F1(double a, double b, double c, double z)
    {
        if (z < 0)
        {
            var w = z / (z - 1);
            return Math.Pow(1 - z, -a) * SignedSeries(a, c - b, c, w);
        }

        return SignedSeries(a, b, c, z);
    }

    /// <summary>
    /// Computes ln ₂F₁(a, b; c; z) for a, b, c &gt; 0 and 0 ≤ z &lt; 1, where every term of the series is positive;
    /// the running sum is rescaled so that huge values (a or b in the thousands) do not overflow.
    /// Returns NaN when the series does not converge within a million terms.
    /// </summary>
    internal static double LogHyp2F1(double a, double b, double c, double z)
    {
        if (z == 0)
        {
            return 0;
        }

        var logScale = 0.0;
        var term = 1.0;
        var sum = 1.0;
        for (var k = 0; k < MaxTerms; k++)
        {
            term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
            sum += term;
            if (sum > Rescale)
            {
                sum /= Rescale;
                term /= Rescale;
                logScale += LogRescale;
            }

            // Stop when the terms are decreasing and negligible.
            if (term <= sum * 1e-17 && (a + k) * (b + k) * z < (c + k) * (k + 1))
            {
                return logScale + Math.Log(sum);
            }
        }

        return double.NaN;
    }

    private static double SignedSeries(double a, double b, double c, double z)
    {
        var term = 1.0;
        var sum = 1.0;
        for (var k = 0; k < MaxTerms; k++)
        {
            term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
            sum += term;
            if (term == 0 || (Math.Abs(term) <= Math.Abs(sum) * 1e-17 && Math.Abs((a + k) * (b + k) * z) < Math.Abs((c + k) * (k + 1))))
            {
                return sum;
            }

            if (!double.IsFinite(sum))
            {
                return double.NaN;
            }
        }

        return double.NaN;
    }
}
