using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Value.Tests.Numerics;

public class ElementaryFunctionsTests
{
    [Theory]
    [InlineData(1e-20, 1e-20)]
    [InlineData(1e-10, 9.9999999995000000000333e-11)]
    [InlineData(-0.3, -0.35667494393873237891)]
    [InlineData(3, 1.3862943611198906188)]
    public void Log1P_IsAccurateNearZero(double x, double expected) =>
        ElementaryFunctions.Log1P(x).Should().BeApproximately(expected, 2e-16 * Math.Abs(expected));

    [Theory]
    [InlineData(1e-20, 1e-20)]
    [InlineData(1e-10, 1.00000000005000000000166e-10)]
    [InlineData(-0.4, -0.32967995396436067671)]
    [InlineData(2, 6.3890560989306502272)]
    public void ExpM1_IsAccurateNearZero(double x, double expected) =>
        ElementaryFunctions.ExpM1(x).Should().BeApproximately(expected, 4e-16 * Math.Abs(expected));

    [Fact]
    public void LogSpaceHelpers_HandleTheEdges()
    {
        ElementaryFunctions.Log1MExp(0).Should().Be(double.NegativeInfinity);
        ElementaryFunctions.Log1MExp(-1e-12).Should().BeApproximately(Math.Log(1e-12), 1e-12);
        ElementaryFunctions.Log1MExp(-50).Should().BeApproximately(-Math.Exp(-50), 1e-35);
        ElementaryFunctions.LogAddExp(1000, 1000).Should().BeApproximately(1000 + Math.Log(2), 1e-12);
        ElementaryFunctions.LogAddExp(double.NegativeInfinity, -3).Should().Be(-3);
        ElementaryFunctions.OneMinusExpOverRate(0, 2.5).Should().Be(2.5);
        ElementaryFunctions.OneMinusExpOverRate(1e-12, 2).Should().BeApproximately(2 - 2e-12, 1e-15);
        ElementaryFunctions.ExpM1OverX(0).Should().Be(1);
    }
}
