using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Value.Tests.Numerics;

public class RandomVariatesTests
{
    [Theory]
    [InlineData(0.243, 4.414)]
    [InlineData(1.0, 1.0)]
    [InlineData(6.25, 0.5)]
    [InlineData(0.01, 2.0)]
    public void NextGamma_HasTheRightMeanAndVariance(double shape, double rate)
    {
        var variates = new RandomVariates(new Random(17));
        var n = 200_000;
        double sum = 0, sumSquares = 0;
        for (var i = 0; i < n; i++)
        {
            var g = variates.NextGamma(shape, rate);
            sum += g;
            sumSquares += g * g;
        }

        var mean = sum / n;
        var variance = (sumSquares / n) - (mean * mean);
        var expectedMean = shape / rate;
        var expectedVariance = shape / (rate * rate);
        mean.Should().BeApproximately(expectedMean, 5 * Math.Sqrt(expectedVariance / n));
        variance.Should().BeApproximately(expectedVariance, expectedVariance * (shape < 0.1 ? 0.5 : 0.05));
    }

    [Fact]
    public void NextBeta_HasTheRightMean()
    {
        var variates = new RandomVariates(new Random(5));
        var n = 200_000;
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            var p = variates.NextBeta(0.793, 2.426);
            p.Should().BeInRange(0, 1);
            sum += p;
        }

        var expected = 0.793 / (0.793 + 2.426);
        var sd = Math.Sqrt(0.793 * 2.426 / (Math.Pow(3.219, 2) * 4.219));
        (sum / n).Should().BeApproximately(expected, 5 * sd / Math.Sqrt(n));
    }

    [Fact]
    public void SameSeed_SameStream()
    {
        var a = new RandomVariates(new Random(3));
        var b = new RandomVariates(new Random(3));
        for (var i = 0; i < 100; i++)
        {
            a.NextGamma(0.5, 1).Should().Be(b.NextGamma(0.5, 1));
        }
    }
}
