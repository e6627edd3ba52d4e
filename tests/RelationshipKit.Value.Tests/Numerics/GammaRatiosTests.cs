using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Value.Tests.Numerics;

public class GammaRatiosTests
{
    [Theory]
    // Reference values from mpmath at 50 digits: ln Γ(x + d) − ln Γ(x).
    [InlineData(1e12, 2.5, 69.077552789823245520)]
    [InlineData(3.0, 2.0, 2.4849066497880004)]
    [InlineData(0.243, 11, 14.360633209921747)]
    public void LogGammaRatio_MatchesReference(double x, double d, double expected)
    {
        GammaRatios.LogGammaRatio(x, d).Should().BeApproximately(expected, Math.Abs(expected) * 1e-13);
    }

    [Fact]
    public void LogGammaRatio_HugeXTinyD_IsDLogX()
    {
        // For x = 1e12 and d = 6e-13: ln Γ(x + d) − ln Γ(x) = d ψ(x) + O(d²) = d (ln x − 1/(2x)) to 1e-24.
        GammaRatios.LogGammaRatio(1e12, 6e-13).Should().BeApproximately(6e-13 * (Math.Log(1e12) - 5e-13), 1e-26);
    }

    [Fact]
    public void LogBetaRatio_IsTheDifferenceOfLogBetas()
    {
        GammaRatios.LogBetaRatio(0.793, 2.426, 11).Should().BeApproximately(SpecialFunctions.LogBeta(0.793, 13.426) - SpecialFunctions.LogBeta(0.793, 2.426), 1e-13);
    }
}
