using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Models.BgNbd;

namespace RelationshipKit.Value.Tests.Models.BgNbd;

public partial class BgNbdModelTests
{
    [Fact]
    public void Fit_CdnowInDaysAndWeeks_GivesTheSameModelWithAlphaTimesSeven()
    {
        var weeks = BgNbdModel.Fit(CdnowData.Summary);
        var days = BgNbdModel.Fit(CdnowData.Summary.WithTimeUnit(TimeUnit.Day));

        days.TimeUnit.Should().Be(TimeUnit.Day);
        days["alpha"].Value.Should().BeApproximately(weeks["alpha"].Value * 7, weeks["alpha"].Value * 7 * 1e-6);
        days["r"].Value.Should().BeApproximately(weeks["r"].Value, 1e-6);
        days["a"].Value.Should().BeApproximately(weeks["a"].Value, 1e-6);
        days["b"].Value.Should().BeApproximately(weeks["b"].Value, 1e-5);
        days.Model.ProbabilityAlive(2, 30.43 * 7, 38.86 * 7).Should().BeApproximately(weeks.Model.ProbabilityAlive(2, 30.43, 38.86), 1e-7);
        days.Model.ConditionalExpectedPurchases(39 * 7, 2, 30.43 * 7, 38.86 * 7).Should().BeApproximately(weeks.Model.ConditionalExpectedPurchases(39, 2, 30.43, 38.86), 1e-6);

        // The likelihood is a density in the purchase times, so it changes by ln 7 per repeat purchase (2,457 of them).
        var repeatPurchases = CdnowData.Summary.Frequency.ToArray().Sum();
        repeatPurchases.Should().Be(2457);
        days.LogLikelihood.Should().BeApproximately(weeks.LogLikelihood!.Value - (repeatPurchases * Math.Log(7)), 1e-4);
    }

    [Fact]
    public void Fit_MoreThan200kRows_WarmStartedOnASubsample_ReachesTheSameMaximumAsAPlainSearch()
    {
        // Above 200,000 distinct rows the fit starts from a subsample's estimate and curvature; the answer must be
        // the full data's maximum all the same.
        var random = new Random(17);
        var t = new double[240_000];
        for (var i = 0; i < t.Length; i++)
        {
            t[i] = 27 + (12 * random.NextDouble());
        }

        var data = Published.SimulateSummaries(t, random);
        var fit = BgNbdModel.Fit(data);

        var likelihood = new BetaGeometricLikelihood(SufficientRows.From(data), modified: false);
        var plain = MaximumLikelihood.Fit(likelihood.Objective, [1, 1, 1, 1], [1, 33, 1, 1], data.TotalWeight, new FitOptions(), default);
        fit.Converged.Should().BeTrue(fit.Message);
        plain.Status.Should().Be(FitStatus.Converged);
        fit.Iterations.Should().BeLessThan(plain.Iterations);
        for (var i = 0; i < 4; i++)
        {
            fit.Parameters[i].Value.Should().BeApproximately(plain.Parameters[i], plain.Parameters[i] * 1e-5, BgNbdModel.ParameterNames[i]);
            fit.Parameters[i].StandardError!.Value.Should().BeApproximately(plain.StandardErrors![i], plain.StandardErrors[i] * 1e-3, BgNbdModel.ParameterNames[i]);
        }
    }

    [Fact]
    public void Fit_WeightedRows_EqualsExpandedRows()
    {
        var expanded = RfmTable.Create([0, 0, 0, 1, 1, 3, 2, 2], [0, 0, 0, 4, 4, 9, 7, 7], [10, 10, 10, 12, 12, 11, 9, 9], TimeUnit.Week);
        var weighted = RfmTable.Create([0, 1, 3, 2], [0, 4, 9, 7], [10, 12, 11, 9], TimeUnit.Week, [3, 2, 1, 2]);

        var a = BgNbdModel.Fit(expanded, new FitOptions { Penalizer = 0.01 });
        var b = BgNbdModel.Fit(weighted, new FitOptions { Penalizer = 0.01 });

        a.LogLikelihood.Should().BeApproximately(b.LogLikelihood, 1e-9);
        a.Customers.Should().Be(8);
        b.Customers.Should().Be(8);
        for (var i = 0; i < 4; i++)
        {
            a.Parameters[i].Value.Should().BeApproximately(b.Parameters[i].Value, 1e-7 * b.Parameters[i].Value);
        }
    }

    [Fact]
    public void Fit_Penalizer_ShrinksTheParametersAndIsReported()
    {
        var plain = BgNbdModel.Fit(CdnowData.Summary);
        var penalised = BgNbdModel.Fit(CdnowData.Summary, new FitOptions { Penalizer = 0.1 });

        penalised.Converged.Should().BeTrue();
        penalised.Penalizer.Should().Be(0.1);
        penalised.LogLikelihood.Should().BeLessThan(plain.LogLikelihood!.Value);
        (penalised["a"].Value + penalised["b"].Value).Should().BeLessThan(plain["a"].Value + plain["b"].Value);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Simulation_RecoversTheParameters(bool viaTransactionLog)
    {
        // 50,000 customers with T uniform in (20, 60) weeks simulated at the CDNOW parameters; the fit recovers each
        // parameter within four standard errors. The transaction log summarises to a table of the same law.
        var random = new Random(viaTransactionLog ? 5 : 4);
        var t = new double[50_000];
        for (var i = 0; i < t.Length; i++)
        {
            t[i] = 20 + (40 * random.NextDouble());
        }

        var data = viaTransactionLog ? Published.SimulateTransactions(t, random).Summarize(t) : Published.SimulateSummaries(t, random);
        var fit = BgNbdModel.Fit(data);

        fit.Converged.Should().BeTrue(fit.Message);
        var truth = Published.Parameters;
        foreach (var (name, value) in new[] { ("r", truth.R), ("alpha", truth.Alpha), ("a", truth.A), ("b", truth.B) })
        {
            var estimate = fit[name];
            Math.Abs(estimate.Value - value).Should().BeLessThan(4 * estimate.StandardError!.Value, name);
        }
    }

    [Fact]
    public void Simulation_SameSeed_SameData()
    {
        double[] t = [10, 20, 30, 40, 50];
        var first = Published.SimulateSummaries(t, new Random(9));
        var second = Published.SimulateSummaries(t, new Random(9));
        first.Frequency.ToArray().Should().Equal(second.Frequency.ToArray());
        first.Recency.ToArray().Should().Equal(second.Recency.ToArray());
    }

    [Fact]
    public void SimulateTransactions_LogStartsEachCustomerAtZeroAndStaysWithinT()
    {
        double[] t = [5, 50, 500];
        var log = new BgNbdModel(new BgNbdParameters(2, 4, 1, 5), TimeUnit.Week).SimulateTransactions(t, new Random(3));

        log.CustomerCount.Should().Be(3);
        log.TimeUnit.Should().Be(TimeUnit.Week);
        var previous = -1;
        for (var i = 0; i < log.Count; i++)
        {
            var customer = log.Customer[i];
            if (customer != previous)
            {
                log.Time[i].Should().Be(0);
                previous = customer;
            }

            log.Time[i].Should().BeInRange(0, t[customer]);
        }
    }

    [Fact]
    public void Simulate_BadArguments_Throw()
    {
        var act = () => Published.SimulateSummaries([1, -1], new Random(1));
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("observationTimes must hold finite numbers >= 0; item 1 was -1. (Parameter 'observationTimes')*");
        act = () => Published.SimulateSummaries([1], null!);
        act.Should().Throw<ArgumentNullException>();
    }
}
