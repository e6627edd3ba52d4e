namespace RelationshipKit.Value.Models;

/// <summary>Computes one output per row for rows given as spans (a chunk of a table).</summary>
/// <param name="frequency">The chunk's frequencies.</param>
/// <param name="recency">The chunk's recencies.</param>
/// <param name="t">The chunk's observation times.</param>
/// <param name="destination">The chunk's outputs.</param>
internal delegate void RowKernel(ReadOnlySpan<double> frequency, ReadOnlySpan<double> recency, ReadOnlySpan<double> t, Span<double> destination);

/// <summary>
/// Runs a per-row kernel over a table in chunks of <see cref="ChunkSize"/> rows, in parallel for large tables,
/// writing straight into the caller's span (pinned for the duration), so a batch prediction allocates nothing per row.
/// </summary>
internal static class BatchLoops
{
    /// <summary>The rows per chunk; tables up to two chunks run on the calling thread.</summary>
    internal const int ChunkSize = 16_384;

    internal static unsafe void Run(RfmTable data, Span<double> destination, RowKernel kernel)
    {
        var n = data.Count;
        if (n <= 2 * ChunkSize)
        {
            kernel(data.Frequency, data.Recency, data.T, destination[..n]);
            return;
        }

        fixed (double* px = data.Frequency, ptx = data.Recency, pt = data.T, pd = destination)
        {
            var x = (IntPtr)px;
            var tx = (IntPtr)ptx;
            var t = (IntPtr)pt;
            var d = (IntPtr)pd;
            var chunks = (n + ChunkSize - 1) / ChunkSize;
            Parallel.For(0, chunks, chunk =>
            {
                var start = chunk * ChunkSize;
                var length = Math.Min(ChunkSize, n - start);
                kernel(
                    new ReadOnlySpan<double>((double*)x + start, length),
                    new ReadOnlySpan<double>((double*)tx + start, length),
                    new ReadOnlySpan<double>((double*)t + start, length),
                    new Span<double>((double*)d + start, length));
            });
        }
    }
}
