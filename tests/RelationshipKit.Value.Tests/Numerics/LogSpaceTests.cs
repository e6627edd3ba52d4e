using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Value.Tests.Numerics;

public class LogSpaceTests
{
    [Theory]
    [InlineData(1e-20, 1e-20)]
    [InlineData(1e-10, 9.9999999995e-11)]
    [InlineData(1.0, 0.69314718055994531)]
    [InlineData(-0.5, -0.69314718055994531)]
    public void Log1P_IsAccurate(double x, double expected) => LogSpace.Log1P(x).Should().BeApproximately(expected, Math.Abs(expected) * 1e-15);

    [Theory]
    [InlineData(1e-20, 1e-20)]
    [InlineData(1e-10, 1.00000000005e-10)]
    [InlineData(1.0, 1.7182818284590452)]
    [InlineData(-40, -1.0)]
    public void ExpM1_IsAccurate(double x, double expected) => LogSpace.ExpM1(x).Should().BeApproximately(expected, Math.Abs(expected) * 1e-15);

    [Fact]
    public void SoftplusAndLogistic_NeverOverflow()
    {
        LogSpace.Softplus(1000).Should().Be(1000);
        LogSpace.Softplus(-1000).Should().Be(0);
        LogSpace.Softplus(0).Should().BeApproximately(Math.Log(2), 1e-16);
        LogSpace.Logistic(1000).Should().Be(1);
        LogSpace.Logistic(-1000).Should().Be(0);
        LogSpace.Logistic(0).Should().Be(0.5);
    }
}
