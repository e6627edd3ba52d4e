using RelationshipKit.Value.Models.GammaGamma;

namespace RelationshipKit.Value.Tests.Models.GammaGamma;

public class GammaGammaModelTests
{
    // Fader, Hardie & Lee (2005), "RFM and CLV", Journal of Marketing Research 42(4): the CDNOW spend estimates.
    private static readonly GammaGammaModel Published = new(new GammaGammaParameters(6.25, 3.74, 15.44));

    private static readonly Lazy<RelationshipKit.Value.Fitting.FitResult<GammaGammaModel>> LazyFit = new(() => GammaGammaModel.Fit(CdnowData.SummaryWithSpend));

    [Fact]
    public void Fit_Cdnow_MatchesFaderHardieLee2005()
    {
        // p 6.25, q 3.74, v 15.44 on the 946 repeat buyers (the printed digits ±5 in the next); the 1,411
        // customers without a repeat purchase are excluded and counted.
        var fit = LazyFit.Value;

        fit.Converged.Should().BeTrue(fit.Message);
        fit["p"].Value.Should().BeApproximately(6.25, 0.005);
        fit["q"].Value.Should().BeApproximately(3.74, 0.005);
        // The paper prints v truncated: the maximum is at v = 15.4477 (lifetimes 0.11.3 finds 15.44775 too), which
        // is 0.0077 from the printed 15.44, so v is checked against its printed digits by truncation.
        (Math.Floor(fit["v"].Value * 100) / 100).Should().Be(15.44);
        fit["v"].Value.Should().BeApproximately(15.4477, 0.0005);
        fit.Customers.Should().Be(946);
        fit.ExcludedRows.Should().Be(1411);
        fit.Parameters.Should().OnlyContain(p => p.StandardError > 0);
        fit.Model.LogLikelihood(CdnowData.SummaryWithSpend).Should().BeApproximately(fit.LogLikelihood!.Value, 1e-6);
    }

    [Fact]
    public void ConditionalExpectedAverageSpend_CdnowCustomer_MatchesFaderHardieLee2005()
    {
        // x = 2, m̄ = 22.35 expects 24.66 (±0.01); x = 0 expects the population mean p·v/(q − 1) = 35.22.
        Published.ConditionalExpectedAverageSpend(2, 22.35).Should().BeApproximately(24.66, 0.01);
        Published.ConditionalExpectedAverageSpend(0, 0).Should().BeApproximately(35.22, 0.01);
        Published.MeanSpend.Should().BeApproximately(6.25 * 15.44 / 2.74, 1e-12);
        Published.HasFiniteMeanSpend.Should().BeTrue();
    }

    [Fact]
    public void Fit_RepeatBuyerWithZeroSpend_ThrowsNamingTheRow()
    {
        var data = RfmTable.Create([0, 2, 1], [0, 5, 3], [10, 10, 10], TimeUnit.Week, default, [0, 20, 0]);

        var act = () => GammaGammaModel.Fit(data);

        act.Should().Throw<DataRowException>()
            .WithMessage("monetary value must be > 0 when frequency is > 0; row 3 was 0. (Parameter 'data')*")
            .Which.RowNumber.Should().Be(3);
    }

    [Fact]
    public void Fit_NoMonetaryColumn_Throws()
    {
        var act = () => GammaGammaModel.Fit(CdnowData.Summary);
        act.Should().Throw<ArgumentException>().WithMessage("data must have a monetary-value column (the mean repeat spend); it has none. (Parameter 'data')");
    }

    [Fact]
    public void Fit_NoRepeatBuyer_Throws()
    {
        var data = RfmTable.Create([0, 0], [0, 0], [10, 10], TimeUnit.Week, default, [0, 0]);
        var act = () => GammaGammaModel.Fit(data);
        act.Should().Throw<ArgumentException>().WithMessage("data must have at least one customer with a repeat purchase (frequency > 0); had none. (Parameter 'data')");
    }

    [Fact]
    public void MeanSpend_QAtMostOne_ThrowsClearly()
    {
        var model = new GammaGammaModel(new GammaGammaParameters(2, 0.8, 10));

        model.HasFiniteMeanSpend.Should().BeFalse();
        var act = () => model.MeanSpend;
        act.Should().Throw<InvalidOperationException>().WithMessage("The population mean spend p·v/(q − 1) is infinite because q <= 1 (q = 0.8); check HasFiniteMeanSpend first.");
        model.ConditionalExpectedAverageSpend(1, 30).Should().BeApproximately(2 * (10 + 30) / 1.8, 1e-12);
    }

    [Fact]
    public void CheckIndependence_Cdnow_IsSmallPositive()
    {
        // Fader, Hardie & Lee (2005, "RFM and CLV") report a correlation of 0.11 between frequency and mean spend on CDNOW.
        var check = GammaGammaModel.CheckIndependence(CdnowData.SummaryWithSpend);

        check.Correlation.Should().BeApproximately(0.11388391, 1e-6);
        check.Customers.Should().Be(946);
        check.IsIndependent.Should().BeTrue();
        check.Verdict.Should().Be("Frequency and mean spend look independent (correlation 0.114, |ρ| < 0.3): the Gamma-Gamma model applies.");
    }

    [Fact]
    public void CheckIndependence_CorrelatedData_FailsWithVerdict()
    {
        var data = RfmTable.Create([1, 2, 3, 4], [1, 2, 3, 4], [5, 5, 5, 5], TimeUnit.Week, default, [10, 20, 30, 41]);
        var check = GammaGammaModel.CheckIndependence(data);
        check.IsIndependent.Should().BeFalse();
        check.Verdict.Should().StartWith("Frequency and mean spend are correlated (correlation 1,");
    }

    [Fact]
    public void CheckIndependence_TooFewRows_IsUndefined()
    {
        var data = RfmTable.Create([0, 2], [0, 2], [5, 5], TimeUnit.Week, default, [0, 10]);
        var check = GammaGammaModel.CheckIndependence(data);
        check.Correlation.Should().BeNull();
        check.IsIndependent.Should().BeFalse();
    }

    [Fact]
    public void Simulation_RecoversParameters()
    {
        // 20,000 simulated repeat buyers with 1–10 repeat purchases: the fit recovers p, q, v within a few standard errors.
        var random = new Random(2024);
        var n = 20_000;
        var frequency = new double[n];
        for (var i = 0; i < n; i++)
        {
            frequency[i] = 1 + random.Next(10);
        }

        var spend = Published.SimulateMeanSpend(frequency, random);
        var data = RfmTable.Create(frequency, frequency, Enumerable.Repeat(20.0, n).ToArray(), TimeUnit.Week, default, spend);

        var fit = GammaGammaModel.Fit(data);

        fit.Converged.Should().BeTrue();
        foreach (var (name, truth) in new[] { ("p", 6.25), ("q", 3.74), ("v", 15.44) })
        {
            var estimate = fit[name];
            Math.Abs(estimate.Value - truth).Should().BeLessThan(4 * estimate.StandardError!.Value, name);
        }
    }
}
