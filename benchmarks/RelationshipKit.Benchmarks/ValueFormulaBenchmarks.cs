using BenchmarkDotNet.Attributes;
using RelationshipKit.Value;
using RelationshipKit.Value.Formulas;

namespace RelationshipKit.Benchmarks;

/// <summary>
/// The closed-form lifetime-value formulas. Baseline: the finite-horizon discounted retention value summed term by
/// term (the textbook Σₜ m rᵗ / (1 + d)ᵗ) against the closed form with repeated squaring that the library uses.
/// </summary>
[MemoryDiagnoser]
public class ValueFormulaBenchmarks
{
    private static readonly Money Margin = new(100m, Currency.Pln);
    private static readonly RetentionRate Retention = RetentionRate.PerYear(0.8);
    private static readonly DiscountRate Discount = DiscountRate.PerYear(0.1);
    private CustomerSegment[] _segments = [];

    /// <summary>Gets or sets the horizon in periods: a 12-month plan and a 10-year monthly plan.</summary>
    [Params(12, 120)]
    public int Periods { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var pln = Currency.Pln;
        _segments =
        [
            new("one-off buyers", 6_000, new Money(150m, pln), 1, RetentionRate.PerYear(0), new Money(20m, pln), new Money(50m, pln)),
            new("occasional", 3_000, new Money(250m, pln), 3, RetentionRate.PerYear(0.5), new Money(60m, pln), new Money(150m, pln)),
            new("loyal readers", 1_000, new Money(1_000m, pln), 6, RetentionRate.PerYear(0.8), new Money(1_000m, pln), new Money(4_000m, pln)),
            new("deal hunters", 2_000, new Money(100m, pln), 1, RetentionRate.PerYear(0.1), new Money(15m, pln), new Money(200m, pln)),
        ];
    }

    [Benchmark(Baseline = true)]
    public Money FiniteHorizon_NaiveSum()
    {
        var q = 0.8m / 1.1m;
        var term = 1m;
        var sum = 0m;
        for (var t = 1; t <= Periods; t++)
        {
            term *= q;
            sum += term;
        }

        return Margin * sum;
    }

    [Benchmark]
    public Money FiniteHorizon_ClosedForm() => CustomerLifetimeValue.DiscountedRetention(Margin, Retention, Discount, Periods);

    [Benchmark]
    public Money InfiniteHorizon() => CustomerLifetimeValue.DiscountedRetention(Margin, Retention, Discount);

    [Benchmark]
    public Money Simple() => CustomerLifetimeValue.Simple(new Money(1000m, Currency.Pln), 6, 5);

    [Benchmark]
    public AcquisitionResult AcquisitionCheck() => CustomerLifetimeValue.CheckAcquisition(new Money(30_000m, Currency.Pln), new Money(40_000m, Currency.Pln));

    [Benchmark]
    public Money BySegment_FourSegments() => CustomerLifetimeValue.BySegment(_segments).TotalValue;
}
