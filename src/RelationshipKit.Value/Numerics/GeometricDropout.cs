using System.Runtime.CompilerServices;

namespace RelationshipKit.Value.Numerics;

/// <summary>
/// The expected number of purchases in (0, t] of a customer who buys at Poisson rate λ and drops out with
/// probability p after each purchase, mixed over λ ~ Gamma(shape, rate) and p ~ Beta(a, b):
/// J = E[(1 − e^(−λ p t)) / p]. BG/NBD's E[X(t)] and E[Y(t) | x, t_x, T] and MBG/NBD's are all of this form with
/// updated parameters.
/// </summary>
/// <remarks>
/// <para>The published form (Fader, Hardie &amp; Lee 2005, eq. 9 and 10) is
/// J = (c / (a − 1)) [1 − (1 + u)^(−s) ₂F₁(s, b; c; z)] with s = shape, u = t / rate, z = u / (1 + u) and
/// c = a + b − 1. Taken literally it fails in three places the models reach: at a = 1 (0/0), for large x
/// (the ₂F₁ series first grows to e^x before it converges), and for large b (two numbers of size b cancel to
/// an answer of size 1). Two rearrangements of it, both exact, avoid these:</para>
/// <list type="bullet">
/// <item><description>Euler's transformation ₂F₁(s, b; c; z) = (1 − z)^(c − s − b) ₂F₁(c − s, a − 1; c; z)
/// (Abramowitz &amp; Stegun 15.3.3) turns J into c·E − (1 − z)^(a − 1)·T with E = (1 − (1 − z)^(a − 1)) / (a − 1)
/// (computed with expm1, and equal to −ln(1 − z) at a = 1) and
/// T = Σ_{k≥1} (c − s)_k (a)_{k−1} z^k / ((c + 1)_{k−1} k!). Its terms shrink like k/(c + k), so large x (large c)
/// converges in a few terms; it is used unless c is much larger than s.</description></item>
/// <item><description>For c ≫ s (large b) the two parts are combined term by term:
/// J = (1 − z)^(a − 1) Σ_{k≥1} (a)_{k−1} z^k ε_k / k! with ε_k = c − (c − s)_k / (c + 1)_{k−1}, built by the
/// recurrence ε_{k+1} = ε_k + Q_k s / (c + k), Q_{k+1} = Q_k (c − s + k)/(c + k), ε_1 = s, Q_1 = c − s. Every term is
/// positive, so nothing cancels.</description></item>
/// </list>
/// <para>Both series are summed with rescaling so that huge terms never overflow. When z is so close to 1 that a
/// series would need more than <see cref="MaxSeriesTerms"/> terms (a horizon tens of thousands of times the
/// customer's age), J is integrated instead: over y = logit(p) the Beta density is a smooth bell and the
/// integrand is analytic, so the trapezoidal rule converges exponentially (Trefethen &amp; Weideman 2014).</para>
/// </remarks>
internal static class GeometricDropout
{
    /// <summary>The most series terms summed before switching to quadrature.</summary>
    internal const int MaxSeriesTerms = 5_000;

    private const double Rescale = 1e200;
    private const double CancellationRatio = 8;

    /// <summary>The largest ratio of the biggest term to the answer that the Euler series may have (losing at most 4 digits of 16).</summary>
    private const double MaxCancellation = 1e4;

    /// <summary>Computes J for a, b, shape, rate &gt; 0 and horizon ≥ 0; a finite, non-negative number.</summary>
    internal static double ExpectedPurchases(double a, double b, double shape, double rate, double horizon)
    {
        if (horizon <= 0)
        {
            return 0;
        }

        var u = horizon / rate;
        var value = Series(a, b, shape, u);
        if (!double.IsFinite(value))
        {
            value = Quadrature(a, b, shape, u);
        }

        return Math.Max(0, value);
    }

