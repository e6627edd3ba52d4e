using BenchmarkDotNet.Attributes;
using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Benchmarks;

/// <summary>
/// Hand-written log-gamma and digamma against MathNet.Numerics 5.0.0, over the argument range the models reach.
/// The library keeps its own routines only while they measure at least as fast (see docs/benchmarks.md).
/// </summary>
[MemoryDiagnoser]
public class SpecialFunctionsBenchmarks
{
    private double[] _arguments = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _arguments = new double[1024];
        for (var i = 0; i < _arguments.Length; i++)
        {
            _arguments[i] = Math.Exp((random.NextDouble() * 14) - 4);
        }
    }

    [Benchmark(Baseline = true)]
    public double LogGamma_MathNet()
    {
        var sum = 0.0;
        foreach (var x in _arguments)
        {
            sum += MathNet.Numerics.SpecialFunctions.GammaLn(x);
        }

        return sum;
    }

    [Benchmark]
    public double LogGamma_RelationshipKit()
    {
        var sum = 0.0;
        foreach (var x in _arguments)
        {
            sum += SpecialFunctions.LogGamma(x);
        }

        return sum;
    }

    [Benchmark]
    public double Digamma_MathNet()
    {
        var sum = 0.0;
        foreach (var x in _arguments)
        {
            sum += MathNet.Numerics.SpecialFunctions.DiGamma(x);
        }

        return sum;
    }

    [Benchmark]
    public double Digamma_RelationshipKit()
    {
        var sum = 0.0;
        foreach (var x in _arguments)
        {
            sum += SpecialFunctions.Digamma(x);
        }

        return sum;
    }
}
