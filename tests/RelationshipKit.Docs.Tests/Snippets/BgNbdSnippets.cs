using System.Globalization;
using RelationshipKit.Value;
using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Models;
using RelationshipKit.Value.Models.BgNbd;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>Code shown on docs/value/bgnbd.md, compiled and checked here; the page's CDNOW tables are rebuilt and must match.</summary>
public class BgNbdSnippets
{
    [Fact]
    public void Fit()
    {
        var path = CdnowExample.DataPath("cdnow_customers_summary.csv");
        #region bgnbd-fit
        // cdnow_customers_summary.csv: ID,frequency,recency,T
        // 2,357 CDNOW customers, times in weeks.
        var rows = File.ReadLines(path)
            .Skip(1)
            .Select(line => line.Split(','))
            .ToArray();
        double[] Column(int i) => rows
            .Select(r => double.Parse(r[i], CultureInfo.InvariantCulture))
            .ToArray();
        RfmTable data = RfmTable.Create(
            frequency: Column(1), recency: Column(2), t: Column(3), TimeUnit.Week);

        FitResult<BgNbdModel> fit = BgNbdModel.Fit(data);
        // fit.Converged == true, fit.LogLikelihood ≈ -9582.43
        // r = 0.243 (0.013), alpha = 4.414 (0.378)
        // a = 0.793 (0.186), b = 2.426 (0.705)
        BgNbdModel model = fit.Model;
        #endregion

        fit.Converged.Should().BeTrue();
        fit.LogLikelihood.Should().BeApproximately(-9582.43, 0.005);
        Round(fit["r"].Value, 3).Should().Be(0.243);
        Round(fit["alpha"].Value, 3).Should().Be(4.414);
        Round(fit["a"].Value, 3).Should().Be(0.793);
        Round(fit["b"].Value, 3).Should().Be(2.426);
        Round(fit["r"].StandardError!.Value, 3).Should().Be(0.013);
        Round(fit["alpha"].StandardError!.Value, 3).Should().Be(0.378);
        Round(fit["a"].StandardError!.Value, 3).Should().Be(0.186);
        Round(fit["b"].StandardError!.Value, 3).Should().Be(0.705);
        Round(fit.Aic!.Value, 2).Should().Be(19172.85);
        model.Should().NotBeNull();
    }

    [Fact]
    public void Predict()
    {
        var model = CdnowExample.Fitted;
        #region bgnbd-predict
        // A customer with 2 repeat purchases, the last at week 30.43,
        // observed for 38.86 weeks:
        var alive = model.ProbabilityAlive(frequency: 2, recency: 30.43, t: 38.86);
        // 0.7266
        var next39 = model.ConditionalExpectedPurchases(39, 2, 30.43, 38.86);
        // 1.226 purchases in the next 39 weeks

        // The same count, but the last purchase long ago: probably gone.
        var lapsed = model.ProbabilityAlive(5, 10, 38.86);
        // 0.0248

        // A new customer: expected repeat purchases in the first 78 weeks,
        // and the chance of exactly none in 30.
        var firstYearAndHalf = model.ExpectedPurchases(78);
        // 1.858
        var noneIn30 = model.ProbabilityOfPurchases(30, count: 0);
        // 0.6076
        #endregion

        Round(alive, 4).Should().Be(0.7266);
        Round(next39, 3).Should().Be(1.226);
        Round(lapsed, 4).Should().Be(0.0248);
        Round(firstYearAndHalf, 3).Should().Be(1.858);
        Round(noneIn30, 4).Should().Be(0.6076);

        // The page's table of six customers.
        (double X, double Tx, string Label)[] customers = [(0, 0, "0"), (1, 32, "32"), (2, 30.43, "30.43"), (5, 35, "35"), (5, 10, "10"), (10, 38, "38")];
        CdnowExample.CheckRows("bgnbd.md", customers.Select(c => string.Create(
            CultureInfo.InvariantCulture,
            $"| {c.X} | {c.Label} | {model.ProbabilityAlive(c.X, c.Tx, 38.86):0.000} | {model.ConditionalExpectedPurchases(39, c.X, c.Tx, 38.86):0.000} |")));
        CdnowExample.CheckRows("bgnbd.md", [
            string.Create(CultureInfo.InvariantCulture, $"E[X(t)] at t = 1, 3, 32 and 78 weeks is {model.ExpectedPurchases(1):0.0000}, {model.ExpectedPurchases(3):0.0000}, {model.ExpectedPurchases(32):0.0000} and {model.ExpectedPurchases(78):0.000} repeat purchases"),
        ]);
    }

