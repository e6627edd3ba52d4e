using System.Globalization;
using RelationshipKit.Value;
using RelationshipKit.Value.Models.BgBb;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>Code shown on docs/value/bgbb.md, compiled and checked here (donations: Fader, Hardie &amp; Shang 2010).</summary>
public class BgBbSnippets
{
    [Fact]
    public void Fit()
    {
        #region bgbb-fit
        // 11,104 first-time donors of 1995, followed over n = 6 yearly
        // campaigns: 22 distinct histories with weights. x = donations after
        // the first, tx = campaign of the last donation, weight = donors.
        double[] x = [0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 6];
        double[] tx =
            [0, 1, 2, 3, 4, 5, 6, 2, 3, 4, 5, 6, 3, 4, 5, 6, 4, 5, 6, 5, 6, 6];
        double[] n = Enumerable.Repeat(6.0, 22).ToArray();
        double[] donors =
        [
            3464, 1091, 277, 129, 78, 119, 129, 613, 255, 155, 173,
            234, 322, 181, 225, 357, 240, 284, 512, 335, 728, 1203,
        ];
        var donations = RfmTable.Create(x, tx, n, TimeUnit.Period, donors);

        var fit = BgBbModel.Fit(donations);

        var alpha = fit["alpha"].Value;
        // 1.204
        var beta = fit["beta"].Value;
        // 0.750
        var gamma = fit["gamma"].Value;
        // 0.657
        var delta = fit["delta"].Value;
        // 2.783
        var logLikelihood = fit.LogLikelihood;
        // −33225.58
        #endregion

        fit.Converged.Should().BeTrue();
        alpha.Should().BeApproximately(1.204, 0.0005);
        beta.Should().BeApproximately(0.750, 0.0005);
        gamma.Should().BeApproximately(0.657, 0.0005);
        delta.Should().BeApproximately(2.783, 0.0005);
        logLikelihood.Should().BeApproximately(-33225.58, 0.01);
        fit.Customers.Should().Be(11104);
    }

    [Fact]
    public void Predict()
    {
        var donations = ReadDonations();

        #region bgbb-predict
        // Or from known parameters:
        // new BgBbModel(new BgBbParameters(alpha, beta, gamma, delta))
        var model = BgBbModel.Fit(donations).Model;

        // Will the donor still be "alive" at the 7th campaign?
        var lapsed = model.ProbabilityAlive(frequency: 0, recency: 0, opportunities: 6);
        // 0.11
        var patchy = model.ProbabilityAlive(frequency: 2, recency: 4, opportunities: 6);
        // 0.59
        var loyal = model.ProbabilityAlive(frequency: 6, recency: 6, opportunities: 6);
        // 0.93

        // Donations expected from the whole cohort over the next 5 campaigns.
        var perHistory = new double[donations.Count];
        model.ConditionalExpectedPurchases(5, donations, perHistory);
        var total = 0.0;
        for (var i = 0; i < donations.Count; i++)
        {
            total += donations.Weight[i] * perHistory[i];
        }
        // total: 12,884.2

        // A new donor: 2.22 repeat donations expected in 6 campaigns;
        // 31 % give none.
        var expected = model.ExpectedPurchases(opportunities: 6);
        var none = model.ProbabilityOfPurchases(opportunities: 6, count: 0);

        // A loyal donor's future donations, each discounted by 10 % a campaign.
        var dert = model.DiscountedExpectedResidualPurchases(
            DiscountRate.PerPeriod(0.10), frequency: 6, recency: 6, opportunities: 6);
        // 5.91
        #endregion

        lapsed.Should().BeApproximately(0.11, 0.005);
        patchy.Should().BeApproximately(0.59, 0.005);
        loyal.Should().BeApproximately(0.93, 0.005);
        total.Should().BeApproximately(12884.2, 1.5);
        expected.Should().BeApproximately(2.22, 0.005);
        none.Should().BeApproximately(0.311, 0.0005);
        dert.Should().BeApproximately(5.91, 0.005);
    }

    [Fact]
    public void Simulate()
    {
        #region bgbb-simulate
        var truth = new BgBbModel(new BgBbParameters(1.204, 0.750, 0.657, 2.783));
        var campaigns = Enumerable.Repeat(6, 30_000).ToArray();

        // Rows in TimeUnit.Period.
        var simulated = truth.SimulateSummaries(campaigns, new Random(2010));
        var refit = BgBbModel.Fit(simulated);
        #endregion

        refit.Converged.Should().BeTrue();
        Math.Abs(refit["alpha"].Value - 1.204).Should().BeLessThan(4 * refit["alpha"].StandardError!.Value);
    }

    [Theory]
    [InlineData(0, 0, 0.11, 0.07, 0.11)]
    [InlineData(2, 4, 0.59, 1.06, 1.67)]
    [InlineData(6, 6, 0.93, 3.75, 5.91)]
    public void WorkedExampleTable_RowsAsPrinted(int x, int tx, double alive, double nextFive, double dert)
    {
        // The table of docs/value/bgbb.md, "Worked example: donations", to the digits printed.
        var model = BgBbModel.Fit(ReadDonations()).Model;
        model.ProbabilityAlive(x, tx, 6).Should().BeApproximately(alive, 0.005);
        model.ConditionalExpectedPurchases(5, x, tx, 6).Should().BeApproximately(nextFive, 0.005);
        model.DiscountedExpectedResidualPurchases(DiscountRate.PerPeriod(0.10), x, tx, 6).Should().BeApproximately(dert, 0.005);
    }

    private static RfmTable ReadDonations()
    {
        var rows = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "donations.csv"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(',').Select(cell => double.Parse(cell, CultureInfo.InvariantCulture)).ToArray())
            .ToArray();
        return RfmTable.Create(rows.Select(r => r[0]).ToArray(), rows.Select(r => r[1]).ToArray(), rows.Select(r => r[2]).ToArray(), TimeUnit.Period, rows.Select(r => r[3]).ToArray());
    }
}
