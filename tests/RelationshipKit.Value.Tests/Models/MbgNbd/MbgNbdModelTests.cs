using RelationshipKit.Value.Models.MbgNbd;

namespace RelationshipKit.Value.Tests.Models.MbgNbd;

public class MbgNbdModelTests
{
    private static readonly Lazy<RelationshipKit.Value.Fitting.FitResult<MbgNbdModel>> LazyFit = new(() => MbgNbdModel.Fit(CdnowData.Summary));

    [Fact]
    public void Fit_Cdnow_MatchesBatislamDenizelFiliztekin2007()
    {
        // MBG/NBD on the CDNOW sample (weeks): r 0.525, α 6.183, a 0.891, b 1.614 (the printed digits ±5 in the next).
        var fit = LazyFit.Value;

        fit.Converged.Should().BeTrue(fit.Message);
        fit["r"].Value.Should().BeApproximately(0.525, 0.0005);
        fit["alpha"].Value.Should().BeApproximately(6.183, 0.0005);
        fit["a"].Value.Should().BeApproximately(0.891, 0.0005);
        fit["b"].Value.Should().BeApproximately(1.614, 0.0005);
        fit.Customers.Should().Be(2357);
        fit.Parameters.Should().OnlyContain(p => p.StandardError > 0);
    }

    [Fact]
    public void Fit_Cdnow_LogLikelihoodEqualsModelLogLikelihood()
    {
        var fit = LazyFit.Value;
        fit.Model.LogLikelihood(CdnowData.Summary).Should().BeApproximately(fit.LogLikelihood!.Value, 1e-6);
        fit.LogLikelihood.Should().BeLessThan(0);
    }

    [Fact]
    public void Predictions_CdnowCustomer_MatchLifetimesAtTheSameParameters()
    {
        // Cross-check against lifetimes 0.11.3's ModifiedBetaGeoFitter at its own CDNOW estimates (±1e-6).
        var model = new MbgNbdModel(new MbgNbdParameters(0.5248377255676664, 6.1829884791339715, 0.8913562809311414, 1.6140000256721279), TimeUnit.Week);

        model.ConditionalExpectedPurchases(39, 2, 30.43, 38.86).Should().BeApproximately(1.262670778713951, 1e-6);
        model.ProbabilityAlive(2, 30.43, 38.86).Should().BeApproximately(0.70612626, 1e-6);
        model.ExpectedPurchases(1).Should().BeApproximately(0.053060629447070615, 1e-6);
        model.ExpectedPurchases(78).Should().BeApproximately(1.8036361932918852, 1e-6);
    }

    [Fact]
    public void ProbabilityAlive_NoRepeatPurchase_IsBelowOne()
    {
        var model = LazyFit.Value.Model;
        var p = model.Parameters;
        var expected = 1 / (1 + (p.A / p.B * Math.Pow((p.Alpha + 30) / p.Alpha, p.R)));
        model.ProbabilityAlive(0, 0, 30).Should().BeApproximately(expected, 1e-14).And.BeLessThan(1);
    }

    [Fact]
    public void ProbabilityOfPurchases_SumsToOne()
    {
        var model = LazyFit.Value.Model;
        var total = 0.0;
        var mean = 0.0;
        for (var n = 0; n < 400; n++)
        {
            var pn = model.ProbabilityOfPurchases(40, n);
            total += pn;
            mean += n * pn;
        }

        total.Should().BeApproximately(1, 1e-9);
        mean.Should().BeApproximately(model.ExpectedPurchases(40), 1e-6);
    }

    [Fact]
    public void Simulation_RecoversTheParameters()
    {
        var truth = new MbgNbdModel(new MbgNbdParameters(0.525, 6.183, 0.891, 1.614), TimeUnit.Week);
        var random = new Random(21);
        var t = new double[50_000];
        for (var i = 0; i < t.Length; i++)
        {
            t[i] = 20 + (40 * random.NextDouble());
        }

        var fit = MbgNbdModel.Fit(truth.SimulateSummaries(t, random));

        fit.Converged.Should().BeTrue(fit.Message);
        foreach (var (name, value) in new[] { ("r", 0.525), ("alpha", 6.183), ("a", 0.891), ("b", 1.614) })
        {
            Math.Abs(fit[name].Value - value).Should().BeLessThan(4 * fit[name].StandardError!.Value, name);
        }
    }

    [Fact]
    public void Batch_MatchesScalar()
    {
        var model = LazyFit.Value.Model;
        var data = CdnowData.Summary;
        var alive = new double[data.Count];
        var expected = new double[data.Count];
        model.ProbabilityAlive(data, alive);
        model.ConditionalExpectedPurchases(39, data, expected);
        for (var i = 0; i < data.Count; i += 7)
        {
            alive[i].Should().BeApproximately(model.ProbabilityAlive(data.Frequency[i], data.Recency[i], data.T[i]), 1e-13);
            expected[i].Should().BeApproximately(model.ConditionalExpectedPurchases(39, data.Frequency[i], data.Recency[i], data.T[i]), 1e-12);
        }
    }

    [Fact]
    public void Guards_NameTheArgument()
    {
        var act = () => new MbgNbdModel(default, TimeUnit.Week);
        act.Should().Throw<ArgumentException>().WithMessage("parameters must be created with the MbgNbdParameters constructor; was the default value (all zero). (Parameter 'parameters')");
        var alive = () => new MbgNbdModel(new MbgNbdParameters(1, 1, 1, 1), TimeUnit.Week).ProbabilityAlive(1, 5, 4);
        alive.Should().Throw<ArgumentOutOfRangeException>().WithMessage("recency must be in [0, t]; was 5 with t 4. (Parameter 'recency')*");
        EqualityContract.Verify(new MbgNbdParameters(1, 2, 3, 4), new MbgNbdParameters(1, 2, 3, 4), new MbgNbdParameters(1, 2, 3, 5));
    }
}
