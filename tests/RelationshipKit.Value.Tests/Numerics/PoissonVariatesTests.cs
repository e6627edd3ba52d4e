using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Value.Tests.Numerics;

public class PoissonVariatesTests
{
    [Theory]
    [InlineData(0.3)]
    [InlineData(4)]
    [InlineData(12)]
    [InlineData(750)]
    public void Next_MeanAndVarianceMatch(double mean)
    {
        // 200,000 draws: the sample mean and variance are within four standard errors of the Poisson's.
        var variates = new RandomVariates(new Random(42));
        const int n = 200_000;
        double sum = 0, squares = 0;
        for (var i = 0; i < n; i++)
        {
            double k = PoissonVariates.Next(variates, mean);
            sum += k;
            squares += k * k;
        }

        var sampleMean = sum / n;
        var sampleVariance = (squares / n) - (sampleMean * sampleMean);
        sampleMean.Should().BeApproximately(mean, 4 * Math.Sqrt(mean / n));
        sampleVariance.Should().BeApproximately(mean, 4 * mean * Math.Sqrt(2.0 / n) * Math.Sqrt(1 + (1 / (2 * mean))));
        PoissonVariates.Next(variates, 0).Should().Be(0);
    }
}
