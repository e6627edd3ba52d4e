using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Value.Models.BgBb;

/// <summary>
/// The BG/BB likelihood, its analytic gradient and the conditional expectations for one parameter set. Construct
/// one per parameter set (it caches the constants) and call it per customer.
/// </summary>
/// <remarks>
/// <para>Fader, Hardie &amp; Shang (2010), "Customer-Base Analysis in a Discrete-Time Noncontractual Setting",
/// Marketing Science 29(6), eq. 5: for x purchases in n opportunities, the last at opportunity t_x,</para>
/// <code>L = B(α+x, β+n−x)/B(α,β) · B(γ, δ+n)/B(γ,δ) + Σ_{i=0}^{n−t_x−1} B(α+x, β+t_x−x+i)/B(α,β) · B(γ+1, δ+t_x+i)/B(γ,δ).</code>
/// <para>The first term is "alive through n", the others "died right after opportunity t_x + i". Consecutive terms of
/// the sum differ by the factor (β+t_x−x+i)/(α+β+t_x+i) · (δ+t_x+i)/(γ+1+δ+t_x+i) &lt; 1, so the sum is formed from
/// its first term without further beta functions or overflow, and the two parts are added in log space. The
/// gradient uses ψ(z + 1) = ψ(z) + 1/z along the sum.</para>
/// </remarks>
internal readonly struct BgBbMath
{
    /// <summary>The longest horizon summed term by term; longer ones use the closed form.</summary>
    internal const long DirectSumLimit = 100_000;

    private const int MaxDiscountTerms = 200_000;

    private readonly double _alpha;
    private readonly double _beta;
    private readonly double _gamma;
    private readonly double _delta;
    private readonly double _logBetaAB;
    private readonly double _logBetaGD;

    public BgBbMath(double alpha, double beta, double gamma, double delta)
    {
        _alpha = alpha;
        _beta = beta;
        _gamma = gamma;
        _delta = delta;
        _logBetaAB = SpecialFunctions.LogBeta(alpha, beta);
        _logBetaGD = SpecialFunctions.LogBeta(gamma, delta);
    }

    /// <summary>Computes the log-likelihood of one customer (x, t_x, n).</summary>
    public double LogLikelihood(double x, double tx, double n) => LogLikelihood(x, tx, n, false, out _, out _, out _, out _);

    /// <summary>Computes the log-likelihood of one customer and, when asked, its gradient with respect to (α, β, γ, δ).</summary>
    public double LogLikelihood(double x, double tx, double n, bool wantGradient, out double dAlpha, out double dBeta, out double dGamma, out double dDelta)
    {
        double a = _alpha, b = _beta, g = _gamma, d = _delta;
        var ax = a + x;
        var logAlive = SpecialFunctions.LogBeta(ax, b + n - x) + SpecialFunctions.LogBeta(g, d + n);
        var count = (long)(n - tx);
        var logFirst = double.NegativeInfinity;
        double sum = 0, sumAB = 0, sumB = 0, sumG = 0, sumD = 0;
        if (count > 0)
        {
            logFirst = SpecialFunctions.LogBeta(ax, b + tx - x) + SpecialFunctions.LogBeta(g + 1, d + tx);
            double psiAB = 0, psiB = 0, psiG = 0, psiD = 0;
            if (wantGradient)
            {
                psiAB = SpecialFunctions.Digamma(a + b + tx);
                psiB = SpecialFunctions.Digamma(b + tx - x);
                psiG = SpecialFunctions.Digamma(g + 1 + d + tx);
                psiD = SpecialFunctions.Digamma(d + tx);
            }

            var term = 1.0;
            for (long i = 0; i < count; i++)
            {
                var u = tx + i;
                sum += term;
                if (wantGradient)
                {
                    sumAB += term * psiAB;
                    sumB += term * psiB;
                    sumG += term * psiG;
                    sumD += term * psiD;
                    psiAB += 1 / (a + b + u);
                    psiB += 1 / (b + u - x);
                    psiG += 1 / (g + 1 + d + u);
                    psiD += 1 / (d + u);
                }

                term *= (b + u - x) / (a + b + u) * (d + u) / (g + 1 + d + u);

                // The terms fall at least like a power (u + 1)^−(α+x+γ+1), so the rest of the sum is below
                // term (u + 1) / (α + x + γ): stop when that no longer changes it (long histories only).
                if (term * (u + 1) < 1e-17 * sum * (ax + g))
                {
                    break;
                }
            }
        }

        var logSum = count > 0 ? logFirst + Math.Log(sum) : double.NegativeInfinity;
        var logBracket = ElementaryFunctions.LogAddExp(logAlive, logSum);
        if (wantGradient)
        {
            var alive = Math.Exp(logAlive - logBracket);
            var dead = 1 - alive;
            var inverse = count > 0 ? 1 / sum : 0;
            var psiABn = SpecialFunctions.Digamma(a + b + n);
            var psiGDn = SpecialFunctions.Digamma(g + d + n);
            var psiAB0 = SpecialFunctions.Digamma(a + b);
            var psiGD0 = SpecialFunctions.Digamma(g + d);
            var psiG0 = SpecialFunctions.Digamma(g);
            dAlpha = -(SpecialFunctions.Digamma(a) - psiAB0) + SpecialFunctions.Digamma(ax) - (alive * psiABn) - (dead * sumAB * inverse);
            dBeta = -(SpecialFunctions.Digamma(b) - psiAB0) + (alive * (SpecialFunctions.Digamma(b + n - x) - psiABn)) + (dead * (sumB - sumAB) * inverse);
            dGamma = -(psiG0 - psiGD0) + (alive * (psiG0 - psiGDn)) + (dead * (SpecialFunctions.Digamma(g + 1) - (sumG * inverse)));
            dDelta = -(SpecialFunctions.Digamma(d) - psiGD0) + (alive * (SpecialFunctions.Digamma(d + n) - psiGDn)) + (dead * (sumD - sumG) * inverse);
        }
        else
        {
            dAlpha = dBeta = dGamma = dDelta = 0;
        }

        return logBracket - _logBetaAB - _logBetaGD;
    }

    /// <summary>Computes P(alive at opportunity n + 1 | x, t_x, n) (FHS 2010, eq. 11).</summary>
    public double ProbabilityAlive(double x, double tx, double n)
    {
        var logL = LogLikelihood(x, tx, n);
        var logAliveNext = SpecialFunctions.LogBeta(_alpha + x, _beta + n - x) - _logBetaAB + SpecialFunctions.LogBeta(_gamma, _delta + n + 1) - _logBetaGD;
        return Math.Min(1, Math.Exp(logAliveNext - logL));
    }

    /// <summary>Computes E[purchases in opportunities n+1 … n+k | x, t_x, n] (FHS 2010, eq. 13).</summary>
    public double ConditionalExpectedPurchases(long horizon, double x, double tx, double n) =>
        horizon == 0 ? 0 : Math.Exp(LogPurchaseFactor(x, tx, n) + LogSurvivalSum(n, horizon));

    /// <summary>Computes the discounted expected residual transactions with per-period rate d (FHS 2010, eq. 14).</summary>
    public double DiscountedExpectedResidualPurchases(double x, double tx, double n, double discountRate) =>
        Math.Exp(LogPurchaseFactor(x, tx, n) + LogDiscountedSurvivalSum(n, 1 / (1 + discountRate)));

    /// <summary>Computes E[X(n)] for a new customer: (α/(α+β)) Σ_{j=1}^{n} B(γ, δ+j)/B(γ, δ) (FHS 2010, eq. 7).</summary>
    public double ExpectedPurchases(long opportunities) =>
        opportunities == 0 ? 0 : _alpha / (_alpha + _beta) * Math.Exp(LogSurvivalSum(0, opportunities));

    /// <summary>Computes P(X(n) = x) for a new customer (FHS 2010, eq. 8).</summary>
    public double ProbabilityOfPurchases(int count, int opportunities)
    {
        if (count > opportunities)
        {
            return 0;
        }

        double x = count, n = opportunities;
        var logChoose = LogChoose(n, x);
        var logAlive = logChoose + SpecialFunctions.LogBeta(_alpha + x, _beta + n - x) - _logBetaAB + SpecialFunctions.LogBeta(_gamma, _delta + n) - _logBetaGD;
        if (count == opportunities)
        {
            return Math.Min(1, Math.Exp(logAlive));
        }

        // Σ_{i=x}^{n−1} C(i, x) B(α+x, β+i−x)/B(α,β) · B(γ+1, δ+i)/B(γ,δ), relative to its first term (i = x), with
        // rescaling because C(i, x) can grow by many orders of magnitude along the sum.
        var logFirst = SpecialFunctions.LogBeta(_alpha + x, _beta) - _logBetaAB + SpecialFunctions.LogBeta(_gamma + 1, _delta + x) - _logBetaGD;
        double term = 1, sum = 0, logScale = 0;
        for (var i = x; i < n; i++)
        {
            sum += term;
            term *= (i + 1) / (i + 1 - x) * (_beta + i - x) / (_alpha + _beta + i) * (_delta + i) / (_gamma + 1 + _delta + i);
            if (sum > 1e200)
            {
                sum *= 1e-200;
                term *= 1e-200;
                logScale += 200 * Math.Log(10);
            }
        }

        var logDead = logFirst + logScale + Math.Log(sum);
        return Math.Min(1, Math.Exp(ElementaryFunctions.LogAddExp(logAlive, logDead)));
    }

    /// <summary>ln of B(α+x+1, β+n−x) / B(α,β) / L: the posterior transaction propensity of a living customer, times P(alive at n).</summary>
    private double LogPurchaseFactor(double x, double tx, double n) =>
        SpecialFunctions.LogBeta(_alpha + x + 1, _beta + n - x) - _logBetaAB - LogLikelihood(x, tx, n);

    /// <summary>ln Σ_{j=1}^{k} B(γ, δ+n+j) / B(γ, δ): the log of the expected number of the next k opportunities survived.</summary>
    private double LogSurvivalSum(double n, long horizon)
    {
        double g = _gamma, d = _delta;
        var c = d + n;
        if (horizon <= DirectSumLimit)
        {
            // Terms relative to the first, B(γ, c+1)/B(γ,δ), which may be far below the smallest double.
            double term = 1, sum = 0;
            for (long j = 1; j <= horizon; j++)
            {
                sum += term;
                term *= (c + j) / (g + c + j);
            }

            return SpecialFunctions.LogBeta(g, c + 1) - _logBetaGD + Math.Log(sum);
        }

        // Telescoping B(γ, y) = B(γ−1, y) − B(γ−1, y+1) gives
        // Γ(γ+δ)/((γ−1)Γ(δ)) [Γ(c+1)/Γ(γ+c) − Γ(c+k+1)/Γ(γ+c+k)] = front · (1 − e^D)/(γ − 1),
        // D = ln[Γ(c+k+1)/Γ(γ+c+k)] − ln[Γ(c+1)/Γ(γ+c)]. Near γ = 1 both D and γ − 1 vanish: there D/(γ−1) is
        // −(1/ε)∫₀^ε [ψ(c+k+1+t) − ψ(c+1+t)] dt with ε = γ − 1, by Simpson's rule (error O(ε⁴)), finite at ε = 0.
        var epsilon = g - 1;
        var logFirst = SpecialFunctions.LogGamma(c + 1) - SpecialFunctions.LogGamma(g + c);
        var front = SpecialFunctions.LogGamma(g + d) - SpecialFunctions.LogGamma(d) + logFirst;
        double dOverEpsilon;
        if (Math.Abs(epsilon) < 0.05)
        {
            double upper = c + horizon + 1, lower = c + 1;
            dOverEpsilon = -(SpecialFunctions.Digamma(upper) - SpecialFunctions.Digamma(lower)
                + (4 * (SpecialFunctions.Digamma(upper + (epsilon / 2)) - SpecialFunctions.Digamma(lower + (epsilon / 2))))
                + SpecialFunctions.Digamma(upper + epsilon) - SpecialFunctions.Digamma(lower + epsilon)) / 6;
        }
        else
        {
            var logLast = SpecialFunctions.LogGamma(c + horizon + 1) - SpecialFunctions.LogGamma(g + c + horizon);
            dOverEpsilon = (logLast - logFirst) / epsilon;
        }

        var difference = dOverEpsilon * epsilon;
        return front + Math.Log(-dOverEpsilon * ElementaryFunctions.ExpM1OverX(difference));
    }

    /// <summary>ln Σ_{k≥1} z^k B(γ, δ+n+k)/B(γ,δ): the discounted expected number of future opportunities survived.</summary>
    private double LogDiscountedSurvivalSum(double n, double z)
    {
        double g = _gamma, d = _delta;
        var c = d + n;
        var tail = z / (1 - z);
        double term = 1, sum = 1;
        for (var j = 0; j < MaxDiscountTerms; j++)
        {
            term *= (c + 1 + j) / (g + c + 1 + j) * z;
            sum += term;
            if (term * tail <= 1e-16 * sum)
            {
                return SpecialFunctions.LogBeta(g, c + 1) - _logBetaGD + Math.Log(z) + Math.Log(sum);
            }
        }

        // Rates so small that the series would need more terms: integrate over the dropout probability instead.
        return LogDiscountedSurvivalSumByQuadrature(n, z);
    }

    /// <summary>ln Σ_{k≥1} z^k B(γ, δ+n+k)/B(γ,δ) as ∫₀¹ θ^(γ−1) (1−θ)^(δ+n) z / (1 − z(1−θ)) dθ / B(γ,δ), in v = ln θ.</summary>
    internal double LogDiscountedSurvivalSumByQuadrature(double n, double z)
    {
        var integrand = new DiscountIntegrand(_gamma, _delta + n, z);
        var lower = Math.Min(Math.Log(1 - z), -1) - (60 / _gamma) - 5;
        Span<double> result = stackalloc double[1];
        var scale = AdaptiveQuadrature.Integrate(ref integrand, lower, 0, result, 1e-13);
        return scale + Math.Log(result[0]) - _logBetaGD;
    }

    private static double LogChoose(double n, double k) =>
        SpecialFunctions.LogGamma(n + 1) - SpecialFunctions.LogGamma(k + 1) - SpecialFunctions.LogGamma(n - k + 1);

    /// <summary>ln of e^(γv) (1 − e^v)^(δ+n) z / (1 − z + z e^v), the discounted-survival integrand in v = ln θ.</summary>
    private readonly struct DiscountIntegrand(double gamma, double power, double z) : ILogIntegrand
    {
        public int WeightCount => 0;

        public double Evaluate(double x, Span<double> weights) =>
            (gamma * x) + (power * ElementaryFunctions.Log1MExp(x)) + Math.Log(z) - Math.Log(1 - z + (z * Math.Exp(x)));
    }
}
