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
    internal const int MaxSeriesTerms = 200_000;

    private const double Rescale = 1e200;
    private const double CancellationRatio = 8;

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

    /// <summary>Computes J by trapezoidal quadrature over logit(p); used when the series would be too long.</summary>
    internal static double Quadrature(double a, double b, double s, double u)
    {
        // Integrand over y = logit p: exp(a ln p + b ln(1 − p) − ln B(a, b)) · f(p), f(p) = (1 − (1 + p u)^(−s)) / p.
        var logBeta = SpecialFunctions.LogBeta(a, b);
        var mode = Math.Log(a / b);
        var sigma = Math.Sqrt((1 / a) + (1 / b));
        var h = Math.Min(0.5, Math.Min(sigma / 4, 2 / Math.Max(1, s)));

        // The log-density falls like a·y on the left and b·y on the right; stop where it is 60 below its peak
        // (and beyond where f changes, near p u ≈ 1).
        var lower = Math.Min(mode - (10 * sigma) - (60 / a), -Math.Log(Math.Max(u, 1e-300)) - 40);
        var upper = mode + (10 * sigma) + (60 / b);
        var steps = (int)Math.Min(4_000_000, Math.Ceiling((upper - lower) / h));
        h = (upper - lower) / steps;
        var sum = 0.0;
        for (var i = 0; i <= steps; i++)
        {
            var y = lower + (i * h);
            var logP = -LogSpace.Softplus(-y);
            var logQ = -LogSpace.Softplus(y);
            var p = Math.Exp(logP);
            var pu = p * u;
            var f = pu < 1e-10 ? s * u * (1 - (0.5 * (s + 1) * pu)) : -LogSpace.ExpM1(-s * LogSpace.Log1P(pu)) / p;
            var weight = i == 0 || i == steps ? 0.5 : 1.0;
            sum += weight * Math.Exp((a * logP) + (b * logQ) - logBeta) * f;
        }

        return sum * h;
    }

    private static double EulerSeries(double a, double c, double s, double z, double am1, double logOneOverOneMinusZ)
    {
        // J = c·E − (1 − z)^(a − 1)·T.
        var e = am1 == 0 ? logOneOverOneMinusZ : -LogSpace.ExpM1(-am1 * logOneOverOneMinusZ) / am1;
        var cms = c - s;
        var term = cms * z;
        var sum = term;
        var logScale = 0.0;
        if (term != 0)
        {
            var k = 1;
            while (true)
            {
                var ratio = (cms + k) * (a + k - 1) * z / ((c + k) * (k + 1));
                term *= ratio;
                sum += term;
                if (term == 0 || (Math.Abs(term) <= 1e-17 * Math.Abs(sum) && Math.Abs(ratio) < 1))
                {
                    break;
                }

                if (Math.Abs(sum) > Rescale)
                {
                    sum /= Rescale;
                    term /= Rescale;
                    logScale += Math.Log(Rescale);
                }

                if (++k > MaxSeriesTerms)
                {
                    return double.NaN;
                }
            }
        }

        var scaledT = sum == 0 ? 0 : Math.Sign(sum) * Math.Exp(logScale + Math.Log(Math.Abs(sum)) - (am1 * logOneOverOneMinusZ));
        return (c * e) - scaledT;
    }

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

        return Math.Exp(logScale + Math.Log(sum) - (am1 * logOneOverOneMinusZ));
    }
}