    /// <summary>Computes J by the series; NaN when it does not converge within <see cref="MaxSeriesTerms"/> terms.</summary>
    internal static double Series(double a, double b, double s, double u)
    {
        if (!double.IsFinite(u))
        {
            return double.NaN;
        }

        var c = a + b - 1;
        var logOneOverOneMinusZ = LogSpace.Log1P(u);
        var z = u / (1 + u);
        var am1 = a - 1;
        return c > CancellationRatio * s
            ? IncrementSeries(a, c, s, z, am1, logOneOverOneMinusZ)
            : EulerSeries(a, c, s, z, am1, logOneOverOneMinusZ);
    }

    /// <summary>Computes J by trapezoidal quadrature over y = logit(p), with the far tails integrated analytically.</summary>
    /// <remarks>
    /// Over y the integrand e^(a ln p + b ln(1 − p)) f(p) / B(a, b), f(p) = (1 − (1 + p u)^(−s)) / p, is analytic in a
    /// strip around the real axis and decays at both ends, so the trapezoidal rule over the whole line with step ≤ 0.2
    /// is accurate to rounding. Where the Beta density still has mass at p &lt; p_c (or 1 − p &lt; q_c), p_c and q_c about
    /// 1e-16 over the integrand's scale, the integrand there is c·e^(a y) (or c·e^(−b y)) to a relative 1e-16, and the
    /// rule's infinitely many nodes beyond the cut are summed as a geometric series. About 500 points suffice.
    /// </remarks>
    internal static double Quadrature(double a, double b, double s, double u)
    {
        var logBeta = SpecialFunctions.LogBeta(a, b);
        var sigma = Math.Sqrt((1 / a) + (1 / b));
        var atOne = -LogSpace.ExpM1(-s * LogSpace.Log1P(u));
        var logPc = Math.Log(1e-16 / ((s * u) + b + s + 1));
        var logQc = Math.Log(1e-16 / (a + s + 2));
        var lowerCut = logPc - LogSpace.Log1P(-Math.Exp(logPc));
        var upperCut = LogSpace.Log1P(-Math.Exp(logQc)) - logQc;
        var mode = Math.Clamp(Math.Log(a / b), lowerCut, upperCut);
        var peak = LogDensity(a, b, logBeta, mode);

        // Walk out from the mode until the density (times the largest f, s u) is 45 below the peak's f(1) scale.
        var margin = 45 + Math.Log(1 + (s * u / Math.Max(atOne, 1e-300)));
        var lower = mode;
        for (var d = Math.Max(1, 4 * sigma); ; d *= 1.5)
        {
            lower = Math.Max(lowerCut, mode - d);
            if (lower == lowerCut || LogDensity(a, b, logBeta, lower) < peak - margin)
            {
                break;
            }
        }

        var upper = mode;
        for (var d = Math.Max(1, 4 * sigma); ; d *= 1.5)
        {
            upper = Math.Min(upperCut, mode + d);
            if (upper == upperCut || LogDensity(a, b, logBeta, upper) < peak - margin)
            {
                break;
            }
        }

        var h = Math.Min(0.2, sigma / 3);
        var steps = (int)Math.Min(2_000_000, Math.Max(16, Math.Ceiling((upper - lower) / h)));
        h = (upper - lower) / steps;
        var sum = 0.0;
        double first = 0, last = 0;
        for (var i = 0; i <= steps; i++)
        {
            var value = Integrand(a, b, s, u, logBeta, lower + (i * h));
            first = i == 0 ? value : first;
            last = value;
            sum += value;
        }

        // Beyond a cut the integrand is c·e^(a y) (left) or c·e^(−b y) (right) to a relative 1e-16, so the rule's
        // nodes continue there as a geometric series: h·g(y_end)/(e^(a h) − 1). Where the range ended because the
        // density vanished, the end node gets the usual weight ½ (its value is negligible anyway).
        sum -= lower == lowerCut ? -first / LogSpace.ExpM1(a * h) : 0.5 * first;
        sum -= upper == upperCut ? -last / LogSpace.ExpM1(b * h) : 0.5 * last;
        return sum * h;
    }

    private static double Integrand(double a, double b, double s, double u, double logBeta, double y)
    {
        var p = Math.Exp(-LogSpace.Softplus(-y));
        var f = -LogSpace.ExpM1(-s * LogSpace.Log1P(p * u)) / p;
        return Math.Exp(LogDensity(a, b, logBeta, y)) * f;
    }

