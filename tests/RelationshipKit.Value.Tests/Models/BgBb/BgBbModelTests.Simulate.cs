using RelationshipKit.Value.Models.BgBb;

namespace RelationshipKit.Value.Tests.Models.BgBb;

public partial class BgBbModelTests
{
    [Fact]
    public void SimulateSummaries_ThenFit_RecoversTheParameters()
    {
        // 30,000 donors with the donations parameters and 6 to 10 opportunities each: every estimate lies within
        // four standard errors of the truth; the rows are valid discrete-time histories.
        var truth = new BgBbParameters(1.204, 0.750, 0.657, 2.783);
        var random = new Random(2010);
        var opportunities = Enumerable.Range(0, 30_000).Select(_ => random.Next(6, 11)).ToArray();
        var data = new BgBbModel(truth).SimulateSummaries(opportunities, random);

        var fit = BgBbModel.Fit(data);

        fit.Converged.Should().BeTrue(fit.Message);
        double[] expected = [truth.Alpha, truth.Beta, truth.Gamma, truth.Delta];
        for (var k = 0; k < 4; k++)
        {
            var estimate = fit.Parameters[k];
            Math.Abs(estimate.Value - expected[k]).Should().BeLessThan(4 * estimate.StandardError!.Value, estimate.Name);
        }
    }

    [Fact]
    public void SimulateTransactions_AgreesWithTheModelsExpectations()
    {
        var model = Donations();
        var opportunities = Enumerable.Repeat(6, 50_000).ToArray();
        var log = model.SimulateTransactions(opportunities, new Random(3));
        var summary = log.Summarize(opportunities.Select(n => (double)n).ToArray());
        var frequencies = summary.Frequency.ToArray();
        var mean = frequencies.Average();
        var sd = Math.Sqrt(frequencies.Select(x => (x - mean) * (x - mean)).Sum() / (frequencies.Length - 1));

        log.TimeUnit.Should().Be(TimeUnit.Period);
        mean.Should().BeApproximately(model.ExpectedPurchases(6), 4 * sd / Math.Sqrt(frequencies.Length));
        log.Time.ToArray().Should().OnlyContain(t => t == Math.Floor(t) && t <= 6);

        // The share of donors with x purchases matches P(X(6) = x).
        var summaries = model.SimulateSummaries(opportunities, new Random(4));
        for (var x = 0; x <= 6; x++)
        {
            var share = summaries.Frequency.ToArray().Count(f => f == x) / 50_000.0;
            var p = model.ProbabilityOfPurchases(6, x);
            share.Should().BeApproximately(p, 4 * Math.Sqrt(p * (1 - p) / 50_000), $"x = {x}");
        }
    }

    [Fact]
    public void Simulate_SameSeedAndBadArguments()
    {
        var model = Donations();
        model.SimulateSummaries([6, 6, 6], new Random(5)).Frequency.ToArray()
            .Should().Equal(model.SimulateSummaries([6, 6, 6], new Random(5)).Frequency.ToArray());
        var negative = () => model.SimulateSummaries([6, -1], new Random(1));
        negative.Should().Throw<ArgumentOutOfRangeException>().WithMessage("opportunities must hold numbers >= 0; item 1 was -1.*");
        var nullRandom = () => model.SimulateTransactions([6], null!);
        nullRandom.Should().Throw<ArgumentNullException>().WithParameterName("random");
    }
}
