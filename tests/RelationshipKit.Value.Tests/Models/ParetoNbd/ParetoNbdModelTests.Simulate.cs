using RelationshipKit.Value.Models.ParetoNbd;

namespace RelationshipKit.Value.Tests.Models.ParetoNbd;

public partial class ParetoNbdModelTests
{
    [Fact]
    public void SimulateSummaries_SameSeed_SameCustomers()
    {
        var times = Enumerable.Repeat(39.0, 500).ToArray();
        var a = Cdnow().SimulateSummaries(times, new Random(7));
        var b = Cdnow().SimulateSummaries(times, new Random(7));
        a.Frequency.ToArray().Should().Equal(b.Frequency.ToArray());
        a.Recency.ToArray().Should().Equal(b.Recency.ToArray());
        a.TimeUnit.Should().Be(TimeUnit.Week);
    }

    [Fact]
    public void SimulateSummaries_ThenFit_RecoversTheParameters()
    {
        // 20,000 customers with CDNOW-like parameters and observation times of 26–39 weeks: every estimate lies
        // within four standard errors of the truth.
        var truth = new ParetoNbdParameters(0.55, 10.58, 0.61, 11.67);
        var random = new Random(2005);
        var times = Enumerable.Range(0, 20_000).Select(_ => 26 + (13 * random.NextDouble())).ToArray();
        var data = new ParetoNbdModel(truth, TimeUnit.Week).SimulateSummaries(times, random);

        var fit = ParetoNbdModel.Fit(data);

        fit.Converged.Should().BeTrue(fit.Message);
        double[] expected = [truth.R, truth.Alpha, truth.S, truth.Beta];
        for (var k = 0; k < 4; k++)
        {
            var estimate = fit.Parameters[k];
            Math.Abs(estimate.Value - expected[k]).Should().BeLessThan(4 * estimate.StandardError!.Value, estimate.Name);
        }
    }

    [Fact]
    public void SimulateTransactions_AgreesWithTheModelsExpectations()
    {
        // The log's summaries: frequencies average E[X(T)] and recencies never exceed T.
        var model = Cdnow();
        var times = Enumerable.Repeat(52.0, 40_000).ToArray();
        var log = model.SimulateTransactions(times, new Random(11));
        var summary = log.Summarize(times);

        log.CustomerCount.Should().Be(40_000);
        log.Time[0].Should().Be(0);
        var frequencies = summary.Frequency.ToArray();
        var mean = frequencies.Average();
        var sd = Math.Sqrt(frequencies.Select(x => (x - mean) * (x - mean)).Sum() / (frequencies.Length - 1));
        mean.Should().BeApproximately(model.ExpectedPurchases(52), 4 * sd / Math.Sqrt(frequencies.Length));
        summary.Recency.ToArray().Should().OnlyContain(tx => tx <= 52);

        var summaries = model.SimulateSummaries(times, new Random(12)).Frequency.ToArray().Average();
        summaries.Should().BeApproximately(model.ExpectedPurchases(52), 4 * sd / Math.Sqrt(frequencies.Length));
    }

    [Fact]
    public void Simulate_BadArguments_Throw()
    {
        var model = Cdnow();
        var nullRandom = () => model.SimulateSummaries([1.0], null!);
        nullRandom.Should().Throw<ArgumentNullException>().WithParameterName("random");
        var negative = () => model.SimulateTransactions([1.0, -2.0], new Random(1));
        negative.Should().Throw<ArgumentOutOfRangeException>().WithMessage("observationTimes must hold finite numbers >= 0; item 1 was -2.*");
    }
}
