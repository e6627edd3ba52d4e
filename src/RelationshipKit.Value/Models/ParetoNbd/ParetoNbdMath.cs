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
    /// <summary>The most series terms before falling back to quadrature.</summary>
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
        if (TryLogTail(bigP, bigQ, bigM - smallM, bigMx, smallMx, Math.Log(bigMx), Math.Log(smallMx), wantGradient, out var l0, out var p0, out var q0, out var big0, out var small0)
            && TryLogTail(bigP, bigQ, bigM - smallM, bigMt, smallMt, logBigT, logSmallT, wantGradient, out var l1, out var p1, out var q1, out var big1, out var small1))
        {
            var delta = l1 - l0;
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
                var dP = (p0 - (e * p1)) * inverse;
                var dQ = (q0 - (e * q1)) * inverse;
                var dBig = (big0 - (e * big1)) * inverse;
                var dSmall = (small0 - (e * small1)) * inverse;
                dr = _alphaLarger ? dP : dQ;
                dAlpha = _alphaLarger ? dBig : dSmall;
                ds = _alphaLarger ? dQ : dP;
                dBeta = _alphaLarger ? dSmall : dBig;
            }

            return l0 + Math.Log(oneMinus);
        }

        return LogResidualIntegralByQuadrature(x, tx, t, wantGradient, out dr, out dAlpha, out ds, out dBeta);
    }

    /// <summary>
    /// Computes ln I(y) = ln ∫_y^∞ (M+u)^−P (m+u)^−Q du from the Euler-transformed series, with its partial
    /// derivatives with respect to (P, Q, M, m) when asked; false when the series needs too many terms.
    /// </summary>
    /// <param name="bigP">The power P on M + u.</param>
    /// <param name="bigQ">The power Q on m + u.</param>
    /// <param name="difference">M − m (≥ 0).</param>
    /// <param name="bigMy">M + y.</param>
    /// <param name="smallMy">m + y.</param>
    /// <param name="logBig">ln(M + y).</param>
    /// <param name="logSmall">ln(m + y).</param>
    /// <param name="wantGradient">Whether to compute the partial derivatives.</param>
    /// <param name="logTail">ln I(y).</param>
    /// <param name="dP">∂ ln I / ∂P.</param>
    /// <param name="dQ">∂ ln I / ∂Q.</param>
    /// <param name="dBig">∂ ln I / ∂M.</param>
    /// <param name="dSmall">∂ ln I / ∂m.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryLogTail(double bigP, double bigQ, double difference, double bigMy, double smallMy, double logBig, double logSmall, bool wantGradient, out double logTail, out double dP, out double dQ, out double dBig, out double dSmall)
    {
        var a = bigP + bigQ - 1;
        var z = difference / bigMy;

        // S = ₂F₁(1, P; P+Q; z) = Σ t_k with t_{k+1} = t_k (P+k)/(P+Q+k) z. For the gradient, alongside:
        // dS/dz = Σ (k+1) t_k (P+k)/(P+Q+k), and ∂S/∂P, ∂S/∂Q from the running sums of 1/(P+j) and 1/(P+Q+j).
        double term = 1, sum = 1, dz = 0, dSumP = 0, dSumQ = 0, harmonicP = 0, harmonicPQ = 0;
        var tailBound = z / (1 - z);
        var converged = false;
        if (wantGradient)
        {
            for (var k = 0; k < MaxSeriesTerms; k++)
            {
                var pk = bigP + k;
                var inverseC = 1 / (bigP + bigQ + k);
                var ratio = pk * inverseC;
                dz += (k + 1) * term * ratio;
                harmonicP += 1 / pk;
                harmonicPQ += inverseC;
                term *= ratio * z;
                sum += term;
                dSumP += term * (harmonicP - harmonicPQ);
                dSumQ -= term * harmonicPQ;

                // Later terms shrink at least geometrically with ratio z, so the rest of S is below term·z/(1−z);
                // the derivative sums carry at most a factor (k + 2)(1 + harmonic sums) more.
                if (term * tailBound * (k + 2) * (1 + harmonicP + harmonicPQ) <= 1e-16 * sum)
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
                term *= (bigP + k) / (bigP + bigQ + k) * z;
                sum += term;
                if (term * tailBound <= 1e-16 * sum)
                {
                    converged = true;
                    break;
                }
            }
        }

        if (!converged)
        {
            logTail = dP = dQ = dBig = dSmall = double.NaN;
            return false;
        }

        logTail = (-bigP * logBig) + ((1 - bigQ) * logSmall) + Math.Log(sum) - Math.Log(a);
        if (wantGradient)
        {
            var inverseSum = 1 / sum;
            var dLogZ = dz * inverseSum;
            dP = -logBig + (dSumP * inverseSum) - (1 / a);
            dQ = -logSmall + (dSumQ * inverseSum) - (1 / a);
            dBig = (-bigP / bigMy) + (dLogZ * smallMy / (bigMy * bigMy));
            dSmall = ((1 - bigQ) / smallMy) - (dLogZ / bigMy);
        }
        else
        {
            dP = dQ = dBig = dSmall = 0;
        }

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
