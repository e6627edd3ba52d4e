using System.Runtime.CompilerServices;
using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Value.Models.GammaGamma;

/// <summary>
/// The log-likelihood of the Gamma-Gamma spend model (Fader, Hardie &amp; Lee 2005, "RFM and CLV", appendix; Fader &amp;
/// Hardie 2013, note 025, eq. 3) for customers with x ≥ 1 repeat purchases and mean repeat spend m̄, with its analytic
/// gradient.
/// </summary>
/// <remarks>
/// ℓ = ln Γ(px + q) − ln Γ(px) − ln Γ(q) + q ln v + (px − 1) ln m̄ + px ln x − (px + q) ln(v + x m̄): the density of
/// the mean m̄ itself (including the m̄^(px − 1) x^(px) factor), so the value is the full log-likelihood. The
/// x-only parts are computed once per distinct x; a row costs one logarithm.
/// </remarks>
internal sealed class GammaGammaLikelihood
{
    private const int Width = 4;

    private readonly SufficientRows _rows;
    private readonly double[] _logSpend;
    private readonly int[] _level;
    private readonly double[] _levelX;
    private readonly double[] _levelWeight;
    private readonly ChunkedSum _sum;
    private double _p;
    private double _q;
    private double _v;

    internal GammaGammaLikelihood(SufficientRows rows)
    {
        _rows = rows;
        var n = rows.Count;
        _logSpend = new double[n];
        _level = new int[n];
        var index = new Dictionary<double, int>();
        var levels = new List<double>();
        var weights = new List<double>();
        for (var i = 0; i < n; i++)
        {
            _logSpend[i] = Math.Log(rows.MonetaryValue![i]); // not null: the fit always collapses with the monetary column
            var x = rows.Frequency[i];
            if (!index.TryGetValue(x, out var level))
            {
                level = levels.Count;
                index.Add(x, level);
                levels.Add(x);
                weights.Add(0);
            }

            _level[i] = level;
            weights[level] += rows.Weight[i];
        }

        _levelX = [.. levels];
        _levelWeight = [.. weights];
        _sum = new ChunkedSum(n, Width);
    }

    internal double TotalWeight => _rows.TotalWeight;

    /// <summary>Computes Σ w ℓ at (p, q, v).</summary>
    internal double LogLikelihood(double p, double q, double v)
    {
        Span<double> gradient = stackalloc double[3];
        return -Objective([p, q, v], gradient) * _rows.TotalWeight;
    }

    /// <summary>The weighted mean negative log-likelihood and its gradient in (p, q, v).</summary>
    internal double Objective(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var p = theta[0];
        var q = theta[1];
        var v = theta[2];
        var logGammaQ = SpecialFunctions.LogGamma(q);
        var digammaQ = SpecialFunctions.Digamma(q);
        double ll = 0, gp = 0, gq = 0;
        for (var j = 0; j < _levelX.Length; j++)
        {
            var x = _levelX[j];
            var w = _levelWeight[j];
            var px = p * x;
            var logX = Math.Log(x);
            var digammaPxq = SpecialFunctions.Digamma(px + q);
            ll += w * (SpecialFunctions.LogGamma(px + q) - SpecialFunctions.LogGamma(px) - logGammaQ + (px * logX));
            gp += w * x * (digammaPxq - SpecialFunctions.Digamma(px) + logX);
            gq += w * (digammaPxq - digammaQ);
        }

        _p = p;
        _q = q;
        _v = v;
        Span<double> sums = stackalloc double[Width];
        _sum.Run(Accumulate, sums);
        var total = _rows.TotalWeight;
        var value = -(ll + sums[0]) / total;
        gradient[0] = -(gp + sums[1]) / total;
        gradient[1] = -(gq + sums[2]) / total;
        gradient[2] = -sums[3] / total;
        return double.IsFinite(value) ? value : double.PositiveInfinity;
    }

    // Hot loop: compiled fully optimised at once instead of starting in tier 0 (matters for one-shot CLI runs).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Accumulate(int start, int end, Span<double> sums)
    {
        var p = _p;
        var q = _q;
        var v = _v;
        var logV = Math.Log(v);
        var x = _rows.Frequency;
        var m = _rows.MonetaryValue!; // not null: see the constructor
        var weight = _rows.Weight;
        var logM = _logSpend;
        double ll = 0, gp = 0, gq = 0, gv = 0;
        for (var i = start; i < end; i++)
        {
            var w = weight[i];
            var xi = x[i];
            var px = p * xi;
            var denominator = v + (xi * m[i]);
            var logDenominator = Math.Log(denominator);
            ll += w * ((q * logV) + ((px - 1) * logM[i]) - ((px + q) * logDenominator));
            gp += w * xi * (logM[i] - logDenominator);
            gq += w * (logV - logDenominator);
            gv += w * ((q / v) - ((px + q) / denominator));
        }

        sums[0] += ll;
        sums[1] += gp;
        sums[2] += gq;
        sums[3] += gv;
    }
}
