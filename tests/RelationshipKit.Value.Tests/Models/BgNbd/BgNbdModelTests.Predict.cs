using RelationshipKit.Value.Models.BgNbd;

namespace RelationshipKit.Value.Tests.Models.BgNbd;

public partial class BgNbdModelTests
{
    [Fact]
    public void ConditionalExpectedPurchases_CdnowCustomer_MatchesFaderHardieLee2005()
    {
        // Fader, Hardie & Lee (2005), section 5: E[Y(39) | x = 2, t_x = 30.43, T = 38.86] = 1.226 (±0.001).
        Published.ConditionalExpectedPurchases(39, 2, 30.43, 38.86).Should().BeApproximately(1.226, 0.001);
    }

    [Theory]
    [InlineData(1, 0.0532)]
    [InlineData(3, 0.1506)]
    [InlineData(32, 1.0437)]
    [InlineData(78, 1.858)]
    public void ExpectedPurchases_Cdnow_MatchesFaderHardieLee2005(double t, double expected)
    {
        // Fader, Hardie & Lee (2005), figure 1 / eq. 9 at the fitted CDNOW estimates (±0.001). At the rounded
        // printed parameters the t = 78 figure is 1.8605, so the oracle needs the unrounded fit.
        FittedCdnow.ExpectedPurchases(t).Should().BeApproximately(expected, 0.001);
    }

    [Fact]
    public void ProbabilityOfPurchases_Cdnow_MatchesFaderHardieLee2005()
    {
        // Fader, Hardie & Lee (2005), eq. 8 at the CDNOW estimates: P(X(30) = 11) = 0.0019995 (±1e-6).
        Published.ProbabilityOfPurchases(30, 11).Should().BeApproximately(0.0019995, 1e-6);
    }
}
