using RelationshipKit.Value.Fitting;

namespace RelationshipKit.Value.Models.BgNbd;

/// <summary>Fits BG/NBD or MBG/NBD by maximum likelihood on the collapsed rows of a table.</summary>
internal static class BetaGeometricFit
{
    /// <summary>Tables with more distinct rows than this are warm-started on a subsample of a quarter as many.</summary>
    private const int WarmStartRows = 200_000;

    internal static readonly string[] Names = ["r", "alpha", "a", "b"];

    internal static (MleOutcome Outcome, double TotalWeight) Run(RfmTable data, FitOptions? options, bool modified, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var settings = options ?? new FitOptions();
        settings.Validate(nameof(options));
        if (data.Count == 0)
        {
            throw new ArgumentException("data must have at least one row; was empty.", nameof(data));
        }

        var rows = SufficientRows.From(data);
        if (!(rows.MeanT > 0))
        {
            // Every customer observed for no time: the likelihood is flat, so any parameters would "converge".
            throw new ArgumentException("data must have T > 0 in at least one row; every T was 0.", nameof(data));
        }

        var likelihood = new BetaGeometricLikelihood(rows, modified);
        var meanT = rows.MeanT;

        // Start: one purchase rate for everyone (Σ w x / Σ w T) with r = 1, and a flat Beta(1, 1) for drop-out.
        double purchases = 0, exposure = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            purchases += rows.Weight[i] * rows.Frequency[i];
            exposure += rows.Weight[i] * rows.T[i];
        }

        var rate = purchases > 0 && exposure > 0 ? purchases / exposure : 1 / meanT;
        double[] start = [1, 1 / rate, 1, 1];
        double[] scales = [1, meanT, 1, 1];
        double[][]? inverseHessian = null;
        if (rows.Count > WarmStartRows)
        {
            // Large tables: most of the optimiser's path is found on an evenly strided subsample, so the full
            // data only sees the last few iterations. The answer is the full data's maximum either way.
            var sample = new BetaGeometricLikelihood(rows.Subsample(rows.Count / (WarmStartRows / 4)), modified);
            var warm = MaximumLikelihood.Fit(sample.Objective, start, scales, sample.TotalWeight, new FitOptions { GradientTolerance = 1e-4, MaxIterations = settings.MaxIterations, Penalizer = settings.Penalizer }, cancellationToken, standardErrors: false);
            if (warm.Status == FitStatus.Converged)
            {
                // Its curvature too: the objective is a mean over rows, so the sample's is close to the full data's,
                // and the full search starts with Newton-like steps instead of learning it again (20 full-data
                // iterations became about 4 on a million customers).
                start = warm.Parameters;
                inverseHessian = warm.InverseHessian;
            }
        }

        var outcome = MaximumLikelihood.Fit(likelihood.Objective, start, scales, rows.TotalWeight, settings, cancellationToken, startInverseHessian: inverseHessian, analyticHessian: likelihood.Hessian);
        return (outcome, rows.TotalWeight);
    }
}
