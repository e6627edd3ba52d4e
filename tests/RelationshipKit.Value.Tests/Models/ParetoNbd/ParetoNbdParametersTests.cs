using RelationshipKit.Value.Models.ParetoNbd;

namespace RelationshipKit.Value.Tests.Models.ParetoNbd;

public class ParetoNbdParametersTests
{
    [Fact]
    public void Ctor_StoresTheValues()
    {
        var parameters = new ParetoNbdParameters(0.5534, 10.5802, 0.6061, 11.6562);
        parameters.R.Should().Be(0.5534);
        parameters.Alpha.Should().Be(10.5802);
        parameters.S.Should().Be(0.6061);
        parameters.Beta.Should().Be(11.6562);
        parameters.ToString().Should().Be("r = 0.5534, alpha = 10.5802, s = 0.6061, beta = 11.6562");
    }

    [Theory]
    [InlineData(0, 1, 1, 1, "r must be a finite number > 0; was 0. (Parameter 'r')*")]
    [InlineData(1, -2, 1, 1, "alpha must be a finite number > 0; was -2. (Parameter 'alpha')*")]
    [InlineData(1, 1, double.NaN, 1, "s must be a finite number > 0; was NaN. (Parameter 's')*")]
    [InlineData(1, 1, 1, double.PositiveInfinity, "beta must be a finite number > 0; was Infinity. (Parameter 'beta')*")]
    public void Ctor_InvalidParameter_Throws(double r, double alpha, double s, double beta, string message)
    {
        var act = () => new ParetoNbdParameters(r, alpha, s, beta);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage(message);
    }

    [Fact]
    public void Equality_FollowsTheContract() =>
        EqualityContract.Verify(
            new ParetoNbdParameters(1, 2, 3, 4),
            new ParetoNbdParameters(1, 2, 3, 4),
            new ParetoNbdParameters(9, 2, 3, 4),
            new ParetoNbdParameters(1, 9, 3, 4),
            new ParetoNbdParameters(1, 2, 9, 4),
            new ParetoNbdParameters(1, 2, 3, 9));
}
