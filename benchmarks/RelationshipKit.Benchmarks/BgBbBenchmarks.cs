using System.Globalization;
using BenchmarkDotNet.Attributes;
using RelationshipKit.Value;
using RelationshipKit.Value.Models.BgBb;
using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Benchmarks;

/// <summary>
/// BG/BB on the donations data (11,104 donors, 22 weighted rows): the log-likelihood with each term of the sum from
/// its own beta functions (the baseline, as the formula reads) against the library's ratio recurrence, the whole fit,
/// and batch predictions for 1,000,000 simulated donors with 6 to 20 opportunities.
/// </summary>
[MemoryDiagnoser]
public class BgBbBenchmarks
{
    private static readonly BgBbParameters Donations = new(1.2035, 0.7497, 0.6567, 2.7834);

    private RfmTable _donations = null!;
    private RfmTable _million = null!;
    private BgBbModel _model = null!;
    private double[] _destination = [];

    [GlobalSetup]
    public void Setup()
    {
        var rows = File.ReadAllLines(ParetoNbdBenchmarks.DataPath("donations.csv")).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(',').Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        _donations = RfmTable.Create(rows.Select(r => r[0]).ToArray(), rows.Select(r => r[1]).ToArray(), rows.Select(r => r[2]).ToArray(), TimeUnit.Period, rows.Select(r => r[3]).ToArray());
        _model = new BgBbModel(Donations);
        var random = new Random(42);
        var opportunities = new int[1_000_000];
        for (var i = 0; i < opportunities.Length; i++)
        {
            opportunities[i] = random.Next(6, 21);
        }

        _million = _model.SimulateSummaries(opportunities, random);
        _destination = new double[_million.Count];
    }

    /// <summary>The baseline: the FHS 2010 likelihood term by term, two log-beta functions per term.</summary>
    [Benchmark(Baseline = true)]
    public double LogLikelihood_TermByTerm()
    {
        double a = Donations.Alpha, b = Donations.Beta, g = Donations.Gamma, d = Donations.Delta;
        var normaliser = SpecialFunctions.LogBeta(a, b) + SpecialFunctions.LogBeta(g, d);
        var x = _donations.Frequency;
        var tx = _donations.Recency;
        var n = _donations.T;
        var w = _donations.Weight;
        var total = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            var log = SpecialFunctions.LogBeta(a + x[i], b + n[i] - x[i]) + SpecialFunctions.LogBeta(g, d + n[i]);
            for (var j = 0; j < n[i] - tx[i]; j++)
            {
                log = ElementaryFunctions.LogAddExp(log, SpecialFunctions.LogBeta(a + x[i], b + tx[i] - x[i] + j) + SpecialFunctions.LogBeta(g + 1, d + tx[i] + j));
            }

            total += w[i] * (log - normaliser);
        }

        return total;
    }

    /// <summary>The library's log-likelihood (ratio recurrence along the sum).</summary>
    [Benchmark]
    public double LogLikelihood_Recurrence() => _model.LogLikelihood(_donations);

    /// <summary>The whole weighted fit on donations, standard errors included (lifetimes' BetaGeoBetaBinomFitter.fit: see docs/benchmarks.md).</summary>
    [Benchmark]
    public double Fit_Donations() => BgBbModel.Fit(_donations).LogLikelihood ?? double.NaN;

    /// <summary>P(alive at the next opportunity) for 1,000,000 simulated donors.</summary>
    [Benchmark]
    public double ProbabilityAlive_Million()
    {
        _model.ProbabilityAlive(_million, _destination);
        return _destination[^1];
    }

    /// <summary>E[purchases in the next 5 opportunities] for 1,000,000 simulated donors.</summary>
    [Benchmark]
    public double ConditionalExpectedPurchases_Million()
    {
        _model.ConditionalExpectedPurchases(5, _million, _destination);
        return _destination[^1];
    }
}