    [Fact]
    public void Batch()
    {
        var model = CdnowExample.Fitted;
        var data = CdnowExample.Summary();
        #region bgnbd-batch
        // Every customer at once, into your own buffers: vectorised, spread over
        // the cores, no allocation per row.
        var alive = new double[data.Count];
        var expected = new double[data.Count];
        model.ProbabilityAlive(data, alive);
        model.ConditionalExpectedPurchases(39, data, expected);

        var expectedTotal = expected.Sum();
        // 1,653 repeat purchases expected from the cohort in weeks 40–78
        #endregion

        Round(expectedTotal, 0).Should().Be(1653);
        alive[0].Should().Be(model.ProbabilityAlive(data.Frequency[0], data.Recency[0], data.T[0]));
    }

    [Fact]
    public void Tracking()
    {
        var model = CdnowExample.Fitted;
        var (firstPurchaseWeeks, holdoutPurchases, _) = CdnowExample.Transactions();
        var calibration = CdnowExample.Summary();
        #region bgnbd-tracking
        // The cohort joined over the first 12 weeks of 1997; firstPurchaseWeeks
        // holds each customer's first purchase in weeks since 1997-01-01.
        // Expected cumulative repeat purchases at the end of each week:
        double[] weeks = Enumerable.Range(1, 78).Select(w => (double)w).ToArray();
        var cumulative = new double[weeks.Length];
        CohortForecast.CumulativeRepeatPurchases(
            model, firstPurchaseWeeks, weights: default, weeks, cumulative);

        // Calibration (weeks 1–39) against holdout (weeks 40–78), grouped by
        // calibration frequency 0, 1, …, 7+:
        var byFrequency = CohortForecast.CompareHoldout(
            model, calibration, holdoutPurchases, holdoutLength: 39, maxFrequency: 7);
        #endregion

        cumulative.Should().BeInAscendingOrder();
        byFrequency.Should().HaveCount(8);
        CdnowExample.CheckRows("bgnbd.md", CdnowExample.TrackingRows(model));
        CdnowExample.CheckRows("bgnbd.md", CdnowExample.HoldoutRows(model));
    }

    [Fact]
    public void Simulate()
    {
        #region bgnbd-simulate
        var parameters = new BgNbdParameters(
            r: 0.243, alpha: 4.414, a: 0.793, b: 2.426);
        var truth = new BgNbdModel(parameters, TimeUnit.Week);
        // Always seeded: the same data every run.
        var random = new Random(2024);
        var observed = Enumerable.Range(0, 100_000)
            .Select(_ => 20 + (40 * random.NextDouble()))
            .ToArray();

        RfmTable simulated = truth.SimulateSummaries(observed, random);
        var refit = BgNbdModel.Fit(simulated);
        // recovers r, alpha, a, b within their standard errors
        #endregion

        refit.Converged.Should().BeTrue();
        foreach (var (name, value) in new[] { ("r", 0.243), ("alpha", 4.414), ("a", 0.793), ("b", 2.426) })
        {
            Math.Abs(refit[name].Value - value).Should().BeLessThan(4 * refit[name].StandardError!.Value);
        }
    }

    private static double Round(double value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero);
}
