namespace RelationshipKit.Value.Fitting;

// MaximumLikelihood, one part: when the search stops short of a converged gradient: no progress, a ridge to the boundary, a parameter past the boundary.
internal static partial class MaximumLikelihood
{
    /// <summary>
    /// What a search that can no longer move has found: the optimum to rounding when the gradient is small; a boundary
    /// estimate when a parameter is beyond 1e4 or below 1e-4 (the search is on a flat ridge running out of the
    /// parameter space, where the steps shrink below the spacing of doubles); otherwise a numerical failure.
    /// </summary>
    private static (FitStatus Status, int Index) NoProgressOutcome(double[] u, double gradientMax, double gradientTolerance)
    {
        if (gradientMax <= Math.Max(StalledGradient, gradientTolerance))
        {
            return (FitStatus.Converged, -1);
        }

        var index = MostExtremeIndex(u);
        return index >= 0 ? (FitStatus.BoundaryEstimate, index) : (FitStatus.NumericalFailure, -1);
    }

    /// <summary>The index of the log-parameter farthest beyond ±<see cref="ExtremeLog"/> (a value beyond 1e4 or below 1e-4), or −1 when none is.</summary>
    internal static int MostExtremeIndex(ReadOnlySpan<double> logParameters)
    {
        var index = -1;
        var extreme = ExtremeLog;
        for (var i = 0; i < logParameters.Length; i++)
        {
            if (Math.Abs(logParameters[i]) > extreme)
            {
                extreme = Math.Abs(logParameters[i]);
                index = i;
            }
        }

        return index;
    }

    private static bool SameVector(double[] a, double[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }

        return true;
    }

    private static int RidgeIndex(double[] u, double[] windowStart, double f, double windowF)
    {
        if (windowF - f > RidgeProgress * Math.Max(1, Math.Abs(f)))
        {
            return -1;
        }

        var index = -1;
        var largest = 0.5;
        for (var i = 0; i < u.Length; i++)
        {
            var move = u[i] - windowStart[i];
            if (Math.Abs(u[i]) > ExtremeLog && Math.Sign(move) == Math.Sign(u[i]) && Math.Abs(move) > largest)
            {
                largest = Math.Abs(move);
                index = i;
            }
        }

        return index;
    }

    private static int BoundaryIndex(double[] u)
    {
        for (var i = 0; i < u.Length; i++)
        {
            if (Math.Abs(u[i]) > BoundaryLog)
            {
                return i;
            }
        }

        return -1;
    }
}
