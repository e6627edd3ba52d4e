using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Value.Tests.Numerics;

public class LogGammaRatioTests
{
    [Theory]
    [InlineData(1000.182, 0.704, 4.863083666790777371454)]
    [InlineData(15.5, 2.25, 6.25436853115430631077)]
    [InlineData(1e6, 0.3, 4.144653062389275077853)]
    [InlineData(3.0, 0.5, 0.5078264217871289153988)]
    [InlineData(1e12, 7.0, 193.4171478115208374575)]
    public void Compute_MatchesMpmath(double x, double a, double expected)
    {
        // References: mpmath loggamma(x + a) − loggamma(x) at 40 digits.
        LogGammaRatio.Compute(x, a).Should().BeApproximately(expected, 2e-15 * Math.Abs(expected));
    }

    [Fact]
    public void Compute_NegativeShift_IsTheInverseRatio() =>
        LogGammaRatio.Compute(1000.886, -0.704).Should().BeApproximately(-LogGammaRatio.Compute(1000.182, 0.704), 1e-14);
}
