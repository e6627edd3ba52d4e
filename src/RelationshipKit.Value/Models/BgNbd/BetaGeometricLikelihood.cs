using System.Runtime.CompilerServices;
#if NET9_0_OR_GREATER
using System.Runtime.Intrinsics;
#endif
using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Value.Models.BgNbd;

/// <summary>
/// The log-likelihood of the BG/NBD model (Fader, Hardie &amp; Lee 2005, eq. 6) and of its modified form MBG/NBD
/// (Batislam, Denizel &amp; Filiztekin 2007), with the analytic gradient, over collapsed rows in parallel chunks.
/// </summary>
/// <remarks>
/// <para>Both likelihoods have the shape ℓ = G(x) − (r + x) ln(α + T) + ln(1 + κ(x) ((α + T)/(α + t_x))^(r + x)),
/// where G(x) = ln Γ(r + x) − ln Γ(r) + r ln α + ln B(a, b + x + m) − ln B(a, b) depends on the row only through x,
/// and κ(x) = a / (b + x − 1 + m) with m = 0 for BG/NBD (and κ = 0 when x = 0) and m = 1 for MBG/NBD, whose
/// customers may also drop out right after the first purchase.</para>
/// <para>The x-only parts (log-gammas, digammas) are computed once per distinct x and per evaluation, so a row costs
/// two logarithms, one exponential and one log1p. The last term is a softplus of
/// y = ln κ + (r + x) ln((α + T)/(α + t_x)), evaluated without overflow. Every term of the published likelihood is
/// kept, so the value matches the published −9582.43 on CDNOW.</para>
/// </remarks>
internal sealed partial class BetaGeometricLikelihood
{
    private const int Width = 5;

    /// <summary>Frequencies below this are mapped to their levels through an array indexed by value.</summary>
    private const int DenseLevels = 1 << 20;

    private readonly SufficientRows _rows;
    private readonly bool _modified;
    private readonly int[] _level;
    private readonly double[] _levelX;
    private readonly double[] _levelWeight;
    private readonly ChunkedSum _sum;

    // Per-evaluation state, read by the chunk loops.
    private readonly double[] _levelLogKappa;
    private readonly double[] _levelKappaDb;
    private double _r;
    private double _alpha;

    internal BetaGeometricLikelihood(SufficientRows rows, bool modified)
    {
        _rows = rows;
        _modified = modified;
        var n = rows.Count;
        _level = new int[n];

        // Levels are the distinct x in ascending order, so the x-only parts can be stepped from one level to the next.
        _levelX = Levels(rows.Frequency.AsSpan(0, n), _level);
        _levelWeight = LevelWeights(_level, rows.Weight.AsSpan(0, n), _levelX.Length);

        _levelLogKappa = new double[_levelX.Length];
        _levelKappaDb = new double[_levelX.Length];
        _sum = new ChunkedSum(n, Width);
    }

    /// <summary>Returns the distinct frequencies in ascending order and writes each row's index among them into <paramref name="level"/>.</summary>
    /// <remarks>
    /// Frequencies are whole numbers (a rule of <see cref="RfmTable"/>), usually small: up to <see cref="DenseLevels"/>
    /// they are indexed by value in an array, two plain passes over the rows; a larger one falls back to a dictionary.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] Levels(ReadOnlySpan<double> frequency, int[] level)
    {
        var max = 0.0;
        foreach (var x in frequency)
        {
            max = Math.Max(max, x);
        }

        if (max < DenseLevels)
        {
            var indexOf = new int[(int)max + 1];
            foreach (var x in frequency)
            {
                indexOf[(int)x] = 1;
            }

            var values = new List<double>();
            for (var x = 0; x < indexOf.Length; x++)
            {
                if (indexOf[x] != 0)
                {
                    indexOf[x] = values.Count;
                    values.Add(x);
                }
            }

            for (var i = 0; i < frequency.Length; i++)
            {
                level[i] = indexOf[(int)frequency[i]];
            }

            return [.. values];
        }

        var distinct = new HashSet<double>();
        foreach (var x in frequency)
        {
            distinct.Add(x);
        }

        double[] levels = [.. distinct.Order()];
        var index = new Dictionary<double, int>(levels.Length);
        for (var j = 0; j < levels.Length; j++)
        {
            index.Add(levels[j], j);
        }

        for (var i = 0; i < frequency.Length; i++)
        {
            level[i] = index[frequency[i]];
        }

        return levels;
    }

