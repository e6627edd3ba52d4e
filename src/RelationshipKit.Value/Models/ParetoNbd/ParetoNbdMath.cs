using System.Runtime.CompilerServices;
using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Value.Models.ParetoNbd;

/// <summary>
/// The Pareto/NBD likelihood and P(alive) for one parameter set, in log space, with the analytic gradient.
/// Construct one per parameter set (it caches the logs of the parameters) and call it per customer.
/// </summary>
/// <remarks>
/// <para>Notation (Fader &amp; Hardie 2005, "A Note on Deriving the Pareto/NBD Model and Related Expressions"):
/// purchase rates λ ~ Gamma(r, α), dropout rates μ ~ Gamma(s, β); a customer has x repeat purchases, the last at
/// t_x, and is observed until T. The likelihood is</para>
/// <code>L = Γ(r+x) α^r β^s / Γ(r) · [ (α+T)^−(r+x) (β+T)^−s + s·J ],  J = ∫_{t_x}^{T} (α+u)^−(r+x) (β+u)^−(s+1) du,</code>
/// <para>where s·J is the note's s/(r+s+x) · A₀. J is the difference of two tails I(y) = ∫_y^∞ of the same
/// integrand, and a tail is a Gauss hypergeometric function: with M = max(α, β), m = min(α, β), P the power on
/// M + u, Q the power on m + u and a = P + Q − 1 = r + s + x,</para>
/// <code>I(y) = (M+y)^−a / a · ₂F₁(a, Q; a+1; z),  z = (M − m)/(M + y) ∈ [0, 1).</code>
/// <para>Taking M as the larger of α and β keeps z in [0, 1), as Fader &amp; Hardie advise. Euler's transformation
/// (A&amp;S 15.3.3) turns the function into (1 − z)^(1−Q) ₂F₁(1, P; P+Q; z), a series of positive terms whose ratio
/// is below z, so it neither overflows nor cancels however large x is; everything is kept in logs, and
/// J = I(t_x) − I(T) is formed as ln I(t_x) + ln(1 − e^(ln I(T) − ln I(t_x))). When z is so close to 1 that the
/// series would need more than <see cref="MaxSeriesTerms"/> terms (α and β orders of magnitude apart), J is
/// integrated directly by <see cref="AdaptiveQuadrature"/>, with its parameter derivatives on the same nodes.</para>
/// <para>The gradient is analytic: the series is differentiated term by term with respect to P, Q and z (running
/// sums of 1/(P+j) and 1/(P+Q+j)), so the optimiser and the observed-information standard errors see the exact
/// derivative of the computed likelihood.</para>
/// </remarks>
internal readonly struct ParetoNbdMath
{
    /// <summary>The most series terms before falling back to quadrature (reached only when z = |α − β| / (max(α, β) + t_x) is above about 0.97).</summary>
    internal const int MaxSeriesTerms = 1500;

    private readonly double _r;
    private readonly double _alpha;
    private readonly double _s;
    private readonly double _beta;
    private readonly double _logAlpha;
    private readonly double _logBeta;
    private readonly double _logS;
    private readonly bool _alphaLarger;

    public ParetoNbdMath(double r, double alpha, double s, double beta)
    {
        _r = r;
        _alpha = alpha;
        _s = s;
        _beta = beta;
        _logAlpha = Math.Log(alpha);
        _logBeta = Math.Log(beta);
        _logS = Math.Log(s);
        _alphaLarger = alpha >= beta;
    }

    /// <summary>
    /// Computes the log-likelihood of one customer and its gradient with respect to (r, α, s, β).
    /// <paramref name="logGammaRatio"/> is ln Γ(r+x) − ln Γ(r); <paramref name="digammaDifference"/> is ψ(r+x) − ψ(r).
    /// </summary>
    public double LogLikelihood(double x, double tx, double t, double logGammaRatio, double digammaDifference, out double dr, out double dAlpha, out double ds, out double dBeta)
    {
        var logJ = LogResidualIntegral(x, tx, t, true, out var logAlphaT, out var logBetaT, out var jr, out var jAlpha, out var js, out var jBeta);
        var logA = (-(_r + x) * logAlphaT) - (_s * logBetaT);
        var logBracket = Bracket(logA, _logS + logJ, out var dead);
        var alive = 1 - dead;
        dr = digammaDifference + _logAlpha - (alive * logAlphaT) + (dead * jr);
        dAlpha = (_r / _alpha) - (alive * (_r + x) / (_alpha + t)) + (dead * jAlpha);
        ds = _logBeta - (alive * logBetaT) + (dead * ((1 / _s) + js));
        dBeta = (_s / _beta) - (alive * _s / (_beta + t)) + (dead * jBeta);
        return logGammaRatio + (_r * _logAlpha) + (_s * _logBeta) + logBracket;
    }

    /// <summary>Computes the log-likelihood of one customer; <paramref name="logGammaRatio"/> is ln Γ(r+x) − ln Γ(r).</summary>
    public double LogLikelihood(double x, double tx, double t, double logGammaRatio)
    {
        var logJ = LogResidualIntegral(x, tx, t, false, out var logAlphaT, out var logBetaT, out _, out _, out _, out _);
        var logA = (-(_r + x) * logAlphaT) - (_s * logBetaT);
        return logGammaRatio + (_r * _logAlpha) + (_s * _logBeta) + Bracket(logA, _logS + logJ, out _);
    }

    /// <summary>Computes P(alive | x, t_x, T) = A / (A + s·J).</summary>
    public double ProbabilityAlive(double x, double tx, double t)
    {
        var logJ = LogResidualIntegral(x, tx, t, false, out var logAlphaT, out var logBetaT, out _, out _, out _, out _);
        if (double.IsNegativeInfinity(logJ))
        {
            return 1;
        }

        var logRatio = _logS + logJ + ((_r + x) * logAlphaT) + (_s * logBetaT);

        // 1 / (1 + e^logRatio), exact at both ends.
        return logRatio > 0 ? Math.Exp(-logRatio) / (1 + Math.Exp(-logRatio)) : 1 / (1 + Math.Exp(logRatio));
    }

    /// <summary>
    /// Computes ln J (−∞ when t_x = T) and, when asked, ∂ ln J / ∂(r, α, s, β); also returns ln(α+T) and ln(β+T).
    /// </summary>
    internal double LogResidualIntegral(double x, double tx, double t, bool wantGradient, out double logAlphaT, out double logBetaT, out double dr, out double dAlpha, out double ds, out double dBeta)
    {
        var alphaT = _alpha + t;
        var betaT = _beta + t;
        logAlphaT = Math.Log(alphaT);
        logBetaT = Math.Log(betaT);
        dr = dAlpha = ds = dBeta = 0;
        if (!(t > tx))
        {
            return double.NegativeInfinity;
        }

        var p = _r + x;
        var q = _s + 1;
        var bigP = _alphaLarger ? p : q;
        var bigQ = _alphaLarger ? q : p;
        var bigM = _alphaLarger ? _alpha : _beta;
        var smallM = _alphaLarger ? _beta : _alpha;
        var bigMt = _alphaLarger ? alphaT : betaT;
        var smallMt = _alphaLarger ? betaT : alphaT;
        var logBigT = _alphaLarger ? logAlphaT : logBetaT;
        var logSmallT = _alphaLarger ? logBetaT : logAlphaT;
        var bigMx = bigM + tx;
        var smallMx = smallM + tx;
        if (TryLogTails(bigP, bigQ, bigM - smallM, bigMx, smallMx, Math.Log(bigMx), Math.Log(smallMx), bigMt, smallMt, logBigT, logSmallT, wantGradient, out var at, out var atT))
        {
            var delta = atT.LogTail - at.LogTail;
            if (!(delta < 0))
            {
                // t_x and T are so close that the two tails agree to rounding: J is 0 in double precision.
                return double.NegativeInfinity;
            }

            var e = Math.Exp(delta);
            var oneMinus = delta < -0.5 ? 1 - e : -LogSpace.ExpM1(delta);
            if (wantGradient)
            {
                var inverse = 1 / oneMinus;
                var dP = (at.DP - (e * atT.DP)) * inverse;
                var dQ = (at.DQ - (e * atT.DQ)) * inverse;
                var dBig = (at.DBig - (e * atT.DBig)) * inverse;
                var dSmall = (at.DSmall - (e * atT.DSmall)) * inverse;
                dr = _alphaLarger ? dP : dQ;
                dAlpha = _alphaLarger ? dBig : dSmall;
                ds = _alphaLarger ? dQ : dP;
                dBeta = _alphaLarger ? dSmall : dBig;
            }

            return at.LogTail + Math.Log(oneMinus);
        }

        return LogResidualIntegralByQuadrature(x, tx, t, wantGradient, out dr, out dAlpha, out ds, out dBeta);
    }

    /// <summary>
    /// Computes ln I(y) = ln ∫_y^∞ (M+u)^−P (m+u)^−Q du at y = t_x and y = T from the Euler-transformed series (both in
    /// one loop: the term ratios (P+k)/(P+Q+k) are shared), with their partial derivatives with respect to
    /// (P, Q, M, m) when asked; false when the series at t_x, the slower of the two, needs too many terms.
    /// </summary>
    /// <param name="bigP">The power P on M + u.</param>
    /// <param name="bigQ">The power Q on m + u.</param>
    /// <param name="difference">M − m (≥ 0).</param>
    /// <param name="bigMx">M + t_x.</param>
    /// <param name="smallMx">m + t_x.</param>
    /// <param name="logBigX">ln(M + t_x).</param>
    /// <param name="logSmallX">ln(m + t_x).</param>
    /// <param name="bigMt">M + T (≥ M + t_x).</param>
    /// <param name="smallMt">m + T.</param>
    /// <param name="logBigT">ln(M + T).</param>
    /// <param name="logSmallT">ln(m + T).</param>
    /// <param name="wantGradient">Whether to compute the partial derivatives.</param>
    /// <param name="atRecency">ln I(t_x) and its partials.</param>
    /// <param name="atT">ln I(T) and its partials.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryLogTails(
        double bigP,
        double bigQ,
        double difference,
        double bigMx,
        double smallMx,
        double logBigX,
        double logSmallX,
        double bigMt,
        double smallMt,
        double logBigT,
        double logSmallT,
        bool wantGradient,
        out Tail atRecency,
        out Tail atT)
    {
        var z0 = difference / bigMx;
        var z1 = difference / bigMt;

        // S = ₂F₁(1, P; P+Q; z) = Σ t_k with t_{k+1} = t_k (P+k)/(P+Q+k) z. For the gradient, alongside:
        // dS/dz = Σ (k+1) t_k (P+k)/(P+Q+k), and ∂S/∂P, ∂S/∂Q from the running sums of 1/(P+j) and 1/(P+Q+j).
        // z at t_x is the larger, so its series is the slower: it decides when both have converged.
        double term0 = 1, sum0 = 1, dz0 = 0, dP0 = 0, dQ0 = 0;
        double term1 = 1, sum1 = 1, dz1 = 0, dP1 = 0, dQ1 = 0;
        double harmonicP = 0, harmonicPQ = 0;
        var tailBound = z0 / (1 - z0);
        var converged = false;
        if (wantGradient)
        {
            for (var k = 0; k < MaxSeriesTerms; k++)
            {
                var pk = bigP + k;
                var inverseC = 1 / (bigP + bigQ + k);
                var ratio = pk * inverseC;
                dz0 += (k + 1) * term0 * ratio;
                dz1 += (k + 1) * term1 * ratio;
                harmonicP += 1 / pk;
                harmonicPQ += inverseC;
                term0 *= ratio * z0;
                term1 *= ratio * z1;
                sum0 += term0;
                sum1 += term1;
                var spread = harmonicP - harmonicPQ;
                dP0 += term0 * spread;
                dP1 += term1 * spread;
                dQ0 -= term0 * harmonicPQ;
                dQ1 -= term1 * harmonicPQ;

                // Later terms shrink at least geometrically with ratio z, so the rest of S is below term·z/(1−z);
                // the derivative sums carry at most a factor (k + 2)(1 + harmonic sums) more. term1 ≤ term0 and
                // 1 ≤ sum1 ≤ sum0, so testing term0 against sum1 covers both series.
                if (term0 * tailBound * (k + 2) * (1 + harmonicP + harmonicPQ) <= 1e-16 * sum1)
                {
                    converged = true;
                    break;
                }
            }
        }
        else
        {
            for (var k = 0; k < MaxSeriesTerms; k++)
            {
                var ratio = (bigP + k) / (bigP + bigQ + k);
                term0 *= ratio * z0;
                term1 *= ratio * z1;
                sum0 += term0;
                sum1 += term1;
                if (term0 * tailBound <= 1e-16 * sum1)
                {
                    converged = true;
                    break;
                }
            }
        }

        if (!converged)
        {
            atRecency = atT = default;
            return false;
        }

        var a = bigP + bigQ - 1;
        var logA = Math.Log(a);
        atRecency = Tail.From(bigP, bigQ, a, logA, bigMx, smallMx, logBigX, logSmallX, sum0, dz0, dP0, dQ0, wantGradient);
        atT = Tail.From(bigP, bigQ, a, logA, bigMt, smallMt, logBigT, logSmallT, sum1, dz1, dP1, dQ1, wantGradient);
        return true;
    }

    /// <summary>ln J (and its gradient) by adaptive quadrature over [t_x, T]: the fallback for z near 1.</summary>
    internal double LogResidualIntegralByQuadrature(double x, double tx, double t, bool wantGradient, out double dr, out double dAlpha, out double ds, out double dBeta)
    {
        var integrand = new ResidualIntegrand(_r + x, _alpha, _s + 1, _beta, wantGradient);
        Span<double> results = stackalloc double[5];
        var scale = AdaptiveQuadrature.Integrate(ref integrand, tx, t, results);
        dr = dAlpha = ds = dBeta = 0;
        if (!(results[0] > 0))
        {
            return double.NegativeInfinity;
        }

        if (wantGradient)
        {
            dr = -results[1] / results[0];
            dAlpha = -(_r + x) * results[3] / results[0];
            ds = -results[2] / results[0];
            dBeta = -(_s + 1) * results[4] / results[0];
        }

        return scale + Math.Log(results[0]);
    }

    /// <summary>ln(A + sJ) from ln A and ln(sJ), and the share sJ / (A + sJ) (1 − P(alive)).</summary>
    private static double Bracket(double logA, double logSJ, out double dead)
    {
        if (double.IsNegativeInfinity(logSJ))
        {
            dead = 0;
            return logA;
        }

        var d = logSJ - logA;
        if (d < 0)
        {
            var ratio = Math.Exp(d);
            dead = ratio / (1 + ratio);
            return logA + LogSpace.Log1P(ratio);
        }

        var inverse = Math.Exp(-d);
        dead = 1 / (1 + inverse);
        return logSJ + LogSpace.Log1P(inverse);
    }

    /// <summary>One tail ln I(y) and its partial derivatives with respect to (P, Q, M, m).</summary>
    internal readonly struct Tail(double logTail, double dP, double dQ, double dBig, double dSmall)
    {
        public double LogTail { get; } = logTail;

        public double DP { get; } = dP;

        public double DQ { get; } = dQ;

        public double DBig { get; } = dBig;

        public double DSmall { get; } = dSmall;

        /// <summary>ln I = −P ln(M+y) + (1−Q) ln(m+y) + ln S − ln a, and its derivatives from the series sums.</summary>
        public static Tail From(double bigP, double bigQ, double a, double logA, double bigMy, double smallMy, double logBig, double logSmall, double sum, double dz, double dSumP, double dSumQ, bool wantGradient)
        {
            var logTail = (-bigP * logBig) + ((1 - bigQ) * logSmall) + Math.Log(sum) - logA;
            if (!wantGradient)
            {
                return new Tail(logTail, 0, 0, 0, 0);
            }

            var inverseSum = 1 / sum;
            var dLogZ = dz * inverseSum;
            return new Tail(
                logTail,
                -logBig + (dSumP * inverseSum) - (1 / a),
                -logSmall + (dSumQ * inverseSum) - (1 / a),
                (-bigP / bigMy) + (dLogZ * smallMy / (bigMy * bigMy)),
                ((1 - bigQ) / smallMy) - (dLogZ / bigMy));
        }
    }

    /// <summary>The integrand of J in log space, with the weights ln(α+u), ln(β+u), 1/(α+u), 1/(β+u) for the gradient.</summary>
    private readonly struct ResidualIntegrand(double p, double alpha, double q, double beta, bool weighted) : ILogIntegrand
    {
        public int WeightCount => weighted ? 4 : 0;

        public double Evaluate(double x, Span<double> weights)
        {
            var logAlpha = Math.Log(alpha + x);
            var logBeta = Math.Log(beta + x);
            if (weighted)
            {
                weights[0] = logAlpha;
                weights[1] = logBeta;
                weights[2] = 1 / (alpha + x);
                weights[3] = 1 / (beta + x);
            }

            return (-p * logAlpha) - (q * logBeta);
        }
    }
}
