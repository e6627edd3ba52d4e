using RelationshipKit.Value.Models.ParetoNbd;
using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Value.Tests.Models.ParetoNbd;

public class ParetoNbdMathTests
{
    [Theory]
    [InlineData(0.5534, 10.5802, 0.6061, 11.6562, 0, 0, 38.86)]
    [InlineData(0.5534, 10.5802, 0.6061, 11.6562, 26, 30.86, 31)]
    [InlineData(0.5534, 10.5802, 0.6061, 11.6562, 300, 38.5, 38.86)]
    [InlineData(1.7, 3.2, 2.4, 40, 4, 12, 30)]
    [InlineData(0.5, 100, 0.6, 0.01, 5, 3, 40)]
    [InlineData(0.5, 0.01, 0.6, 100, 200, 39, 40)]
    public void LogLikelihood_AnalyticGradient_MatchesCentralDifferences(double r, double alpha, double s, double beta, double x, double tx, double t)
    {
        double[] theta = [r, alpha, s, beta];
        var math = new ParetoNbdMath(r, alpha, s, beta);
        math.LogLikelihood(x, tx, t, Ratio(r, x), DigammaDifference(r, x), out var dr, out var dAlpha, out var ds, out var dBeta);
        double[] analytic = [dr, dAlpha, ds, dBeta];
        for (var k = 0; k < 4; k++)
        {
            var h = 1e-6 * theta[k];
            var plus = (double[])theta.Clone();
            var minus = (double[])theta.Clone();
            plus[k] += h;
            minus[k] -= h;
            var numeric = (Value(plus, x, tx, t) - Value(minus, x, tx, t)) / (2 * h);
            analytic[k].Should().BeApproximately(numeric, 1e-6 * Math.Max(1, Math.Abs(numeric)), $"parameter {k}");
        }
    }

    [Theory]
    [InlineData(0.5534, 10.5802, 0.6061, 11.6562, 26, 30.86, 31)]
    [InlineData(3, 5, 0.4, 8, 0, 0, 20)]
    [InlineData(0.5, 12, 0.6, 11, 150, 2, 40)]
    public void LogResidualIntegral_SeriesAndQuadrature_Agree(double r, double alpha, double s, double beta, double x, double tx, double t)
    {
        var math = new ParetoNbdMath(r, alpha, s, beta);
        var series = math.LogResidualIntegral(x, tx, t, true, out _, out _, out var sr, out var sAlpha, out var ss, out var sBeta);
        var quadrature = math.LogResidualIntegralByQuadrature(x, tx, t, true, out var qr, out var qAlpha, out var qs, out var qBeta);
        series.Should().BeApproximately(quadrature, 1e-11 * Math.Abs(series));
        double[] a = [sr, sAlpha, ss, sBeta];
        double[] b = [qr, qAlpha, qs, qBeta];
        for (var k = 0; k < 4; k++)
        {
            a[k].Should().BeApproximately(b[k], 1e-9 * Math.Max(1, Math.Abs(b[k])));
        }
    }

    [Fact]
    public void TryLogTails_ArgumentNearOne_GivesUpInsteadOfLooping()
    {
        // z = 0.9999: the series would need ~400,000 terms; the caller then integrates instead.
        var ok = ParetoNbdMath.TryLogTails(1.6, 0.5, 9999, 10_000, 1, Math.Log(10_000), 0, 10_040, 41, Math.Log(10_040), Math.Log(41), false, out _, out _);
        ok.Should().BeFalse();
    }

    private static double Value(double[] p, double x, double tx, double t) =>
        new ParetoNbdMath(p[0], p[1], p[2], p[3]).LogLikelihood(x, tx, t, Ratio(p[0], x));

    private static double Ratio(double r, double x) => SpecialFunctions.LogGamma(r + x) - SpecialFunctions.LogGamma(r);

    private static double DigammaDifference(double r, double x) => SpecialFunctions.Digamma(r + x) - SpecialFunctions.Digamma(r);
}
