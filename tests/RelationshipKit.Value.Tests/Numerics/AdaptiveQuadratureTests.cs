using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Value.Tests.Numerics;

public class AdaptiveQuadratureTests
{
    [Fact]
    public void Integrate_Polynomial_IsExact()
    {
        // The 15-point Kronrod rule integrates polynomials up to degree 22 exactly: ∫₀¹ x^21 dx = 1/22.
        var integrand = new Power(21, 0);
        Span<double> result = stackalloc double[1];
        var scale = AdaptiveQuadrature.Integrate(ref integrand, 0, 1, result);
        (Math.Exp(scale) * result[0]).Should().BeApproximately(1.0 / 22, 1e-15);
    }

    [Fact]
    public void Integrate_SharpPeakAndHugeScale_StaysAccurateInLogSpace()
    {
        // ∫₀^40 e^(−300 x + 5000) dx = e^5000 (1 − e^−12000) / 300: far beyond double, sharp at the left end.
        var integrand = new Exponential(-300, 5000);
        Span<double> result = stackalloc double[2];
        var scale = AdaptiveQuadrature.Integrate(ref integrand, 0, 40, result);
        (scale + Math.Log(result[0])).Should().BeApproximately(5000 - Math.Log(300), 1e-12);

        // The weight x gives ∫ x f = e^5000 / 300² for the same nodes.
        (result[1] / result[0]).Should().BeApproximately(1.0 / 300, 1e-13);
    }

    [Fact]
    public void Integrate_EmptyOrZero_GivesZero()
    {
        var integrand = new Exponential(1, double.NegativeInfinity);
        Span<double> result = stackalloc double[2];
        AdaptiveQuadrature.Integrate(ref integrand, 0, 1, result);
        result[0].Should().Be(0);
        var other = new Exponential(1, 0);
        AdaptiveQuadrature.Integrate(ref other, 2, 2, result);
        result[0].Should().Be(0);
    }

    private readonly struct Power(double power, double offset) : ILogIntegrand
    {
        public int WeightCount => 0;

        public double Evaluate(double x, Span<double> weights) => (power * Math.Log(x)) + offset;
    }

    private readonly struct Exponential(double rate, double offset) : ILogIntegrand
    {
        public int WeightCount => 1;

        public double Evaluate(double x, Span<double> weights)
        {
            weights[0] = x;
            return (rate * x) + offset;
        }
    }
}
