using BenchmarkDotNet.Attributes;
using RelationshipKit.Idic.Identify;

namespace RelationshipKit.Benchmarks;

/// <summary>
/// Resolving about 1,050,000 channel records of 300,000 true customers (<see cref="ChannelRecordGenerator"/>),
/// normalisation included. Baseline: the same union-find with one thread normalising; the library normalises on
/// every core.
/// </summary>
[MemoryDiagnoser]
public class IdentityResolutionBenchmarks
{
    private ChannelRecord[] _records = null!;
    private IdentityResolver _oneThread = null!;
    private IdentityResolver _allCores = null!;

    [Params(300_000)]
    public int Customers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _records = ChannelRecordGenerator.Generate(Customers, seed: 12).Records;
        _oneThread = new IdentityResolver(new IdentityResolutionOptions { MaxDegreeOfParallelism = 1 });
        _allCores = new IdentityResolver();
    }

    [Benchmark(Baseline = true)]
    public int Resolve_OneThread() => _oneThread.Resolve(_records).Clusters.Count;

    [Benchmark]
    public int Resolve() => _allCores.Resolve(_records).Clusters.Count;
}
