namespace RelationshipKit.Benefits;

/// <summary>Spearman's rank correlation and mid-ranks, shared by derived importance and its tests.</summary>
internal static class RankCorrelation
{
    /// <summary>
    /// Computes Spearman's ρ as the Pearson correlation of the mid-ranks of <paramref name="x"/> and <paramref name="y"/>
    /// (the tie-corrected form); <see langword="null"/> when either variable is constant.
    /// </summary>
    internal static double? Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        System.Diagnostics.Debug.Assert(x.Count == y.Count && x.Count >= 2, "paired samples of two or more");
        var rx = MidRanks(x);
        var ry = MidRanks(y);
        var mean = (x.Count + 1) / 2.0; // the mean of mid-ranks is always (n + 1) / 2
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < rx.Length; i++)
        {
            var dx = rx[i] - mean;
            var dy = ry[i] - mean;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        if (sxx == 0 || syy == 0)
        {
            return null;
        }

        return Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1.0, 1.0);
    }

    /// <summary>Ranks ascending from 1; tied values share the mean of the ranks they span (1, 2.5, 2.5, 4).</summary>
    internal static double[] MidRanks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        var start = 0;
        while (start < order.Length)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            var rank = ((start + end) / 2.0) + 1;
            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = rank;
            }

            start = end + 1;
        }

        return ranks;
    }
}
