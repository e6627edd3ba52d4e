using RelationshipKit.Value.Models.Sbg;

namespace RelationshipKit.Value.Tests.Models.Sbg;

public class SbgParametersTests
{
    [Fact]
    public void Ctor_ValidValues_AreKept()
    {
        var parameters = new SbgParameters(0.704, 1.182);

        parameters.Alpha.Should().Be(0.704);
        parameters.Beta.Should().Be(1.182);
        parameters.IsValid.Should().BeTrue();
        default(SbgParameters).IsValid.Should().BeFalse();
        parameters.ToString().Should().Be("alpha = 0.704, beta = 1.182");
    }

    [Theory]
    [InlineData(0, 1, "alpha must be a finite number > 0; was 0. (Parameter 'alpha')*")]
    [InlineData(double.NaN, 1, "alpha must be a finite number > 0; was NaN. (Parameter 'alpha')*")]
    [InlineData(1, -2, "beta must be a finite number > 0; was -2. (Parameter 'beta')*")]
    [InlineData(1, double.PositiveInfinity, "beta must be a finite number > 0; was Infinity. (Parameter 'beta')*")]
    public void Ctor_InvalidValues_Throw(double alpha, double beta, string message)
    {
        var act = () => new SbgParameters(alpha, beta);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage(message);
    }

    [Fact]
    public void Equality_ComparesBothParameters() =>
        EqualityContract.Verify(new SbgParameters(1, 2), new SbgParameters(1, 2), new SbgParameters(2, 1), new SbgParameters(1, 3));
}
