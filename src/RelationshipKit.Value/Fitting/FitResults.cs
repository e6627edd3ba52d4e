using System.Globalization;

namespace RelationshipKit.Value.Fitting;

/// <summary>Builds a <see cref="FitResult{TModel}"/> from the optimiser's outcome, with the message that explains it.</summary>
internal static class FitResults
{
    /// <summary>Creates the public result.</summary>
    /// <param name="outcome">The optimiser's outcome.</param>
    /// <param name="model">The model at the estimate.</param>
    /// <param name="names">The parameter names in order.</param>
    /// <param name="totalWeight">The number of customers used (Σ weights).</param>
    /// <param name="options">The options used.</param>
    /// <param name="excludedRows">Rows left out by the model's rules.</param>
    /// <param name="timeUnit">The data's unit.</param>
    internal static FitResult<TModel> Create<TModel>(
        MleOutcome outcome, TModel model, IReadOnlyList<string> names, double totalWeight, FitOptions options, int excludedRows, TimeUnit timeUnit)
        where TModel : class
    {
        outcome = DetectFlatBoundary(outcome);
        var logLikelihood = -outcome.MeanNegativeLogLikelihood * totalWeight;
        return new FitResult<TModel>(
            model,
            outcome.Status,
            Message(outcome, names, options),
            outcome.Estimates(names),
            logLikelihood,
            outcome.Iterations,
            outcome.GradientNorm,
            options.Penalizer,
            totalWeight,
            excludedRows,
            timeUnit);
    }

    /// <summary>
    /// Turns a "converged" outcome whose observed information is singular and that has a parameter beyond
    /// [1e-4, 1e4] into a boundary estimate. In log-parameters the gradient vanishes as a parameter runs to 0 or ∞
    /// along a flat ridge (nobody repeats, everybody repeats), so the gradient test alone would call such a point converged.
    /// </summary>
    private static MleOutcome DetectFlatBoundary(MleOutcome outcome)
    {
        if (outcome.Status != FitStatus.Converged || outcome.StandardErrors is not null)
        {
            return outcome;
        }

        var index = MaximumLikelihood.MostExtremeIndex([.. outcome.Parameters.Select(p => Math.Log(p))]);

        return index < 0
            ? outcome
            : new MleOutcome
            {
                Parameters = outcome.Parameters,
                StandardErrors = null,
                MeanNegativeLogLikelihood = outcome.MeanNegativeLogLikelihood,
                Iterations = outcome.Iterations,
                GradientNorm = outcome.GradientNorm,
                Status = FitStatus.BoundaryEstimate,
                BoundaryParameter = index,
            };
    }

    private static string Message(MleOutcome outcome, IReadOnlyList<string> names, FitOptions options)
    {
        var gradient = double.IsFinite(outcome.GradientNorm) ? outcome.GradientNorm.ToString("G3", CultureInfo.InvariantCulture) : "not a finite number";
        switch (outcome.Status)
        {
            case FitStatus.Converged:
                return $"Converged after {outcome.Iterations} iterations (gradient norm {gradient}).";
            case FitStatus.IterationLimitReached:
                return $"Stopped at the iteration limit ({options.MaxIterations}) with gradient norm {gradient}; raise MaxIterations or add a small Penalizer.";
            case FitStatus.BoundaryEstimate:
                var index = outcome.BoundaryParameter;
                var name = index >= 0 && index < names.Count ? names[index] : "a parameter";
                var direction = index >= 0 && outcome.Parameters[index] < 1 ? "0" : "infinity";
                return $"The likelihood keeps rising as {name} runs to {direction}: the maximum is on the boundary of the parameter space, so there is no interior estimate. Add a small Penalizer (for example 0.001) to get one.";
            default:
                return $"The optimiser could not make progress after {outcome.Iterations} iterations (gradient norm {gradient}): the likelihood could not be evaluated near the current estimate.";
        }
    }
}
