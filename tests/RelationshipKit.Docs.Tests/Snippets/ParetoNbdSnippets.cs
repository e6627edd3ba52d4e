using System.Globalization;
using RelationshipKit.Value;
using RelationshipKit.Value.Models.ParetoNbd;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>Code shown on docs/value/pareto-nbd.md, compiled and checked here (CDNOW: Fader, Hardie &amp; Lee 2005).</summary>
public class ParetoNbdSnippets
{
    [Fact]
    public void Fit()
    {
        #region paretonbd-fit
        // CDNOW: 2,357 customers, repeat purchases x, recency t_x and age T
        // in weeks.
        var cdnow = ReadSummary(
            "TestData/cdnow_customers_summary.csv", TimeUnit.Week);

        var fit = ParetoNbdModel.Fit(cdnow);

        var converged = fit.Converged;
        // true
        var r = fit["r"].Value;
        // 0.553
        var alpha = fit["alpha"].Value;
        // 10.578 (weeks)
        var s = fit["s"].Value;
        // 0.606
        var beta = fit["beta"].Value;
        // 11.668 (weeks)
        var logLikelihood = fit.LogLikelihood;
        // −9594.97
        var betaError = fit["beta"].StandardError;
        // 6.21: β is poorly pinned down by 39 weeks
        #endregion

        converged.Should().BeTrue();
        r.Should().BeApproximately(0.553, 0.0005);
        alpha.Should().BeApproximately(10.578, 0.0005);
        s.Should().BeApproximately(0.606, 0.0005);
        beta.Should().BeApproximately(11.668, 0.0005);
        logLikelihood.Should().BeApproximately(-9594.97, 0.01);
        betaError.Should().BeApproximately(6.21, 0.01);
    }

    [Fact]
    public void Predict()
    {
        #region paretonbd-predict
        var parameters = new ParetoNbdParameters(
            r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562);
        var model = new ParetoNbdModel(parameters, TimeUnit.Week);

        // A customer with 26 repeat purchases, the last at week 30.86,
        // observed for 31 weeks:
        var alive = model.ProbabilityAlive(frequency: 26, recency: 30.86, t: 31);
        // 0.9979
        var nextYear = model.ConditionalExpectedPurchases(
            horizon: 52, frequency: 26, recency: 30.86, t: 31);
        // 25.45

        // The same history, but the last purchase at week 20: probably gone.
        var lapsed = model.ProbabilityAlive(frequency: 26, recency: 20, t: 31);
        // 0.011

        // A new customer: expected repeat purchases in 78 weeks, and the chance
        // of none at all in 30.
        var newCustomer = model.ExpectedPurchases(78);
        // 1.909
        var noneIn30Weeks = model.ProbabilityOfPurchases(t: 30, count: 0);
        // 0.615
        #endregion

        alive.Should().BeApproximately(0.9979, 0.00005);
        nextYear.Should().BeApproximately(25.45, 0.005);
        lapsed.Should().BeApproximately(0.011, 0.0005);
        newCustomer.Should().BeApproximately(1.909, 0.0005);
        noneIn30Weeks.Should().BeApproximately(0.615, 0.0005);
    }

    [Fact]
    public void DiscountedResidualPurchases()
    {
        var model = new ParetoNbdModel(new ParetoNbdParameters(0.5534, 10.5802, 0.6061, 11.6562), TimeUnit.Week);

        #region paretonbd-dert
        // 15 % a year, converted exactly to the model's weeks.
        var rate = DiscountRate.PerYear(0.15);

        // All future purchases of the customer above, each discounted back to
        // week 31 (the closed form of Fader, Hardie & Lee 2005).
        var dert = model.DiscountedExpectedResidualPurchases(
            rate, frequency: 26, recency: 30.86, t: 31);
        // 86.4
        // × margin rate × expected spend per purchase:
        var value = 2.5m * 35.0m * (decimal)dert;
        #endregion

        model.HasResidualPurchasesClosedForm.Should().BeTrue();
        dert.Should().BeApproximately(86.4, 0.05);
        value.Should().BeGreaterThan(7500m);
    }

