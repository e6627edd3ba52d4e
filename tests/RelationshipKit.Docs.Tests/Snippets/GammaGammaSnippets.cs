using RelationshipKit.Value.Models.GammaGamma;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>Code shown on docs/value/gamma-gamma.md, compiled and checked here.</summary>
public class GammaGammaSnippets
{
    [Fact]
    public void Fit()
    {
        // cdnow_customers_summary_with_transactions.csv: ID,x,t_x,T,zbar (zbar = mean repeat spend in dollars).
        var data = CdnowExample.Summary("cdnow_customers_summary_with_transactions.csv");
        #region gammagamma-fit
        // First check the model's assumption: spend per transaction
        // independent of frequency.
        var check = GammaGammaModel.CheckIndependence(data);
        // check.Correlation ≈ 0.114, check.IsIndependent == true

        var fit = GammaGammaModel.Fit(data);
        // p = 6.25, q = 3.74, v = 15.45
        // fit.Customers == 946 (repeat buyers)
        // fit.ExcludedRows == 1411 (x = 0)
        #endregion

        Math.Round(check.Correlation!.Value, 3).Should().Be(0.114);
        check.IsIndependent.Should().BeTrue();
        Math.Round(fit["p"].Value, 2).Should().Be(6.25);
        Math.Round(fit["q"].Value, 2).Should().Be(3.74);
        Math.Round(fit["v"].Value, 2).Should().Be(15.45);
        fit.Customers.Should().Be(946);
        fit.ExcludedRows.Should().Be(1411);
    }

    [Fact]
    public void Predict()
    {
        #region gammagamma-predict
        // The published estimates:
        var parameters = new GammaGammaParameters(p: 6.25, q: 3.74, v: 15.44);
        var spend = new GammaGammaModel(parameters);

        var regular = spend.ConditionalExpectedAverageSpend(
            frequency: 2, meanSpend: 22.35);
        // 24.66: pulled towards the mean
        var newcomer = spend.ConditionalExpectedAverageSpend(
            frequency: 0, meanSpend: 0);
        // 35.22 = p·v/(q − 1)
        var population = spend.MeanSpend;
        // 35.22
        #endregion

        Math.Round(regular, 2).Should().Be(24.66);
        Math.Round(newcomer, 2).Should().Be(35.22);
        Math.Round(population, 2).Should().Be(35.22);
    }
}
