using System.Diagnostics;

namespace RelationshipKit.Value.Fitting;

/// <summary>
/// Maximum-likelihood fitting for models with positive parameters: BFGS (Nocedal &amp; Wright 2006, algorithm 6.1)
/// on the log-parameters with a backtracking Armijo line search, then standard errors from the observed information
/// (a central-difference Hessian of the analytic gradient, inverted by Cholesky).
/// </summary>
/// <remarks>
/// Working on log-parameters keeps every iterate inside the parameter space and makes the problem scale-free;
/// the optimiser sees <c>f(u) = meanNLL(exp u) + λ Σ (exp(uₖ)/sₖ)²</c>. A parameter whose log runs past ±30
/// (a value beyond 1e13 or below 1e-13) is reported as a boundary estimate instead of being chased to overflow.
/// A search that can no longer move (an accepted step that changes neither the parameters nor the objective, twice)
/// stops at once, and so does one that creeps along a flat ridge with a parameter beyond 1e4 or below 1e-4 while
/// gaining almost nothing over 25 iterations: both used to run to the iteration limit, at the cost of a thousand
/// likelihood evaluations (minutes for Pareto/NBD on some small tables found by fuzzing).
/// </remarks>
internal static partial class MaximumLikelihood
{
    private const double BoundaryLog = 30;
    private const double Armijo = 1e-4;

    /// <summary>A decrease of the objective below this (relative) is rounding noise.</summary>
    private const double NoiseFloor = 1e-13;

    /// <summary>The largest gradient component at which a stalled search counts as converged to rounding.</summary>
    private const double StalledGradient = 1e-5;

    /// <summary>Iterations between the checks for a search creeping along a ridge to the boundary.</summary>
    private const int RidgeWindow = 25;

    /// <summary>Over a window, a relative objective decrease below this is "no real progress".</summary>
    private const double RidgeProgress = 1e-9;

    /// <summary>A log-parameter beyond ±this (a value beyond 1e4 or below 1e-4) counts as heading for the boundary.</summary>
    internal static readonly double ExtremeLog = Math.Log(1e4);

