using RelationshipKit.Value;

namespace RelationshipKit.Cli.Commands.Fit;

/// <summary>
/// Overlaps reading a large summary file with compiling the fit's code: while the command's thread reads the file,
/// another core fits the same model to a small synthetic table, so that the optimiser, the likelihood's vector
/// loops and the parallel chunking are compiled (and the thread pool started) before the real fit needs them.
/// </summary>
/// <remarks>
/// A one-shot process pays for compiling every method it runs; on a million-row file the fit's first evaluation
/// spent most of its time there, after the file had been read on one of the two cores. The warm-up table has more
/// rows than one likelihood chunk, so the parallel path is compiled too. Small files (below
/// <see cref="MinimumFileBytes"/>) skip it: their fit takes milliseconds and the extra work would only add CPU time.
/// The warm-up's result is thrown away; it shares no state with the real fit. Only BG/NBD and MBG/NBD warm up:
/// their fit of the warm-up table takes milliseconds, while Pareto/NBD's runs to its boundary rule there (seconds).
/// </remarks>
internal static class FitWarmUp
{
    /// <summary>Files at least this large (about 80,000 summary rows) are read while the fit's code is warmed up.</summary>
    internal const long MinimumFileBytes = 4L << 20;

    private const int Rows = 16_384;

    /// <summary>Starts fitting <paramref name="fit"/> to the synthetic table on the thread pool when <paramref name="input"/> is large; null otherwise.</summary>
    internal static Task? StartIfLarge<TResult>(FileInfo input, Func<RfmTable, TResult> fit)
    {
        long length;
        try
        {
            length = input.Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The reader reports a file it cannot read; the warm-up only decides whether to start.
            return null;
        }

        return length >= MinimumFileBytes ? Task.Run(() => fit(Table())) : null;
    }

    /// <summary>A deterministic table in weeks: frequencies 0 to 6, recencies inside T of 30 to 40 weeks.</summary>
    internal static RfmTable Table()
    {
        var frequency = new double[Rows];
        var recency = new double[Rows];
        var t = new double[Rows];
        for (var i = 0; i < Rows; i++)
        {
            frequency[i] = i % 7;
            t[i] = 30 + (i % 11);
            recency[i] = frequency[i] == 0 ? 0 : t[i] * ((i % 5) + 1) / 6;
        }

        return RfmTable.Create(frequency, recency, t, TimeUnit.Week);
    }
}
