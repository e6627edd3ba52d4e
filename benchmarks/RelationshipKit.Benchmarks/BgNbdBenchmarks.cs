using BenchmarkDotNet.Attributes;
using RelationshipKit.Value;
using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Models.BgNbd;
using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Benchmarks;

/// <summary>
/// Fitting BG/NBD: the CDNOW sample (2,357 customers) with the library against the textbook likelihood (Fader, Hardie
/// &amp; Lee 2005, eq. 6: log-gammas, log-betas and digammas per row, every row, one thread; the baseline) under the
/// same optimiser, and 1,000,000 synthetic customers with continuous recency (no collapsing possible).
/// </summary>
[MemoryDiagnoser]
public class BgNbdBenchmarks
{
    private RfmTable _cdnow = null!;
    private RfmTable _million = null!;

    [GlobalSetup]
    public void Setup()
    {
        _cdnow = BenchmarkData.Cdnow();
        _million = BenchmarkData.Million();
    }

    [Benchmark(Baseline = true)]
    public double FitCdnow_TextbookLikelihood()
    {
        var x = _cdnow.Frequency.ToArray();
        var tx = _cdnow.Recency.ToArray();
        var t = _cdnow.T.ToArray();
        double Objective(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            double r = theta[0], alpha = theta[1], a = theta[2], b = theta[3];
            double ll = 0, gr = 0, gal = 0, ga = 0, gb = 0;
            for (var i = 0; i < x.Length; i++)
            {
                var xi = x[i];
                var common = SpecialFunctions.LogGamma(r + xi) - SpecialFunctions.LogGamma(r) + (r * Math.Log(alpha));
                var a1 = SpecialFunctions.LogBeta(a, b + xi) - SpecialFunctions.LogBeta(a, b) - ((r + xi) * Math.Log(alpha + t[i]));
                var a2 = xi > 0 ? SpecialFunctions.LogBeta(a + 1, b + xi - 1) - SpecialFunctions.LogBeta(a, b) - ((r + xi) * Math.Log(alpha + tx[i])) : double.NegativeInfinity;
                var max = Math.Max(a1, a2);
                var w1 = Math.Exp(a1 - max);
                var w2 = Math.Exp(a2 - max);
                ll += common + max + Math.Log(w1 + w2);
                var p1 = w1 / (w1 + w2);
                var p2 = 1 - p1;
                gr += SpecialFunctions.Digamma(r + xi) - SpecialFunctions.Digamma(r) + Math.Log(alpha) - (p1 * Math.Log(alpha + t[i])) - (xi > 0 ? p2 * Math.Log(alpha + tx[i]) : 0);
                gal += (r / alpha) - (p1 * (r + xi) / (alpha + t[i])) - (xi > 0 ? p2 * (r + xi) / (alpha + tx[i]) : 0);
                var dab = SpecialFunctions.Digamma(a + b);
                ga += (p1 * (SpecialFunctions.Digamma(a) - SpecialFunctions.Digamma(a + b + xi) - SpecialFunctions.Digamma(a) + dab))
                    + (xi > 0 ? p2 * (SpecialFunctions.Digamma(a + 1) - SpecialFunctions.Digamma(a + b + xi) - SpecialFunctions.Digamma(a) + dab) : 0);
                gb += (p1 * (SpecialFunctions.Digamma(b + xi) - SpecialFunctions.Digamma(a + b + xi) - SpecialFunctions.Digamma(b) + dab))
                    + (xi > 0 ? p2 * (SpecialFunctions.Digamma(b + xi - 1) - SpecialFunctions.Digamma(a + b + xi) - SpecialFunctions.Digamma(b) + dab) : 0);
            }

            gradient[0] = -gr / x.Length;
            gradient[1] = -gal / x.Length;
            gradient[2] = -ga / x.Length;
            gradient[3] = -gb / x.Length;
            return -ll / x.Length;
        }

        var outcome = MaximumLikelihood.Fit(Objective, [1, 20, 1, 1], [1, 33, 1, 1], x.Length, new FitOptions(), CancellationToken.None);
        return outcome.Parameters[0];
    }

    [Benchmark]
    public double FitCdnow() => BgNbdModel.Fit(_cdnow).LogLikelihood ?? double.NaN;

    [Benchmark]
    public double FitOneMillion() => BgNbdModel.Fit(_million).LogLikelihood ?? double.NaN;

    [Benchmark]
    public RfmTable SimulateOneMillion() => BenchmarkData.Million();
}
