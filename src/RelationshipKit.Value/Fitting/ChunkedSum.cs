namespace RelationshipKit.Value.Fitting;

/// <summary>Accumulates a chunk's partial sums over rows [start, end) into <paramref name="sums"/> (which starts at zero).</summary>
/// <param name="start">The first row.</param>
/// <param name="end">One past the last row.</param>
/// <param name="sums">The chunk's partial sums.</param>
internal delegate void ChunkAccumulator(int start, int end, Span<double> sums);

/// <summary>
/// Sums per-row quantities (a log-likelihood and its gradient) over fixed-size chunks of rows, in parallel when
/// there is more than one chunk, and combines the chunks' partial sums in chunk order.
/// </summary>
/// <remarks>
/// The chunk boundaries depend only on the row count and each chunk is summed sequentially, so the result is
/// bit-for-bit the same whatever the number of cores or the scheduling: parallelism never changes a fit.
/// </remarks>
internal sealed class ChunkedSum
{
    /// <summary>The rows per chunk.</summary>
    internal const int ChunkSize = 8192;

    private readonly int _count;
    private readonly int _width;
    private readonly int _chunks;
    private readonly double[] _partials;

    internal ChunkedSum(int count, int width)
    {
        _count = count;
        _width = width;
        _chunks = Math.Max(1, (count + ChunkSize - 1) / ChunkSize);
        _partials = new double[_chunks * width];
    }

    /// <summary>Runs <paramref name="body"/> over every chunk and writes the combined sums into <paramref name="totals"/>.</summary>
    internal void Run(ChunkAccumulator body, Span<double> totals)
    {
        Array.Clear(_partials);
        if (_chunks == 1)
        {
            body(0, _count, _partials.AsSpan(0, _width));
        }
        else
        {
            var partials = _partials;
            var width = _width;
            var count = _count;
            Parallel.For(0, _chunks, chunk =>
            {
                var start = chunk * ChunkSize;
                body(start, Math.Min(count, start + ChunkSize), partials.AsSpan(chunk * width, width));
            });
        }

        totals[.._width].Clear();
        for (var chunk = 0; chunk < _chunks; chunk++)
        {
            for (var j = 0; j < _width; j++)
            {
                totals[j] += _partials[(chunk * _width) + j];
            }
        }
    }
}