    /// <summary>Maximises the likelihood from <paramref name="start"/> (natural parameters, all &gt; 0).</summary>
    /// <param name="objective">The mean negative log-likelihood and its natural-parameter gradient.</param>
    /// <param name="start">The starting point.</param>
    /// <param name="penaltyScales">Per parameter, the scale sₖ of the L2 penalty (1 for shape parameters, mean T for time-scale ones).</param>
    /// <param name="totalWeight">The sum of the weights, to turn the mean into the total for the observed information.</param>
    /// <param name="options">The validated options.</param>
    /// <param name="cancellationToken">Cancels between iterations.</param>
    /// <param name="standardErrors">Whether to compute standard errors (false for a warm start, which needs only the estimate).</param>
    /// <param name="startInverseHessian">The inverse Hessian of the log-parameter objective to start from (a warm start's <see cref="MleOutcome.InverseHessian"/>), or null to start from the scaled identity.</param>
    /// <param name="analyticHessian">The objective's analytic Hessian for the standard errors, or null to difference the gradient.</param>
    public static MleOutcome Fit(Objective objective, ReadOnlySpan<double> start, ReadOnlySpan<double> penaltyScales, double totalWeight, FitOptions options, CancellationToken cancellationToken, bool standardErrors = true, double[][]? startInverseHessian = null, ObjectiveHessian? analyticHessian = null)
    {
        var n = start.Length;
        Debug.Assert(penaltyScales.Length == n, "one penalty scale per parameter");
        var scales = penaltyScales.ToArray();
        var u = new double[n];
        for (var i = 0; i < n; i++)
        {
            u[i] = Math.Log(start[i]);
        }

        var work = new double[n];
        var g = new double[n];
        var h = Identity(n);
        var firstStep = true;
        if (startInverseHessian is not null)
        {
            // A warm start's curvature: the search takes Newton-like steps from its first iteration.
            for (var i = 0; i < n; i++)
            {
                Array.Copy(startInverseHessian[i], h[i], n);
            }

            firstStep = false;
        }

        // The unpenalised objective at u: the outcome reports it without another pass over the rows.
        var f = Evaluate(objective, u, scales, options.Penalizer, g, work, out var meanNll);
        var iteration = 0;
        if (!double.IsFinite(f))
        {
            return Finish(FitStatus.NumericalFailure, recompute: true);
        }

        var p = new double[n];
        var uNew = new double[n];
        var gNew = new double[n];
        var s = new double[n];
        var y = new double[n];
        var hy = new double[n];
        var stalled = 0;
        var stuck = 0;
        var windowU = (double[])u.Clone();
        var windowF = f;
        while (true)
        {
            var gradientMax = MaxAbs(g);
            if (gradientMax <= options.GradientTolerance)
            {
                return Finish(FitStatus.Converged);
            }

            var boundary = BoundaryIndex(u);
            if (boundary >= 0)
            {
                return Finish(FitStatus.BoundaryEstimate, boundary);
            }

            if (iteration >= options.MaxIterations)
            {
                return Finish(FitStatus.IterationLimitReached);
            }

            if (iteration > 0 && iteration % RidgeWindow == 0)
            {
                // A search that gains almost nothing over a whole window while a parameter beyond 1e4 (or below 1e-4)
                // keeps moving away is following a flat ridge to the boundary (for example Pareto/NBD's s and β
                // growing together when dropout shows no heterogeneity). Following it to ±30 in log space can take
                // thousands of ever more expensive evaluations; it is a boundary estimate now.
                var ridge = RidgeIndex(u, windowU, f, windowF);
                if (ridge >= 0)
                {
                    return Finish(FitStatus.BoundaryEstimate, ridge);
                }

                Array.Copy(u, windowU, n);
                windowF = f;
            }

            cancellationToken.ThrowIfCancellationRequested();
            iteration++;

            // Search direction p = −H g; fall back to steepest descent if it is not a descent direction.
            MatVec(h, g, p);
            Negate(p);
            var slope = Dot(g, p);
            if (!(slope < 0))
            {
                ResetToIdentity(h);
                Array.Copy(g, p, n);
                Negate(p);
                slope = Dot(g, p);
            }

            // The first step is limited so that no log-parameter moves by more than 1.
            var step = firstStep ? Math.Min(1.0, 1.0 / Math.Max(MaxAbs(p), 1e-300)) : 1.0;
            var maxMove = MaxAbs(p) * step;
            if (maxMove > 5)
            {
                step *= 5 / maxMove;
            }

            double fNew;
            var accepted = false;
            for (var attempt = 0; attempt < 60; attempt++)
            {
                for (var i = 0; i < n; i++)
                {
                    uNew[i] = u[i] + (step * p[i]);
                }

                fNew = Evaluate(objective, uNew, scales, options.Penalizer, gNew, work, out var meanNllNew);
                if (double.IsFinite(fNew) && fNew <= f + (Armijo * step * slope))
                {
                    accepted = true;
                    meanNll = meanNllNew;

                    // A step too small to change any log-parameter (or the objective) "passes" the Armijo test by
                    // rounding: BFGS would repeat it until the iteration limit, each time at the cost of a full
                    // evaluation. Two in a row end the search (see NoProgressOutcome).
                    stuck = fNew >= f || SameVector(u, uNew) ? stuck + 1 : 0;

                    // Near an ill-conditioned optimum the decrease can fall to the rounding noise of the objective
                    // while the gradient is still above the tolerance; BFGS then wanders at the noise floor. Two such
                    // steps in a row with a small gradient count as convergence to rounding.
                    stalled = f - fNew <= NoiseFloor * Math.Max(1, Math.Abs(f)) && gradientMax <= Math.Max(StalledGradient, options.GradientTolerance) ? stalled + 1 : 0;
                    f = fNew;
                    break;
                }

                step *= attempt < 2 ? 0.5 : 0.25;
            }

            if (!accepted)
            {
                if (!firstStep && !IsIdentity(h))
                {
                    // The quasi-Newton model went stale: restart from steepest descent once before giving up.
                    ResetToIdentity(h);
                    firstStep = true;
                    continue;
                }

                // No decrease is possible along the steepest descent: either we are at the optimum to rounding,
                // or the likelihood cannot be evaluated around here.
                var status = gradientMax <= Math.Max(1e-5, options.GradientTolerance) ? FitStatus.Converged : FitStatus.NumericalFailure;
                return Finish(status);
            }

            for (var i = 0; i < n; i++)
            {
                s[i] = uNew[i] - u[i];
                y[i] = gNew[i] - g[i];
            }

            Array.Copy(uNew, u, n);
            Array.Copy(gNew, g, n);
            if (stalled >= 2)
            {
                return Finish(FitStatus.Converged);
            }

            if (stuck >= 2)
            {
                var (status, index) = NoProgressOutcome(u, MaxAbs(g), options.GradientTolerance);
                return Finish(status, index);
            }

            var sy = Dot(s, y);
            if (sy > 1e-12 * Math.Sqrt(Dot(s, s) * Dot(y, y)))
            {
                if (firstStep)
                {
                    // Scale the initial inverse Hessian (Nocedal & Wright eq. 6.20).
                    var scale = sy / Dot(y, y);
                    for (var i = 0; i < n; i++)
                    {
                        Array.Clear(h[i]);
                        h[i][i] = scale;
                    }
                }

                BfgsUpdate(h, s, y, sy, hy);
                firstStep = false;
            }
        }

        MleOutcome Finish(FitStatus status, int boundary = -1, bool recompute = false) =>
            Outcome(objective, analyticHessian, u, g, iteration, status, totalWeight, recompute ? null : meanNll, work, standardErrors, h, boundary);
    }

