using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Value.Tests.Numerics;

public class IncompleteGammaTests
{
    // Reference values: mpmath 1.2.1 at 40 digits, log(gammainc(nu, z)) (the upper function).
    [Theory]
    [InlineData(0.394, 0.09, 0.25800553786968544522)]
    [InlineData(0.5, 0.5, -0.57550952152461810928)]
    [InlineData(0, 0.3, -0.099072933246934049828)]
    [InlineData(0, 1, -1.5169319590020456109)]
    [InlineData(0, 1.5, -2.3023892880987489162)]
    [InlineData(1e-09, 0.2, 0.20102107865130023219)]
    [InlineData(-1e-09, 0.2, 0.20102107997255398121)]
    [InlineData(-0.4, 0.01, 2.4978159465134916749)]
    [InlineData(-2.5, 0.1, 4.6796352029824744763)]
    [InlineData(-49.3, 0.7, 12.971766227034800702)]
    [InlineData(-3, 2.0, -5.7674077643701435895)]
    [InlineData(0.394, 5.0, -6.0746823244417629409)]
    [InlineData(2.5, 1.0, 0.12115759487826881505)]
    [InlineData(30, 10, 71.257038716172857358)]
    [InlineData(30, 45, 66.342240890939366173)]
    [InlineData(0.2, 80, -83.515451992849138583)]
    [InlineData(-10, 30, -67.719206578194967472)]
    [InlineData(5, 1e-06, 3.1780538303479456196)]
    [InlineData(-0.3, 1e-08, 6.7249959819732453724)]
    [InlineData(1, 0.5, -0.5)]
    public void LogUpper_MatchesMpmath(double nu, double z, double expected) =>
        IncompleteGamma.LogUpper(nu, z).Should().BeApproximately(expected, 1e-13 * Math.Max(1, Math.Abs(expected)));

    [Theory]
    [InlineData(-0.7)]
    [InlineData(0)]
    [InlineData(1.5)]
    public void LogUpper_OrderOneRecurrence_Holds(double nu)
    {
        // Γ(ν + 1, z) = ν Γ(ν, z) + z^ν e^(−z) across the regime boundaries.
        foreach (var z in new[] { 0.05, 0.99, 1.01, 2.4, 7.0 })
        {
            var left = Math.Exp(IncompleteGamma.LogUpper(nu + 1, z));
            var right = (nu * Math.Exp(IncompleteGamma.LogUpper(nu, z))) + Math.Exp((nu * Math.Log(z)) - z);
            left.Should().BeApproximately(right, 1e-13 * left);
        }
    }

    [Fact]
    public void LogUpper_OutsideDomain_IsNaN()
    {
        double.IsNaN(IncompleteGamma.LogUpper(1, 0)).Should().BeTrue();
        double.IsNaN(IncompleteGamma.LogUpper(double.NaN, 1)).Should().BeTrue();
        IncompleteGamma.LogUpper(1, double.PositiveInfinity).Should().Be(double.NegativeInfinity);
    }
}