    /// <summary>The log-density of logit(p) for p ~ Beta(a, b): a ln p + b ln(1 − p) − ln B(a, b).</summary>
    private static double LogDensity(double a, double b, double logBeta, double y) =>
        (-a * LogSpace.Softplus(-y)) - (b * LogSpace.Softplus(y)) - logBeta;

    // Hot loop: compiled fully optimised at once instead of starting in tier 0 (matters for one-shot CLI runs).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double EulerSeries(double a, double c, double s, double z, double am1, double logOneOverOneMinusZ)
    {
        // J = c·E − (1 − z)^(a − 1)·T.
        var e = am1 == 0 ? logOneOverOneMinusZ : -LogSpace.ExpM1(-am1 * logOneOverOneMinusZ) / am1;
        var cms = c - s;
        var term = cms * z;
        var sum = term;
        var largest = Math.Abs(term);
        var logScale = 0.0;
        if (term != 0)
        {
            var k = 1;
            while (true)
            {
                var ratio = (cms + k) * (a + k - 1) * z / ((c + k) * (k + 1));
                term *= ratio;
                sum += term;
                largest = Math.Max(largest, Math.Abs(term));
                if (term == 0 || (Math.Abs(term) <= 1e-17 * Math.Abs(sum) && Math.Abs(ratio) < 1))
                {
                    break;
                }

                if (Math.Abs(sum) > Rescale)
                {
                    sum /= Rescale;
                    term /= Rescale;
                    largest /= Rescale;
                    logScale += Math.Log(Rescale);
                }

                if (++k > MaxSeriesTerms)
                {
                    return double.NaN;
                }
            }
        }

        var scaledT = sum == 0 ? 0 : Math.Sign(sum) * Math.Exp(logScale + Math.Log(Math.Abs(sum)) - (am1 * logOneOverOneMinusZ));
        var value = (c * e) - scaledT;

        // When c − s is very negative the first terms alternate and can be far larger than the answer: give the
        // case to the quadrature rather than return a number whose digits cancelled away.
        var magnitude = Math.Max(Math.Abs(c * e), largest == 0 ? 0 : Math.Exp(logScale + Math.Log(largest) - (am1 * logOneOverOneMinusZ)));
        return InBounds(value, s, z, logOneOverOneMinusZ) && magnitude <= MaxCancellation * value ? value : double.NaN;
    }

    // Hot loop: compiled fully optimised at once instead of starting in tier 0 (matters for one-shot CLI runs).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double IncrementSeries(double a, double c, double s, double z, double am1, double logOneOverOneMinusZ)
    {
        var ak = z;
        var eps = s;
        var q = c - s;
        var sum = ak * eps;
        var logScale = 0.0;
        var k = 1;
        while (true)
        {
            eps += q * s / (c + k);
            q *= (c - s + k) / (c + k);
            var ratio = (a + k - 1) * z / (k + 1);
            ak *= ratio;
            var term = ak * eps;
            sum += term;
            if (term <= 1e-17 * sum && ratio < 1)
            {
                break;
            }

            if (sum > Rescale)
            {
                sum /= Rescale;
                ak /= Rescale;
                logScale += Math.Log(Rescale);
            }

            if (++k > MaxSeriesTerms)
            {
                return double.NaN;
            }
        }

        var value = Math.Exp(logScale + Math.Log(sum) - (am1 * logOneOverOneMinusZ));
        return InBounds(value, s, z, logOneOverOneMinusZ) ? value : double.NaN;
    }

    /// <summary>Checks f(1) ≤ J ≤ s u, the bounds from 1 − (1 + u)^(−s) ≤ f(p) ≤ s u (f decreases in p), with room for rounding.</summary>
    private static bool InBounds(double value, double s, double z, double logOneOverOneMinusZ)
    {
        var upper = s * z / (1 - z);
        var lower = -LogSpace.ExpM1(-s * logOneOverOneMinusZ);
        return value <= upper * (1 + 1e-10) && value >= lower * (1 - 1e-10);
    }
}
