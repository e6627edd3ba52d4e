using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Value.Tests.Numerics;

public class GeometricDropoutTests
{
    [Theory]
    // J = E[(1 − (1 + p u)^(−s)) / p] for p ~ Beta(a, b), from mpmath at 50 digits (the closed form with ₂F₁, or
    // adaptive quadrature where the closed form divides by zero).
    [InlineData(0.793, 2.426, 0.243, 8.83552333484368, 1.196723193320816897)]        // CDNOW E[X(39)]
    [InlineData(0.793, 4.426, 2.243, 0.9012339973194066, 1.6873993058053129274)]     // CDNOW x = 2
    [InlineData(1.0, 2.0, 0.5, 4.0, 1.1609152777382034864)]                         // a = 1 exactly
    [InlineData(2.5, 1e12, 3.0, 0.7, 2.0999999999926498668)]                        // huge b (NBD limit s u = 2.1)
    [InlineData(0.05, 0.3, 40.0, 2.0, 57.741049115763359424)]                       // s far above c: quadrature
    [InlineData(50.0, 0.2, 1.5, 30.0, 0.99822889359197234414)]                      // large a, z near 1
    [InlineData(0.793, 1002.426, 1000.243, 1.5, 1009.7575271865960343)]             // x = 1000
    public void ExpectedPurchases_MatchesHighPrecisionReference(double a, double b, double s, double u, double expected)
    {
        GeometricDropout.ExpectedPurchases(a, b, s, 1, u).Should().BeApproximately(expected, expected * 1e-11);
    }

    [Theory]
    [InlineData(0.793, 2.426, 0.243, 8.8)]
    [InlineData(3.0, 0.5, 2.0, 0.3)]
    [InlineData(0.2, 30, 5, 40)]
    [InlineData(7, 7, 0.01, 30)]
    public void SeriesAndQuadrature_Agree(double a, double b, double s, double u)
    {
        var series = GeometricDropout.Series(a, b, s, u);
        double.IsFinite(series).Should().BeTrue();
        GeometricDropout.Quadrature(a, b, s, u).Should().BeApproximately(series, series * 1e-10);
    }

    [Fact]
    public void ExpectedPurchases_ShapeOne_IsTheGaussHypergeometricForm()
    {
        // With s = 1: J = E[u / (1 + p u)] = u ₂F₁(1, a; a + b; −u), an independent closed form.
        var expected = 0.6 * Hypergeometric.Hyp2F1(1, 1.7, 1.7 + 3.2, -0.6);
        GeometricDropout.ExpectedPurchases(1.7, 3.2, 1, 10, 6).Should().BeApproximately(expected, expected * 1e-13);
    }

    [Fact]
    public void ExpectedPurchases_ZeroHorizon_IsZero() => GeometricDropout.ExpectedPurchases(1, 2, 3, 4, 0).Should().Be(0);
}
