using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Value.Models.ParetoNbd;

/// <summary>
/// The weighted mean negative log-likelihood of the Pareto/NBD over a (collapsed) table, with its analytic
/// gradient, for <see cref="Fitting.MaximumLikelihood"/>.
/// </summary>
/// <remarks>
/// ln Γ(r+x) − ln Γ(r) and ψ(r+x) − ψ(r) are computed once per distinct x per evaluation. Large tables are split
/// into chunks evaluated in parallel, each with its own partial sums, added in chunk order so that the result does
/// not depend on thread scheduling. One instance serves one fit at a time (it keeps per-evaluation scratch).
/// </remarks>
internal sealed class ParetoNbdObjective
{
    private const int ChunkSize = 512;

    private readonly double[] _x;
    private readonly double[] _tx;
    private readonly double[] _t;
    private readonly double[] _w;
    private readonly int[] _xIndex;
    private readonly double[] _distinctX;
    private readonly double[] _logGammaRatio;
    private readonly double[] _digammaDifference;
    private readonly double[] _partials;

    public ParetoNbdObjective(SufficientRows rows)
    {
        _x = rows.Frequency.AsSpan(0, rows.Count).ToArray();
        _tx = rows.Recency.AsSpan(0, rows.Count).ToArray();
        _t = rows.T.AsSpan(0, rows.Count).ToArray();
        _w = rows.Weight.AsSpan(0, rows.Count).ToArray();
        TotalWeight = rows.TotalWeight;
        var index = new Dictionary<double, int>();
        var distinct = new List<double>();
        _xIndex = new int[_x.Length];
        for (var i = 0; i < _x.Length; i++)
        {
            if (!index.TryGetValue(_x[i], out var k))
            {
                k = distinct.Count;
                index.Add(_x[i], k);
                distinct.Add(_x[i]);
            }

            _xIndex[i] = k;
        }

        _distinctX = [.. distinct];
        _logGammaRatio = new double[_distinctX.Length];
        _digammaDifference = new double[_distinctX.Length];
        _partials = new double[ChunkCount * 5];
    }

    /// <summary>Gets the sum of the weights.</summary>
    public double TotalWeight { get; }

    private int ChunkCount => Math.Max(1, (_x.Length + ChunkSize - 1) / ChunkSize);

    /// <summary>The objective: the weighted mean negative log-likelihood at (r, α, s, β) and its gradient.</summary>
    public double Evaluate(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var r = theta[0];
        var alpha = theta[1];
        var s = theta[2];
        var beta = theta[3];
        var logGammaR = SpecialFunctions.LogGamma(r);
        var digammaR = SpecialFunctions.Digamma(r);
        for (var k = 0; k < _distinctX.Length; k++)
        {
            _logGammaRatio[k] = SpecialFunctions.LogGamma(r + _distinctX[k]) - logGammaR;
            _digammaDifference[k] = SpecialFunctions.Digamma(r + _distinctX[k]) - digammaR;
        }

        var chunks = ChunkCount;
        if (chunks == 1)
        {
            EvaluateChunk(0, r, alpha, s, beta);
        }
        else
        {
            Parallel.For(0, chunks, chunk => EvaluateChunk(chunk, r, alpha, s, beta));
        }

        double value = 0, g0 = 0, g1 = 0, g2 = 0, g3 = 0;
        for (var chunk = 0; chunk < chunks; chunk++)
        {
            value += _partials[chunk * 5];
            g0 += _partials[(chunk * 5) + 1];
            g1 += _partials[(chunk * 5) + 2];
            g2 += _partials[(chunk * 5) + 3];
            g3 += _partials[(chunk * 5) + 4];
        }

        var scale = -1 / TotalWeight;
        gradient[0] = g0 * scale;
        gradient[1] = g1 * scale;
        gradient[2] = g2 * scale;
        gradient[3] = g3 * scale;
        return value * scale;
    }

    /// <summary>Computes the weighted log-likelihood (unscaled) of every row.</summary>
    public double LogLikelihood(double r, double alpha, double s, double beta)
    {
        var logGammaR = SpecialFunctions.LogGamma(r);
        var math = new ParetoNbdMath(r, alpha, s, beta);
        var total = 0.0;
        for (var i = 0; i < _x.Length; i++)
        {
            var ratio = SpecialFunctions.LogGamma(r + _x[i]) - logGammaR;
            total += _w[i] * math.LogLikelihood(_x[i], _tx[i], _t[i], ratio);
        }

        return total;
    }

    private void EvaluateChunk(int chunk, double r, double alpha, double s, double beta)
    {
        var math = new ParetoNbdMath(r, alpha, s, beta);
        double value = 0, g0 = 0, g1 = 0, g2 = 0, g3 = 0;
        var end = Math.Min(_x.Length, (chunk + 1) * ChunkSize);
        for (var i = chunk * ChunkSize; i < end; i++)
        {
            var k = _xIndex[i];
            var w = _w[i];
            value += w * math.LogLikelihood(_x[i], _tx[i], _t[i], _logGammaRatio[k], _digammaDifference[k], out var dr, out var dAlpha, out var ds, out var dBeta);
            g0 += w * dr;
            g1 += w * dAlpha;
            g2 += w * ds;
            g3 += w * dBeta;
        }

        var slot = chunk * 5;
        _partials[slot] = value;
        _partials[slot + 1] = g0;
        _partials[slot + 2] = g1;
        _partials[slot + 3] = g2;
        _partials[slot + 4] = g3;
    }
}
