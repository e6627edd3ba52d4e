using System.Diagnostics;
using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Value.Models.Sbg;

/// <summary>
/// The sBG log-likelihood and its analytic gradient (Fader &amp; Hardie 2007, eq. 7), in log space.
/// </summary>
/// <remarks>
/// <para>A customer who churns in period t contributes ln P(T = t) = ln S(t − 1) + ln α − ln(α + β + t − 1); one
/// still active after t periods contributes ln S(t), with ln S(t) = ln B(α, β + t) − ln B(α, β)
/// = Σₖ₌₀ᵗ⁻¹ ln((β + k) / (α + β + k)).</para>
/// <para>The rows are visited in ascending t and ln S is carried forward: a short step adds the terms of the sum
/// (and of its derivatives, ∂/∂α = −Σ 1/(α + β + k) and ∂/∂β = Σ 1/(β + k) − 1/(α + β + k)), a long gap jumps with
/// log-gamma and digamma differences. A 12-period curve therefore costs a few dozen divisions and logarithms per
/// evaluation, with no special function at all.</para>
/// </remarks>
internal static class SbgLikelihood
{
    /// <summary>Gaps longer than this are crossed with log-gamma and digamma instead of term by term.</summary>
    private const int JumpThreshold = 32;

    /// <summary>Computes the weighted log-likelihood ℓ(α, β) and, when <paramref name="gradient"/> is not empty, its gradient.</summary>
    public static double LogLikelihood(SbgData data, double alpha, double beta, Span<double> gradient)
    {
        var walker = new Walker(alpha, beta);
        var logAlpha = Math.Log(alpha);
        var invAlpha = 1 / alpha;
        var sum = alpha + beta;
        double ll = 0, gA = 0, gB = 0;
        var periods = data.Periods;
        var churned = data.Churned;
        var censored = data.Censored;
        for (var i = 0; i < periods.Length; i++)
        {
            var t = periods[i];
            var wc = churned[i];
            if (wc > 0)
            {
                walker.MoveTo(t - 1);
                var inv = 1 / (sum + t - 1);
                ll += wc * (walker.LogSurvival + logAlpha + Math.Log(inv));
                gA += wc * (walker.DAlpha + invAlpha - inv);
                gB += wc * (walker.DBeta - inv);
            }

            var ws = censored[i];
            if (ws > 0)
            {
                walker.MoveTo(t);
                ll += ws * walker.LogSurvival;
                gA += ws * walker.DAlpha;
                gB += ws * walker.DBeta;
            }
        }

        if (!gradient.IsEmpty)
        {
            gradient[0] = gA;
            gradient[1] = gB;
        }

        return ll;
    }

    /// <summary>Creates the optimiser's objective: the weighted mean negative log-likelihood and its gradient.</summary>
    public static Fitting.Objective Objective(SbgData data)
    {
        var total = data.TotalWeight;
        return (theta, gradient) =>
        {
            var ll = LogLikelihood(data, theta[0], theta[1], gradient);
            gradient[0] = -gradient[0] / total;
            gradient[1] = -gradient[1] / total;
            var value = -ll / total;
            return double.IsFinite(value) && double.IsFinite(gradient[0]) && double.IsFinite(gradient[1]) ? value : double.PositiveInfinity;
        };
    }

    /// <summary>Computes ln S(t) = ln B(α, β + t) − ln B(α, β) for one t.</summary>
    public static double LogSurvival(double alpha, double beta, int t)
    {
        var walker = new Walker(alpha, beta);
        walker.MoveTo(t);
        return walker.LogSurvival;
    }

    /// <summary>Carries ln S(t) and its derivatives forward in t.</summary>
    private struct Walker
    {
        private readonly double _alpha;
        private readonly double _beta;
        private readonly double _sum;
        private int _position;

        public Walker(double alpha, double beta)
        {
            _alpha = alpha;
            _beta = beta;
            _sum = alpha + beta;
        }

        public double LogSurvival { get; private set; }

        public double DAlpha { get; private set; }

        public double DBeta { get; private set; }

        public void MoveTo(int target)
        {
            Debug.Assert(target >= _position, "rows are visited in ascending t");
            if (target - _position > JumpThreshold)
            {
                var digammaSum = SpecialFunctions.Digamma(_sum + target) - SpecialFunctions.Digamma(_sum + _position);
                // ln S(t) = ln Γ(β + t) − ln Γ(α + β + t) + const; the ratio form keeps the digits for large t.
                LogSurvival += LogGammaRatio.Compute(_beta + _position, _alpha) - LogGammaRatio.Compute(_beta + target, _alpha);
                DAlpha -= digammaSum;
                DBeta += SpecialFunctions.Digamma(_beta + target) - SpecialFunctions.Digamma(_beta + _position) - digammaSum;
                _position = target;
                return;
            }

            double logS = LogSurvival, dA = DAlpha, dB = DBeta;
            for (var k = _position; k < target; k++)
            {
                var x = _sum + k;
                var inv = 1 / x;
                var ratio = (_beta + k) * inv;

                // ln((β + k)/(α + β + k)): directly when the ratio is small, as ln(1 − α/(α + β + k)) when it is near 1.
                logS += ratio < 0.5 ? Math.Log(ratio) : RateMath.Log1P(-_alpha * inv);
                dA -= inv;
                dB += (1 / (_beta + k)) - inv;
            }

            LogSurvival = logS;
            DAlpha = dA;
            DBeta = dB;
            _position = target;
        }
    }
}