    /// <summary>
    /// Builds the outcome at log-parameters <paramref name="u"/>. <paramref name="meanNll"/> is the unpenalised
    /// objective there as the search evaluated it (the same bits as evaluating it again, without another pass over
    /// the rows), or null to evaluate it.
    /// </summary>
    private static MleOutcome Outcome(Objective objective, ObjectiveHessian? analyticHessian, double[] u, double[] g, int iterations, FitStatus status, double totalWeight, double? meanNll, double[] work, bool standardErrors, double[][] inverseHessian, int boundary)
    {
        var theta = new double[u.Length];
        for (var i = 0; i < u.Length; i++)
        {
            theta[i] = Math.Exp(u[i]);
        }

        var value = meanNll ?? objective(theta, work);
        var finite = double.IsFinite(value);
        return new MleOutcome
        {
            Parameters = theta,
            StandardErrors = standardErrors && finite && status != FitStatus.BoundaryEstimate ? StandardErrors(objective, theta, totalWeight, analyticHessian) : null,
            MeanNegativeLogLikelihood = value,
            Iterations = iterations,
            GradientNorm = Math.Sqrt(Dot(g, g)),
            Status = finite ? status : FitStatus.NumericalFailure,
            BoundaryParameter = boundary,
            InverseHessian = inverseHessian,
        };
    }

    private static double Evaluate(Objective objective, double[] u, double[] scales, double penalizer, double[] gradient, double[] theta, out double unpenalised)
    {
        for (var i = 0; i < u.Length; i++)
        {
            theta[i] = Math.Exp(u[i]);
        }

        var value = objective(theta, gradient);
        unpenalised = value;
        if (!double.IsFinite(value))
        {
            return double.PositiveInfinity;
        }

        for (var i = 0; i < u.Length; i++)
        {
            // Chain rule to log-parameters: ∂f/∂u = θ ∂f/∂θ; penalty λ(θ/s)² has ∂/∂u = 2λ(θ/s)².
            var scaled = theta[i] / scales[i];
            value += penalizer * scaled * scaled;
            gradient[i] = (gradient[i] * theta[i]) + (2 * penalizer * scaled * scaled);
            if (!double.IsFinite(gradient[i]))
            {
                return double.PositiveInfinity;
            }
        }

        return value;
    }
}
