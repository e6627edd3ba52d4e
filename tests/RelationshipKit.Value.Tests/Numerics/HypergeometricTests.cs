using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Value.Tests.Numerics;

public class HypergeometricTests
{
    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.99)]
    [InlineData(-0.5)]
    [InlineData(-20)]
    public void Hyp2F1_OneOneTwo_IsMinusLogOneMinusZOverZ(double z)
    {
        // A&S 15.1.3: 2F1(1, 1; 2; z) = −ln(1 − z) / z.
        var expected = -Math.Log(1 - z) / z;
        Hypergeometric.Hyp2F1(1, 1, 2, z).Should().BeApproximately(expected, Math.Abs(expected) * 1e-13);
    }

    [Theory]
    [InlineData(0.7, 2.5, 0.3)]
    [InlineData(3.2, 1.1, 0.8)]
    [InlineData(1.5, 4.0, -3.0)]
    public void Hyp2F1_CEqualsB_IsBinomial(double a, double b, double z)
    {
        // A&S 15.1.8: 2F1(a, b; b; z) = (1 − z)^(−a).
        Hypergeometric.Hyp2F1(a, b, b, z).Should().BeApproximately(Math.Pow(1 - z, -a), Math.Pow(1 - z, -a) * 1e-13);
    }

    [Fact]
    public void LogHyp2F1_HugeParameters_DoesNotOverflow()
    {
        // 2F1(a, b; b; z) = (1 − z)^(−a): with a = 5000, z = 0.9 the value is e^11513, far beyond double.
        var log = Hypergeometric.LogHyp2F1(5000, 1234.5, 1234.5, 0.9);
        log.Should().BeApproximately(-5000 * Math.Log(0.1), 1e-8 * 5000 * Math.Log(10));
        Hypergeometric.LogHyp2F1(2, 3, 4, 0).Should().Be(0);
    }

    [Fact]
    public void LogHyp2F1_MatchesHyp2F1_WhereBothWork()
    {
        Hypergeometric.LogHyp2F1(1.3, 2.7, 4.1, 0.6).Should().BeApproximately(Math.Log(Hypergeometric.Hyp2F1(1.3, 2.7, 4.1, 0.6)), 1e-13);
    }
}