    /// <summary>Sums the weights of each level's rows, in row order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] LevelWeights(int[] level, ReadOnlySpan<double> weight, int levels)
    {
        var sums = new double[levels];
        for (var i = 0; i < weight.Length; i++)
        {
            sums[level[i]] += weight[i];
        }

        return sums;
    }

    /// <summary>Gets the sum of the weights.</summary>
    internal double TotalWeight => _rows.TotalWeight;

    /// <summary>Computes the total log-likelihood Σ wᵢ ℓᵢ at (r, α, a, b).</summary>
    internal double LogLikelihood(double r, double alpha, double a, double b)
    {
        Span<double> gradient = stackalloc double[4];
        return -Objective([r, alpha, a, b], gradient) * _rows.TotalWeight;
    }

    /// <summary>The optimiser's objective: the weighted mean negative log-likelihood and its gradient in (r, α, a, b).</summary>
    internal double Objective(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var r = theta[0];
        var alpha = theta[1];
        var a = theta[2];
        var b = theta[3];
        var m = _modified ? 1 : 0;
        var logAlpha = Math.Log(alpha);
        var logA = Math.Log(a);
        var digammaR = SpecialFunctions.Digamma(r);
        var digammaB = SpecialFunctions.Digamma(b);
        var digammaAb = SpecialFunctions.Digamma(a + b);

        // x-only parts, weighted by the total weight of their level. Walking up the sorted levels, the log-gamma and
        // digamma differences grow by one term per unit of x (ln Γ(y + 1) = ln Γ(y) + ln y, ψ(y + 1) = ψ(y) + 1/y);
        // a gap wider than MaxStep is bridged with the functions themselves.
        double ll = 0, gr = 0, galpha = 0, ga = 0, gb = 0;
        var state = new LevelState(r, a, b, m);
        for (var j = 0; j < _levelX.Length; j++)
        {
            var x = _levelX[j];
            var w = _levelWeight[j];
            state.MoveTo(x, digammaR, digammaB, digammaAb);
            ll += w * (state.LogGammaR + (r * logAlpha) + state.LogBetaRatio);
            gr += w * (state.DigammaR + logAlpha);
            galpha += w * r / alpha;
            ga -= w * state.DigammaAb;
            gb += w * state.DigammaBMinusAb;
            SetLevelKappa(j, x, logA, b, m);
        }

        _r = r;
        _alpha = alpha;
        Span<double> sums = stackalloc double[Width];
        _sum.Run(Accumulate, sums);
        ll += sums[0];
        gr += sums[1];
        galpha += sums[2];
        ga += sums[3] / a;
        gb += sums[4];
        var total = _rows.TotalWeight;
        gradient[0] = -gr / total;
        gradient[1] = -galpha / total;
        gradient[2] = -ga / total;
        gradient[3] = -gb / total;
        var value = -ll / total;
        return double.IsFinite(value) ? value : double.PositiveInfinity;
    }

    /// <summary>Sets the level's ln κ (−∞ for BG/NBD with x = 0) and ∂ ln κ / ∂b = −1/(b + x − 1 + m), read by the row loops.</summary>
    private void SetLevelKappa(int j, double x, double logA, double b, int m)
    {
        if (!_modified && x == 0)
        {
            _levelLogKappa[j] = double.NegativeInfinity;
            _levelKappaDb[j] = 0;
        }
        else
        {
            var denominator = b + x - 1 + m;
            _levelLogKappa[j] = logA - Math.Log(denominator);
            _levelKappaDb[j] = -1 / denominator;
        }
    }

    /// <summary>
    /// The x-only differences at the current level: ln Γ(r + x) − ln Γ(r), ψ(r + x) − ψ(r), and with d = x + m,
    /// ln B(a, b + d) − ln B(a, b), ψ(a + b + d) − ψ(a + b) and [ψ(b + d) − ψ(b)] − [ψ(a + b + d) − ψ(a + b)].
    /// Each step adds ln(r + k), 1/(r + k), ln(1 − a/(a + b + k)), 1/(a + b + k) and a/((b + k)(a + b + k)), which
    /// stay accurate for a huge b where the separate log-gammas would cancel.
    /// </summary>
    private struct LevelState
    {
        private const double MaxStep = 64;

        private readonly double _r;
        private readonly double _a;
        private readonly double _b;
        private readonly int _m;
        private double _x;

