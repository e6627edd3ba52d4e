using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Value.Tests.Numerics;

public class GaussContinuedFractionTests
{
    [Theory]
    [InlineData(1.182, 1.886, 0.5, 1.5177967006737704436, 1e-15)]
    [InlineData(3.806, 4.474, 0.99, 19.728041132476826247, 1e-13)]
    [InlineData(0.2, 3.7, 0.999999, 1.0799998560003447377, 1e-12)]
    [InlineData(50, 50.5, 0.9, 9.2773761264364991261, 1e-13)]
    [InlineData(0.01, 100, 0.3, 1.0000300905367781202, 1e-15)]
    public void Hyp2F1OneB_MatchesMpmath(double b, double c, double z, double expected, double tolerance)
    {
        GaussContinuedFraction.Hyp2F1OneB(b, c, z).Should().BeApproximately(expected, tolerance * expected);
    }

    [Theory]
    [InlineData(1.182, 1.886, 0.3)]
    [InlineData(7.5, 9, 0.8)]
    [InlineData(0.05, 0.1, 0.6)]
    public void Hyp2F1OneB_AgreesWithThePowerSeries(double b, double c, double z)
    {
        GaussContinuedFraction.Hyp2F1OneB(b, c, z).Should().BeApproximately(Hypergeometric.Hyp2F1(1, b, c, z), 1e-14);
    }

    [Fact]
    public void Hyp2F1OneB_ZeroArgument_IsOne() => GaussContinuedFraction.Hyp2F1OneB(2, 3, 0).Should().Be(1);

    [Fact]
    public void Hyp2F1OneB_TooFewTerms_ReturnsNaN() =>
        double.IsNaN(GaussContinuedFraction.Hyp2F1OneB(0.7, 1.9, 1 - 1e-12, maxTerms: 10)).Should().BeTrue();
}
