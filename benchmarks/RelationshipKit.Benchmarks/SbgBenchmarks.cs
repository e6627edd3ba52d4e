using BenchmarkDotNet.Attributes;
using RelationshipKit.Value;
using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Models.Sbg;
using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Benchmarks;

/// <summary>
/// The sBG model: fitting a 12-period survival curve (Fader &amp; Hardie 2007, regular segment, years 0–12) with the
/// library's recursive log-likelihood against the textbook beta-function likelihood (log-beta and digamma per row,
/// the baseline), fitting 100 000 individual censored lifetimes, and DEL by continued fraction against the power series.
/// </summary>
[MemoryDiagnoser]
public class SbgBenchmarks
{
    private static readonly double[] Curve = [1000, 631, 468, 382, 326, 289, 262, 241, 223, 207, 194, 183, 173];
    private static readonly SbgModel Model = new(new SbgParameters(0.704, 1.182));
    private int[] _lifetimes = [];
    private bool[] _churned = [];
    private readonly double[] _projection = new double[120];

    [GlobalSetup]
    public void Setup()
    {
        // 100 000 customers drawn from the fitted model, observed for up to 12 periods.
        var random = new Random(42);
        _lifetimes = new int[100_000];
        _churned = new bool[100_000];
        for (var i = 0; i < _lifetimes.Length; i++)
        {
            var u = random.NextDouble();
            var t = 1;
            while (t <= 12 && u < Model.Survival(t))
            {
                t++;
            }

            _churned[i] = t <= 12;
            _lifetimes[i] = _churned[i] ? t : 12;
        }
    }

    [Benchmark(Baseline = true)]
    public double Fit12Periods_BetaFunctionLikelihood()
    {
        var k = Curve.Length - 1;
        double Objective(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            double a = theta[0], b = theta[1], ll = 0, ga = 0, gb = 0;
            var logB = SpecialFunctions.LogBeta(a, b);
            var dA0 = SpecialFunctions.Digamma(a) - SpecialFunctions.Digamma(a + b);
            var dB0 = SpecialFunctions.Digamma(b) - SpecialFunctions.Digamma(a + b);
            for (var t = 1; t <= k; t++)
            {
                var w = Curve[t - 1] - Curve[t];
                ll += w * (SpecialFunctions.LogBeta(a + 1, b + t - 1) - logB);
                var psi = SpecialFunctions.Digamma(a + b + t);
                ga += w * (SpecialFunctions.Digamma(a + 1) - psi - dA0);
                gb += w * (SpecialFunctions.Digamma(b + t - 1) - psi - dB0);
            }

            var survivors = Curve[k];
            var psiK = SpecialFunctions.Digamma(a + b + k);
            ll += survivors * (SpecialFunctions.LogBeta(a, b + k) - logB);
            ga += survivors * (SpecialFunctions.Digamma(a) - psiK - dA0);
            gb += survivors * (SpecialFunctions.Digamma(b + k) - psiK - dB0);
            gradient[0] = -ga / Curve[0];
            gradient[1] = -gb / Curve[0];
            return -ll / Curve[0];
        }

        var outcome = MaximumLikelihood.Fit(Objective, [1.0, 1.0], [1.0, 1.0], Curve[0], new FitOptions(), CancellationToken.None);
        return outcome.Parameters[0];
    }

    [Benchmark]
    public double Fit12Periods() => SbgModel.Fit(Curve).Parameters[0].Value;

    [Benchmark]
    public double FitLifetimes_100k() => SbgModel.FitLifetimes(_lifetimes, _churned).Parameters[0].Value;

    [Benchmark]
    public double Del_PowerSeries() => Hypergeometric.Hyp2F1(1, 1.182, 1.886, 1 / 1.1);

    [Benchmark]
    public double Del_ContinuedFraction() => Model.DiscountedExpectedLifetime(DiscountRate.PerPeriod(0.1));

    [Benchmark]
    public double Derl_TenRenewals() => Model.DiscountedExpectedResidualLifetime(DiscountRate.PerPeriod(0.1), 10);

    [Benchmark]
    public double Survival_120Periods()
    {
        Model.Survival(_projection);
        return _projection[^1];
    }
}
