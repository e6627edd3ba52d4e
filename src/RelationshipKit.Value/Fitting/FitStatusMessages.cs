using System.Globalization;

namespace RelationshipKit.Value.Fitting;

/// <summary>The sentences that explain how a maximum-likelihood fit ended, shared by the models' <c>Fit</c> methods.</summary>
internal static class FitStatusMessages
{
    /// <summary>Describes <paramref name="status"/> for the fit in <paramref name="outcome"/>.</summary>
    internal static string Describe(FitStatus status, MleOutcome outcome, IReadOnlyList<string> names, FitOptions options)
    {
        var gradient = outcome.GradientNorm.ToString("G3", CultureInfo.InvariantCulture);
        return status switch
        {
            FitStatus.Converged => $"Converged after {outcome.Iterations} iterations (gradient norm {gradient}).",
            FitStatus.IterationLimitReached => $"Stopped at the iteration limit ({options.MaxIterations}) with gradient norm {gradient}; raise FitOptions.MaxIterations or add a small FitOptions.Penalizer.",
            FitStatus.BoundaryEstimate when outcome.BoundaryParameter >= 0 =>
                $"The likelihood keeps rising as {names[outcome.BoundaryParameter]} runs to {(outcome.Parameters[outcome.BoundaryParameter] > 1 ? "infinity" : "0")}: the data carry no interior estimate; a small FitOptions.Penalizer gives a finite one.",
            FitStatus.BoundaryEstimate => "The likelihood keeps rising towards the edge of the parameter space: the data carry no interior estimate; a small FitOptions.Penalizer gives a finite one.",
            _ => "The optimiser could not make progress: the likelihood could not be evaluated, or no step decreased it, near the last iterate.",
        };
    }
}
