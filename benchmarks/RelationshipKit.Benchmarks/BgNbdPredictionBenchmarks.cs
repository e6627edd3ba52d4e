using BenchmarkDotNet.Attributes;
using RelationshipKit.Value;
using RelationshipKit.Value.Models.BgNbd;

namespace RelationshipKit.Benchmarks;

/// <summary>
/// BG/NBD predictions for 1,000,000 customers: the per-customer methods called in a loop (the baseline; one thread,
/// scalar) against the batch overloads that write into a caller's span (vectorised with 256-bit vectors and spread
/// over the cores, nothing allocated per customer).
/// </summary>
[MemoryDiagnoser]
public class BgNbdPredictionBenchmarks
{
    private readonly BgNbdModel _model = BenchmarkData.CdnowModel;
    private RfmTable _million = null!;
    private double[] _destination = [];

    [GlobalSetup]
    public void Setup()
    {
        _million = BenchmarkData.Million();
        _destination = new double[_million.Count];
    }

    [Benchmark(Baseline = true)]
    public double ProbabilityAlive_PerCustomerLoop()
    {
        var x = _million.Frequency;
        var tx = _million.Recency;
        var t = _million.T;
        for (var i = 0; i < _destination.Length; i++)
        {
            _destination[i] = _model.ProbabilityAlive(x[i], tx[i], t[i]);
        }

        return _destination[^1];
    }

    [Benchmark]
    public double ProbabilityAlive_Batch()
    {
        _model.ProbabilityAlive(_million, _destination);
        return _destination[^1];
    }

    [Benchmark]
    public double ExpectedPurchases39Weeks_PerCustomerLoop()
    {
        var x = _million.Frequency;
        var tx = _million.Recency;
        var t = _million.T;
        for (var i = 0; i < _destination.Length; i++)
        {
            _destination[i] = _model.ConditionalExpectedPurchases(39, x[i], tx[i], t[i]);
        }

        return _destination[^1];
    }

    [Benchmark]
    public double ExpectedPurchases39Weeks_Batch()
    {
        _model.ConditionalExpectedPurchases(39, _million, _destination);
        return _destination[^1];
    }
}
