using System.Globalization;
using BenchmarkDotNet.Attributes;
using RelationshipKit.Value;
using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Models.ParetoNbd;
using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Benchmarks;

/// <summary>
/// Pareto/NBD on CDNOW (2,357 customers, 1,016 distinct rows): the log-likelihood with J from the Euler-transformed
/// ₂F₁ series against the same likelihood with J integrated by adaptive quadrature (the baseline), the objective
/// with its analytic gradient, the whole fit, and batch predictions for 1,000,000 simulated customers.
/// </summary>
[MemoryDiagnoser]
public class ParetoNbdBenchmarks
{
    private static readonly ParetoNbdParameters Oracle = new(0.5534, 10.5802, 0.6061, 11.6562);

    private RfmTable _cdnow = null!;
    private double[] _x = [];
    private double[] _tx = [];
    private double[] _t = [];
    private double[] _w = [];
    private ParetoNbdObjective _objective = null!;
    private ParetoNbdModel _model = null!;
    private RfmTable _million = null!;
    private double[] _destination = [];
    private double[] _gradient = new double[4];

    [GlobalSetup]
    public void Setup()
    {
        _cdnow = LoadCdnow();
        var rows = SufficientRows.From(_cdnow);
        _x = rows.Frequency.AsSpan(0, rows.Count).ToArray();
        _tx = rows.Recency.AsSpan(0, rows.Count).ToArray();
        _t = rows.T.AsSpan(0, rows.Count).ToArray();
        _w = rows.Weight.AsSpan(0, rows.Count).ToArray();
        _objective = new ParetoNbdObjective(rows);
        _model = new ParetoNbdModel(Oracle, TimeUnit.Week);
        var random = new Random(42);
        var times = new double[1_000_000];
        for (var i = 0; i < times.Length; i++)
        {
            times[i] = 26 + (13 * random.NextDouble());
        }

        _million = _model.SimulateSummaries(times, random);
        _destination = new double[_million.Count];
    }

    /// <summary>The baseline: every customer's J by adaptive Gauss–Kronrod quadrature.</summary>
    [Benchmark(Baseline = true)]
    public double LogLikelihood_Quadrature()
    {
        var math = new ParetoNbdMath(Oracle.R, Oracle.Alpha, Oracle.S, Oracle.Beta);
        var logGammaR = SpecialFunctions.LogGamma(Oracle.R);
        var total = 0.0;
        for (var i = 0; i < _x.Length; i++)
        {
            var x = _x[i];
            var logJ = math.LogResidualIntegralByQuadrature(x, _tx[i], _t[i], false, out _, out _, out _, out _);
            var logA = (-(Oracle.R + x) * Math.Log(Oracle.Alpha + _t[i])) - (Oracle.S * Math.Log(Oracle.Beta + _t[i]));
            var bracket = ElementaryFunctions.LogAddExp(logA, Math.Log(Oracle.S) + logJ);
            total += _w[i] * (SpecialFunctions.LogGamma(Oracle.R + x) - logGammaR + (Oracle.R * Math.Log(Oracle.Alpha)) + (Oracle.S * Math.Log(Oracle.Beta)) + bracket);
        }

        return total;
    }

    /// <summary>The library's log-likelihood: J from the Euler-transformed series.</summary>
    [Benchmark]
    public double LogLikelihood_Series() => _objective.LogLikelihood(Oracle.R, Oracle.Alpha, Oracle.S, Oracle.Beta);

    /// <summary>One evaluation of the fit's objective: mean negative log-likelihood and its analytic gradient.</summary>
    [Benchmark]
    public double Objective_WithAnalyticGradient() => _objective.Evaluate([Oracle.R, Oracle.Alpha, Oracle.S, Oracle.Beta], _gradient);

    /// <summary>The whole fit on CDNOW, standard errors included (lifetimes' ParetoNBDFitter.fit: see docs/benchmarks.md).</summary>
    [Benchmark]
    public double Fit_Cdnow() => ParetoNbdModel.Fit(_cdnow).LogLikelihood ?? double.NaN;

    /// <summary>P(alive) for 1,000,000 simulated customers into a caller's buffer.</summary>
    [Benchmark]
    public double ProbabilityAlive_Million()
    {
        _model.ProbabilityAlive(_million, _destination);
        return _destination[^1];
    }

    /// <summary>E[purchases in the next 39 weeks] for 1,000,000 simulated customers into a caller's buffer.</summary>
    [Benchmark]
    public double ConditionalExpectedPurchases_Million()
    {
        _model.ConditionalExpectedPurchases(39, _million, _destination);
        return _destination[^1];
    }

    internal static string DataPath(string file)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "RelationshipKit.Value.Tests", "TestData", file);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            directory = directory.Parent;
        }

        throw new FileNotFoundException($"{file} not found above {AppContext.BaseDirectory}.");
    }

    private static RfmTable LoadCdnow()
    {
        var rows = File.ReadAllLines(DataPath("cdnow_customers_summary.csv")).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray();
        static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);
        return RfmTable.Create(
            rows.Select(r => Parse(r[1])).ToArray(),
            rows.Select(r => Parse(r[2])).ToArray(),
            rows.Select(r => Parse(r[3])).ToArray(),
            TimeUnit.Week);
    }
}
