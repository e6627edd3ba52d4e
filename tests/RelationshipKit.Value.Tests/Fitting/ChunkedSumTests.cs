using RelationshipKit.Value.Fitting;

namespace RelationshipKit.Value.Tests.Fitting;

public class ChunkedSumTests
{
    [Fact]
    public void Run_ManyChunks_IsDeterministicAndMatchesTheSum()
    {
        var n = (ChunkedSum.ChunkSize * 7) + 123;
        var values = new double[n];
        var random = new Random(8);
        for (var i = 0; i < n; i++)
        {
            values[i] = random.NextDouble() * 1e6;
        }

        var sum = new ChunkedSum(n, 2);
        void Body(int start, int end, Span<double> sums)
        {
            for (var i = start; i < end; i++)
            {
                sums[0] += values[i];
                sums[1] += 1;
            }
        }

        var first = new double[2];
        var second = new double[2];
        sum.Run(Body, first);
        sum.Run(Body, second);

        first.Should().Equal(second);
        first[1].Should().Be(n);
        first[0].Should().BeApproximately(values.Sum(), values.Sum() * 1e-12);
    }
}
