using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Value.Tests.Numerics;

public class ElementaryFunctionsTests
{
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