    [Fact]
    public void Batch()
    {
        var cdnow = ReadSummary("TestData/cdnow_customers_summary.csv", TimeUnit.Week);
        var model = new ParetoNbdModel(new ParetoNbdParameters(0.5534, 10.5802, 0.6061, 11.6562), TimeUnit.Week);

        #region paretonbd-batch
        // Every customer at once, into buffers you own (no allocation per
        // customer; large tables use every core).
        var alive = new double[cdnow.Count];
        var nextYear = new double[cdnow.Count];
        model.ProbabilityAlive(cdnow, alive);
        model.ConditionalExpectedPurchases(52, cdnow, nextYear);

        var expectedActive = alive.Sum();
        // about 1,052 of the 2,357 customers
        var expectedPurchases = nextYear.Sum();
        // about 2,110 repeat purchases in the next 52 weeks
        #endregion

        expectedActive.Should().BeApproximately(1052, 1);
        expectedPurchases.Should().BeApproximately(2110, 1);
    }

    [Fact]
    public void Simulate()
    {
        #region paretonbd-simulate
        var parameters = new ParetoNbdParameters(0.55, 10.58, 0.61, 11.67);
        var truth = new ParetoNbdModel(parameters, TimeUnit.Week);
        // A seed: the same customers every run.
        var random = new Random(2005);
        var weeks = Enumerable.Range(0, 20_000)
            .Select(_ => 26 + (13 * random.NextDouble()))
            .ToArray();

        // (x, t_x, T) for 20,000 customers:
        var simulated = truth.SimulateSummaries(weeks, random);
        // recovers r, α, s, β within their standard errors:
        var refit = ParetoNbdModel.Fit(simulated);
        // or every purchase, as a transaction log:
        var log = truth.SimulateTransactions(weeks, random);
        #endregion

        refit.Converged.Should().BeTrue();
        Math.Abs(refit["r"].Value - 0.55).Should().BeLessThan(4 * refit["r"].StandardError!.Value);
        log.CustomerCount.Should().Be(20_000);
    }

    [Theory]
    [InlineData(26, 30.86, 31, 0.9979, 25.45)]
    [InlineData(26, 20, 31, 0.011, 0.28)]
    [InlineData(2, 30.43, 38.86, 0.869, 1.85)]
    [InlineData(0, 0, 38.86, 0.295, 0.14)]
    public void WorkedExampleTable_RowsAsPrinted(double x, double tx, double t, double alive, double nextYear)
    {
        // The table of docs/value/pareto-nbd.md, "Worked example: CDNOW", to the digits printed.
        var model = new ParetoNbdModel(new ParetoNbdParameters(0.5534, 10.5802, 0.6061, 11.6562), TimeUnit.Week);
        var digits = alive.ToString(CultureInfo.InvariantCulture).Length - 2;
        model.ProbabilityAlive(x, tx, t).Should().BeApproximately(alive, 0.5 * Math.Pow(10, -digits));
        model.ConditionalExpectedPurchases(52, x, tx, t).Should().BeApproximately(nextYear, 0.005);
    }

    /// <summary>Reads a summary CSV with columns (ID,)frequency,recency,T.</summary>
    internal static RfmTable ReadSummary(string relativePath, TimeUnit unit)
    {
        var rows = File.ReadLines(Path.Combine(AppContext.BaseDirectory, relativePath))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(',').Select(cell => double.Parse(cell, CultureInfo.InvariantCulture)).ToArray())
            .ToArray();
        return RfmTable.Create(rows.Select(r => r[1]).ToArray(), rows.Select(r => r[2]).ToArray(), rows.Select(r => r[3]).ToArray(), unit);
    }
}
