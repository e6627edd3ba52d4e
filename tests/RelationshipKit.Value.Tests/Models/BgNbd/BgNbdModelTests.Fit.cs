using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Models.BgNbd;

namespace RelationshipKit.Value.Tests.Models.BgNbd;

public partial class BgNbdModelTests
{
    [Fact]
    public void Fit_Cdnow_MatchesFaderHardieLee2005()
    {
        // Fader, Hardie & Lee (2005), section 4: r 0.243, α 4.414, a 0.793, b 2.426, LL −9582.43.
        // Tolerance: the printed digits ±5 in the next digit; log-likelihood ±0.01.
        var fit = BgNbdModel.Fit(CdnowData.Summary);

        fit.Converged.Should().BeTrue(fit.Message);
        fit["r"].Value.Should().BeApproximately(0.243, 0.0005);
        fit["alpha"].Value.Should().BeApproximately(4.414, 0.0005);
        fit["a"].Value.Should().BeApproximately(0.793, 0.0005);
        fit["b"].Value.Should().BeApproximately(2.426, 0.0005);
        fit.LogLikelihood.Should().BeApproximately(-9582.43, 0.01);
        fit.Customers.Should().Be(2357);
        fit.ExcludedRows.Should().Be(0);
        fit.TimeUnit.Should().Be(TimeUnit.Week);
        fit.Parameters.Should().OnlyContain(p => p.StandardError > 0);
    }
}
