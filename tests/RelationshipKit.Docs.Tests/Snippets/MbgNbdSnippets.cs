using RelationshipKit.Value.Models.MbgNbd;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>Code shown on docs/value/mbgnbd.md, compiled and checked here.</summary>
public class MbgNbdSnippets
{
    [Fact]
    public void FitAndCompare()
    {
        var data = CdnowExample.Summary();
        #region mbgnbd-fit
        var fit = MbgNbdModel.Fit(data);
        // r = 0.525, alpha = 6.183, a = 0.891, b = 1.614
        // LogLikelihood ≈ -9582.13, Aic ≈ 19172.27
        // (BG/NBD on the same data: -9582.43 and 19172.85,
        // so MBG/NBD fits CDNOW marginally better)

        var model = fit.Model;
        var alive = model.ProbabilityAlive(2, 30.43, 38.86);
        // 0.7061
        var next39 = model.ConditionalExpectedPurchases(39, 2, 30.43, 38.86);
        // 1.263
        var oneTimer = model.ProbabilityAlive(0, 0, 38.86);
        // 0.3897: BG/NBD would say 1
        #endregion

        Math.Round(fit["r"].Value, 3).Should().Be(0.525);
        Math.Round(fit["alpha"].Value, 3).Should().Be(6.183);
        Math.Round(fit["a"].Value, 3).Should().Be(0.891);
        Math.Round(fit["b"].Value, 3).Should().Be(1.614);
        Math.Round(fit.LogLikelihood!.Value, 2).Should().Be(-9582.13);
        Math.Round(fit.Aic!.Value, 2).Should().Be(19172.27);
        Math.Round(alive, 4).Should().Be(0.7061);
        Math.Round(next39, 3).Should().Be(1.263);
        Math.Round(oneTimer, 4).Should().Be(0.3897);
    }
}
