using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Value.Tests.Numerics;

public class IncompleteBetaTests
{
    [Theory]
    // Reference values from mpmath.betainc(a, b, 0, x, regularized=True) at 40 digits.
    [InlineData(2, 3, 0.5, 0.6875)]
    [InlineData(11, 0.243, 0.8717382460626489, 0.034107196799463903)]
    [InlineData(0.243, 11, 0.1282617539373511, 0.96589280320053610)]
    public void Regularized_MatchesReference(double a, double b, double x, double expected)
    {
        IncompleteBeta.Regularized(a, b, x).Should().BeApproximately(expected, 1e-14);
    }

    [Fact]
    public void LogRegularized_TinyTail_StaysInLogSpace()
    {
        // I_0.3(500, 0.5) = 1.0958e-263: its logarithm −605.48841094378580659 (mpmath) is kept to full precision.
        IncompleteBeta.LogRegularized(500, 0.5, 0.3).Should().BeApproximately(-605.48841094378580659, 1e-11);
    }

    [Fact]
    public void Regularized_Endpoints()
    {
        IncompleteBeta.Regularized(2, 3, 0).Should().Be(0);
        IncompleteBeta.Regularized(2, 3, 1).Should().Be(1);
    }
}