        public LevelState(double r, double a, double b, int m)
        {
            _r = r;
            _a = a;
            _b = b;
            _m = m;
            _x = 0;
            LogGammaR = 0;
            DigammaR = 0;
            LogBetaRatio = m == 0 ? 0 : LogSpace.Log1P(-a / (a + b));
            DigammaAb = m == 0 ? 0 : 1 / (a + b);
            DigammaBMinusAb = m == 0 ? 0 : a / (b * (a + b));
            TrigammaR = 0;
            TrigammaAb = m == 0 ? 0 : -1 / ((a + b) * (a + b));
            TrigammaBMinusAb = m == 0 ? 0 : -a * (a + (2 * b)) / (b * b * (a + b) * (a + b));
        }

        public double LogGammaR { get; private set; }

        public double DigammaR { get; private set; }

        public double LogBetaRatio { get; private set; }

        public double DigammaAb { get; private set; }

        public double DigammaBMinusAb { get; private set; }

        /// <summary>Gets ψ′(r + x) − ψ′(r), for the Hessian.</summary>
        public double TrigammaR { get; private set; }

        /// <summary>Gets ψ′(a + b + d) − ψ′(a + b), for the Hessian.</summary>
        public double TrigammaAb { get; private set; }

        /// <summary>Gets [ψ′(b + d) − ψ′(b)] − [ψ′(a + b + d) − ψ′(a + b)], for the Hessian.</summary>
        public double TrigammaBMinusAb { get; private set; }

        public void MoveTo(double x, double digammaR, double digammaB, double digammaAb)
        {
            if (x - _x > MaxStep)
            {
                var d = x + _m;
                LogGammaR = GammaRatios.LogGammaRatio(_r, x);
                DigammaR = SpecialFunctions.Digamma(_r + x) - digammaR;
                LogBetaRatio = GammaRatios.LogBetaRatio(_a, _b, d);
                DigammaAb = SpecialFunctions.Digamma(_a + _b + d) - digammaAb;
                DigammaBMinusAb = SpecialFunctions.Digamma(_b + d) - digammaB - DigammaAb;
                TrigammaR = SpecialFunctions.Trigamma(_r + x) - SpecialFunctions.Trigamma(_r);
                TrigammaAb = SpecialFunctions.Trigamma(_a + _b + d) - SpecialFunctions.Trigamma(_a + _b);
                TrigammaBMinusAb = SpecialFunctions.Trigamma(_b + d) - SpecialFunctions.Trigamma(_b) - TrigammaAb;
                _x = x;
                return;
            }

            for (; _x < x; _x++)
            {
                var rk = _r + _x;
                var bk = _b + _x + _m;
                var abk = _a + bk;
                LogGammaR += Math.Log(rk);
                DigammaR += 1 / rk;
                LogBetaRatio += LogSpace.Log1P(-_a / abk);
                DigammaAb += 1 / abk;
                DigammaBMinusAb += _a / (bk * abk);

                // ψ′(y + 1) = ψ′(y) − 1/y²; the b-part's two steps combined as −a(a + 2(b + k)) / ((b + k)² (a + b + k)²).
                TrigammaR -= 1 / (rk * rk);
                TrigammaAb -= 1 / (abk * abk);
                TrigammaBMinusAb -= _a * (_a + (2 * bk)) / (bk * bk * abk * abk);
            }
        }
    }

