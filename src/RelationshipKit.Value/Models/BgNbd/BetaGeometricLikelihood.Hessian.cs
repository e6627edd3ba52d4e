using System.Runtime.CompilerServices;
using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Value.Models.BgNbd;

// BetaGeometricLikelihood, one part: the analytic Hessian, for the standard errors in one pass over the rows.
internal sealed partial class BetaGeometricLikelihood
{
    private const int HessianWidth = 10;

    private ChunkedSum? _hessianSum;

    /// <summary>
    /// Writes the Hessian of <see cref="Objective"/> (the weighted mean negative log-likelihood) in (r, α, a, b) into
    /// <paramref name="hessian"/>; returns false when an entry is not a finite number.
    /// </summary>
    /// <remarks>
    /// <para>A central-difference Hessian of the gradient costs two full passes per parameter (eight on a million
    /// customers); this one costs one, with the same two logarithms and one exponential per row as the gradient.
    /// With y = ln κ + s δ, σ = 1/(1 + e^(−y)) and q = σ(1 − σ), the row term −s ln(α + T) + softplus(y) has the
    /// second derivatives q ∇y ∇yᵀ + σ ∇²y plus those of −s ln(α + T), where ∇y = (δ, s(1/(α + T) − 1/(α + t_x)),
    /// 1/a, ∂ ln κ/∂b) and the only non-zero second derivatives of y are ∂²y/∂r∂α = 1/(α + T) − 1/(α + t_x),
    /// ∂²y/∂α² = s(1/(α + t_x)² − 1/(α + T)²), ∂²y/∂a² = −1/a² and ∂²y/∂b² = (∂ ln κ/∂b)².</para>
    /// <para>The x-only parts need the trigamma differences ψ′(r + x) − ψ′(r), ψ′(a + b + d) − ψ′(a + b) and
    /// ψ′(b + d) − ψ′(b), stepped over the levels like the digamma ones.</para>
    /// </remarks>
    internal bool Hessian(ReadOnlySpan<double> theta, double[][] hessian)
    {
        var r = theta[0];
        var alpha = theta[1];
        var a = theta[2];
        var b = theta[3];
        var m = _modified ? 1 : 0;
        var logA = Math.Log(a);
        var digammaR = SpecialFunctions.Digamma(r);
        var digammaB = SpecialFunctions.Digamma(b);
        var digammaAb = SpecialFunctions.Digamma(a + b);

        // Second derivatives of the log-likelihood, x-only parts first.
        double hrr = 0, hralpha = 0, halphaalpha = 0, haa = 0, hab = 0, hbb = 0;
        var state = new LevelState(r, a, b, m);
        for (var j = 0; j < _levelX.Length; j++)
        {
            var x = _levelX[j];
            var w = _levelWeight[j];
            state.MoveTo(x, digammaR, digammaB, digammaAb);
            hrr += w * state.TrigammaR;
            hralpha += w / alpha;
            halphaalpha -= w * r / (alpha * alpha);
            haa -= w * state.TrigammaAb;
            hab -= w * state.TrigammaAb;
            hbb += w * state.TrigammaBMinusAb;
            SetLevelKappa(j, x, logA, b, m);
        }

        _r = r;
        _alpha = alpha;
        _hessianSum ??= new ChunkedSum(_rows.Count, HessianWidth);
        Span<double> sums = stackalloc double[HessianWidth];
        _hessianSum.Run(AccumulateHessian, sums);

        // Mean negative log-likelihood: minus the sum, over the total weight.
        var scale = -1 / _rows.TotalWeight;
        Span<double> upper =
        [
            hrr + sums[0], hralpha + sums[1], sums[2] / a, sums[3],
            halphaalpha + sums[4], sums[5] / a, sums[6],
            haa + (sums[7] / (a * a)), hab + (sums[8] / a),
            hbb + sums[9],
        ];
        var k = 0;
        for (var i = 0; i < 4; i++)
        {
            for (var j = i; j < 4; j++)
            {
                var value = scale * upper[k++];
                if (!double.IsFinite(value))
                {
                    return false;
                }

                hessian[i][j] = value;
                hessian[j][i] = value;
            }
        }

        return true;
    }

    // Hot loop: compiled fully optimised at once instead of starting in tier 0 (matters for one-shot CLI runs).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AccumulateHessian(int start, int end, Span<double> sums)
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
        double srr = 0, sralpha = 0, sra = 0, srb = 0, salphaalpha = 0, salphaa = 0, salphab = 0, saa = 0, sab = 0, sbb = 0;
        for (var i = start; i < end; i++)
        {
            var w = weight[i];
            var inverseT = 1 / (alpha + t[i]);
            var s = r + x[i];
            var j = level[i];
            var lk = logKappa[j];
            if (double.IsNegativeInfinity(lk))
            {
                // BG/NBD with x = 0: only −s ln(α + T).
                sralpha -= w * inverseT;
                salphaalpha += w * s * inverseT * inverseT;
                continue;
            }

            var inverseTx = 1 / (alpha + tx[i]);
            var delta = Math.Log((alpha + t[i]) * inverseTx);
            var y = lk + (s * delta);

            // σ and q = σ(1 − σ) = e / (1 + e)² with e = exp(−|y|), both without overflow.
            var e = Math.Exp(-Math.Abs(y));
            var inverse = 1 / (1 + e);
            var sigma = y > 0 ? inverse : e * inverse;
            var q = e * inverse * inverse;
            var kdb = kappaDb[j];
            var difference = inverseT - inverseTx;
            var yAlpha = s * difference;
            srr += w * q * delta * delta;
            sralpha += w * (-inverseT + (q * delta * yAlpha) + (sigma * difference));
            sra += w * q * delta;
            srb += w * q * delta * kdb;
            salphaalpha += w * ((s * inverseT * inverseT) + (q * yAlpha * yAlpha) + (sigma * s * ((inverseTx * inverseTx) - (inverseT * inverseT))));
            salphaa += w * q * yAlpha;
            salphab += w * q * yAlpha * kdb;
            saa -= w * sigma * sigma;
            sab += w * q * kdb;
            sbb += w * (q + sigma) * kdb * kdb;
        }

        sums[0] += srr;
        sums[1] += sralpha;
        sums[2] += sra;
        sums[3] += srb;
        sums[4] += salphaalpha;
        sums[5] += salphaa;
        sums[6] += salphab;
        sums[7] += saa;
        sums[8] += sab;
        sums[9] += sbb;
    }
}
