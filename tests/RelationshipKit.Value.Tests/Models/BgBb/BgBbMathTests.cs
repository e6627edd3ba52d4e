using RelationshipKit.Value.Models.BgBb;

namespace RelationshipKit.Value.Tests.Models.BgBb;

public class BgBbMathTests
{
    [Theory]
    [InlineData(1.2, 0.75, 0.66, 2.8, 0, 0, 6)]
    [InlineData(1.2, 0.75, 0.66, 2.8, 2, 4, 6)]
    [InlineData(1.2, 0.75, 0.66, 2.8, 6, 6, 6)]
    [InlineData(0.3, 5, 2.2, 0.4, 3, 40, 200)]
    public void LogLikelihood_AnalyticGradient_MatchesCentralDifferences(double a, double b, double g, double d, double x, double tx, double n)
    {
        double[] theta = [a, b, g, d];
        new BgBbMath(a, b, g, d).LogLikelihood(x, tx, n, true, out var da, out var db, out var dg, out var dd);
        double[] analytic = [da, db, dg, dd];
        for (var k = 0; k < 4; k++)
        {
            var h = 1e-6 * theta[k];
            var plus = (double[])theta.Clone();
            var minus = (double[])theta.Clone();
            plus[k] += h;
            minus[k] -= h;
            var numeric = (Value(plus, x, tx, n) - Value(minus, x, tx, n)) / (2 * h);
            analytic[k].Should().BeApproximately(numeric, 1e-6 * Math.Max(1, Math.Abs(numeric)), $"parameter {k}");
        }
    }

    [Theory]
    [InlineData(0.66, 2.8, 6, 0.01)]
    [InlineData(1.7, 0.4, 0, 0.2)]
    public void DiscountedSurvivalSum_SeriesAndQuadrature_Agree(double gamma, double delta, double n, double rate)
    {
        var math = new BgBbMath(1, 1, gamma, delta);
        var series = Math.Log(math.DiscountedExpectedResidualPurchases(0, 0, n, rate)) - Math.Log(math.DiscountedExpectedResidualPurchases(0, 0, n, rate));
        series.Should().Be(0);
        var z = 1 / (1 + rate);
        var bySeries = Math.Log(math.DiscountedExpectedResidualPurchases(n, n, n, rate));
        var factor = bySeries - math.LogDiscountedSurvivalSumByQuadrature(n, z);

        // The factor in front of the sum does not depend on the rate: compare at two rates.
        var other = 1.5 * rate;
        var bySeriesOther = Math.Log(math.DiscountedExpectedResidualPurchases(n, n, n, other));
        (bySeriesOther - math.LogDiscountedSurvivalSumByQuadrature(n, 1 / (1 + other))).Should().BeApproximately(factor, 1e-11);
    }

    private static double Value(double[] p, double x, double tx, double n) => new BgBbMath(p[0], p[1], p[2], p[3]).LogLikelihood(x, tx, n);
}