    // Hot loop: compiled fully optimised at once instead of starting in tier 0 (matters for one-shot CLI runs).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Accumulate(int start, int end, Span<double> sums)
    {
        var r = _r;
        var alpha = _alpha;
        var x = _rows.Frequency;
        var tx = _rows.Recency;
        var t = _rows.T;
        var weight = _rows.Weight;
        var level = _level;
        var logKappa = _levelLogKappa;
        var kappaDb = _levelKappaDb;
        double ll = 0, gr = 0, galpha = 0, ga = 0, gb = 0;
        var i = start;
#if NET9_0_OR_GREATER
        if (Vector256.IsHardwareAccelerated)
        {
            i = AccumulateVector(start, end, sums);
        }
#endif
        for (; i < end; i++)
        {
            var w = weight[i];
            var alphaT = alpha + t[i];
            var logAlphaT = Math.Log(alphaT);
            var s = r + x[i];
            var j = level[i];
            var lk = logKappa[j];
            if (double.IsNegativeInfinity(lk))
            {
                // BG/NBD with x = 0: only the "still alive at T" term.
                ll -= w * s * logAlphaT;
                gr -= w * logAlphaT;
                galpha -= w * s / alphaT;
                continue;
            }

            var alphaTx = alpha + tx[i];
            var delta = logAlphaT - Math.Log(alphaTx);
            var y = lk + (s * delta);
            double softplus, sigma;
            if (y > 0)
            {
                var e = Math.Exp(-y);
                softplus = y + LogSpace.Log1P(e);
                sigma = 1 / (1 + e);
            }
            else
            {
                var e = Math.Exp(y);
                softplus = LogSpace.Log1P(e);
                sigma = e / (1 + e);
            }

            ll += w * ((-s * logAlphaT) + softplus);
            gr += w * (-logAlphaT + (sigma * delta));
            galpha += w * ((-s / alphaT) + (sigma * s * ((1 / alphaT) - (1 / alphaTx))));
            ga += w * sigma;
            gb += w * sigma * kappaDb[j];
        }

        sums[0] += ll;
        sums[1] += gr;
        sums[2] += galpha;
        sums[3] += ga;
        sums[4] += gb;
    }

#if NET9_0_OR_GREATER
    /// <summary>Accumulates whole groups of four rows with 256-bit vectors; returns the first row not done.</summary>
    /// <remarks>
    /// Branch-free: a BG/NBD row with x = 0 has ln κ = −∞, so y = −∞, e^(−|y|) = 0 and both the softplus and the
    /// weight σ vanish, leaving exactly the scalar loop's −(r + x) ln(α + T).
    /// </remarks>
    // Hot loop: compiled fully optimised at once instead of starting in tier 0 (matters for one-shot CLI runs).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int AccumulateVector(int start, int end, Span<double> sums)
    {
        var x = _rows.Frequency;
        var tx = _rows.Recency;
        var t = _rows.T;
        var weight = _rows.Weight;
        var level = _level;
        var logKappa = _levelLogKappa;
        var kappaDb = _levelKappaDb;
        var r = Vector256.Create(_r);
        var alpha = Vector256.Create(_alpha);
        var one = Vector256<double>.One;
        var ll = Vector256<double>.Zero;
        var gr = Vector256<double>.Zero;
        var galpha = Vector256<double>.Zero;
        var ga = Vector256<double>.Zero;
        var gb = Vector256<double>.Zero;
        var i = start;
        for (; i + 4 <= end; i += 4)
        {
            var w = Vector256.Create(weight[i], weight[i + 1], weight[i + 2], weight[i + 3]);
            var s = r + Vector256.Create(x[i], x[i + 1], x[i + 2], x[i + 3]);
            var alphaT = alpha + Vector256.Create(t[i], t[i + 1], t[i + 2], t[i + 3]);
            var alphaTx = alpha + Vector256.Create(tx[i], tx[i + 1], tx[i + 2], tx[i + 3]);
            int j0 = level[i], j1 = level[i + 1], j2 = level[i + 2], j3 = level[i + 3];
            var lk = Vector256.Create(logKappa[j0], logKappa[j1], logKappa[j2], logKappa[j3]);
            var kdb = Vector256.Create(kappaDb[j0], kappaDb[j1], kappaDb[j2], kappaDb[j3]);
            var logAlphaT = Vector256.Log(alphaT);
            var delta = logAlphaT - Vector256.Log(alphaTx);
            var y = lk + (s * delta);
            var e = Vector256.Exp(-Vector256.Abs(y));
            var onePlusE = one + e;
            var inverse = one / onePlusE;
            var softplus = Vector256.Max(y, Vector256<double>.Zero) + Vector256.Log(onePlusE);
            var sigma = Vector256.ConditionalSelect(Vector256.GreaterThan(y, Vector256<double>.Zero), inverse, e * inverse);
            var inverseAlphaT = one / alphaT;
            ll += w * (softplus - (s * logAlphaT));
            gr += w * ((sigma * delta) - logAlphaT);
            galpha += w * s * ((sigma * (inverseAlphaT - (one / alphaTx))) - inverseAlphaT);
            ga += w * sigma;
            gb += w * sigma * kdb;
        }

        sums[0] += Vector256.Sum(ll);
        sums[1] += Vector256.Sum(gr);
        sums[2] += Vector256.Sum(galpha);
        sums[3] += Vector256.Sum(ga);
        sums[4] += Vector256.Sum(gb);
        return i;
    }
#endif
}
