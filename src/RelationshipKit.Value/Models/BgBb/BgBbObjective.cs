using RelationshipKit.Value.Fitting;

namespace RelationshipKit.Value.Models.BgBb;

/// <summary>The weighted mean negative log-likelihood of the BG/BB over collapsed rows, with its analytic gradient.</summary>
internal sealed class BgBbObjective(SufficientRows rows)
{
    private readonly double[] _x = rows.Frequency.AsSpan(0, rows.Count).ToArray();
    private readonly double[] _tx = rows.Recency.AsSpan(0, rows.Count).ToArray();
    private readonly double[] _n = rows.T.AsSpan(0, rows.Count).ToArray();
    private readonly double[] _w = rows.Weight.AsSpan(0, rows.Count).ToArray();

    /// <summary>Gets the sum of the weights.</summary>
    public double TotalWeight { get; } = rows.TotalWeight;

    /// <summary>The objective at (α, β, γ, δ) and its gradient.</summary>
    public double Evaluate(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var math = new BgBbMath(theta[0], theta[1], theta[2], theta[3]);
        double value = 0, g0 = 0, g1 = 0, g2 = 0, g3 = 0;
        for (var i = 0; i < _x.Length; i++)
        {
            var w = _w[i];
            value += w * math.LogLikelihood(_x[i], _tx[i], _n[i], true, out var da, out var db, out var dg, out var dd);
            g0 += w * da;
            g1 += w * db;
            g2 += w * dg;
            g3 += w * dd;
        }

        var scale = -1 / TotalWeight;
        gradient[0] = g0 * scale;
        gradient[1] = g1 * scale;
        gradient[2] = g2 * scale;
        gradient[3] = g3 * scale;
        return value * scale;
    }

    /// <summary>Computes the weighted log-likelihood Σ w ln L at (α, β, γ, δ).</summary>
    public double LogLikelihood(double alpha, double beta, double gamma, double delta)
    {
        var math = new BgBbMath(alpha, beta, gamma, delta);
        var total = 0.0;
        for (var i = 0; i < _x.Length; i++)
        {
            total += _w[i] * math.LogLikelihood(_x[i], _tx[i], _n[i]);
        }

        return total;
    }
}
