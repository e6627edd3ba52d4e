using BenchmarkDotNet.Attributes;
using RelationshipKit.Value;
using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Models.GammaGamma;
using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Benchmarks;

/// <summary>
/// Fitting Gamma-Gamma on the 946 CDNOW repeat buyers: the library (x-only parts once per distinct x, one log per row)
/// against the textbook likelihood with three log-gammas and three digammas per row (the baseline), same optimiser;
/// and the expected spend of all 2,357 customers.
/// </summary>
[MemoryDiagnoser]
public class GammaGammaBenchmarks
{
    private static readonly GammaGammaModel Model = new(new GammaGammaParameters(6.25, 3.74, 15.44));
    private RfmTable _cdnow = null!;
    private double[] _x = [];
    private double[] _m = [];
    private double[] _destination = [];

    [GlobalSetup]
    public void Setup()
    {
        _cdnow = BenchmarkData.CdnowWithSpend();
        var repeat = Enumerable.Range(0, _cdnow.Count).Where(i => _cdnow.Frequency[i] > 0).ToArray();
        _x = repeat.Select(i => _cdnow.Frequency[i]).ToArray();
        _m = repeat.Select(i => _cdnow.MonetaryValue[i]).ToArray();
        _destination = new double[_cdnow.Count];
    }

    [Benchmark(Baseline = true)]
    public double FitCdnow_TextbookLikelihood()
    {
        double Objective(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            double p = theta[0], q = theta[1], v = theta[2], ll = 0, gp = 0, gq = 0, gv = 0;
            for (var i = 0; i < _x.Length; i++)
            {
                double x = _x[i], m = _m[i], px = p * x;
                ll += SpecialFunctions.LogGamma(px + q) - SpecialFunctions.LogGamma(px) - SpecialFunctions.LogGamma(q) + (q * Math.Log(v))
                    + ((px - 1) * Math.Log(m)) + (px * Math.Log(x)) - ((px + q) * Math.Log(v + (x * m)));
                gp += x * (SpecialFunctions.Digamma(px + q) - SpecialFunctions.Digamma(px) + Math.Log(m) + Math.Log(x) - Math.Log(v + (x * m)));
                gq += SpecialFunctions.Digamma(px + q) - SpecialFunctions.Digamma(q) + Math.Log(v) - Math.Log(v + (x * m));
                gv += (q / v) - ((px + q) / (v + (x * m)));
            }

            gradient[0] = -gp / _x.Length;
            gradient[1] = -gq / _x.Length;
            gradient[2] = -gv / _x.Length;
            return -ll / _x.Length;
        }

        return MaximumLikelihood.Fit(Objective, [1, 2, 35], [1, 1, 35], _x.Length, new FitOptions(), CancellationToken.None).Parameters[0];
    }

    [Benchmark]
    public double FitCdnow() => GammaGammaModel.Fit(_cdnow).LogLikelihood ?? double.NaN;

    [Benchmark]
    public double ExpectedSpend_AllCdnowCustomers()
    {
        Model.ConditionalExpectedAverageSpend(_cdnow, _destination);
        return _destination[0];
    }
}
