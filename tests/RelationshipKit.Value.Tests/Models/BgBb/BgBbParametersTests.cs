using RelationshipKit.Value.Models.BgBb;

namespace RelationshipKit.Value.Tests.Models.BgBb;

public class BgBbParametersTests
{
    [Fact]
    public void Ctor_StoresTheValues()
    {
        var parameters = new BgBbParameters(1.204, 0.75, 0.657, 2.783);
        parameters.Alpha.Should().Be(1.204);
        parameters.Beta.Should().Be(0.75);
        parameters.Gamma.Should().Be(0.657);
        parameters.Delta.Should().Be(2.783);
        parameters.ToString().Should().Be("alpha = 1.204, beta = 0.75, gamma = 0.657, delta = 2.783");
    }

    [Theory]
    [InlineData(0, 1, 1, 1, "alpha must be a finite number > 0; was 0. (Parameter 'alpha')*")]
    [InlineData(1, -1, 1, 1, "beta must be a finite number > 0; was -1. (Parameter 'beta')*")]
    [InlineData(1, 1, double.NaN, 1, "gamma must be a finite number > 0; was NaN. (Parameter 'gamma')*")]
    [InlineData(1, 1, 1, double.PositiveInfinity, "delta must be a finite number > 0; was Infinity. (Parameter 'delta')*")]
    public void Ctor_InvalidParameter_Throws(double alpha, double beta, double gamma, double delta, string message)
    {
        var act = () => new BgBbParameters(alpha, beta, gamma, delta);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage(message);
    }

    [Fact]
    public void Equality_FollowsTheContract() =>
        EqualityContract.Verify(
            new BgBbParameters(1, 2, 3, 4),
            new BgBbParameters(1, 2, 3, 4),
            new BgBbParameters(9, 2, 3, 4),
            new BgBbParameters(1, 9, 3, 4),
            new BgBbParameters(1, 2, 9, 4),
            new BgBbParameters(1, 2, 3, 9));
}
