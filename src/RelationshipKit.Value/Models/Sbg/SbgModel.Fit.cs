using RelationshipKit.Value.Fitting;

namespace RelationshipKit.Value.Models.Sbg;

/// <content>Maximum-likelihood fitting of the sBG model.</content>
public sealed partial class SbgModel
{
    private static readonly string[] Names = ["alpha", "beta"];

    /// <summary>Gets the parameter names in the order of <see cref="FitResult{TModel}.Parameters"/>: alpha, beta.</summary>
    public static IReadOnlyList<string> ParameterNames { get; } = Array.AsReadOnly(Names);

    /// <summary>Fits α and β by maximum likelihood to a survival curve: the number of customers still active at the start of each period, the first value being the cohort size.</summary>
    /// <param name="survivors">The survival curve n₀, n₁, …, nₖ: n₀ &gt; 0 is the cohort size, nₜ the customers active after t periods; finite, ≥ 0, never increasing, at least 3 values (the cohort and two periods). Counts may be fractional (percentages).</param>
    /// <param name="options">The fit options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the fit between iterations.</param>
    /// <returns>The fit: converged, or not converged with a reason (for example a boundary estimate when nobody churns).</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="survivors"/> has fewer than 3 values.</exception>
    /// <exception cref="DataRowException">Thrown when a value is negative or not finite, the cohort size is 0, or the curve increases; it names the 1-based row.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an option is out of range.</exception>
    /// <exception cref="OperationCanceledException">Thrown when <paramref name="cancellationToken"/> is cancelled.</exception>
    /// <remarks>
    /// Each period's drop nₜ₋₁ − nₜ churned in period t and contributes ln P(T = t); the last value's customers are
    /// still active and contribute ln S(k) (Fader &amp; Hardie 2007, eq. 7). The log-likelihood is the full one, with no
    /// constant dropped. Oracle, years 0–7 of the paper's "regular" segment (1000, 631, 468, 382, 326, 289, 262, 241):
    /// α ≈ 0.704, β ≈ 1.182, log-likelihood ≈ −1680.27; "high end" (1000, 869, 743, 653, 593, 551, 517, 491):
    /// α ≈ 0.668, β ≈ 3.806, log-likelihood ≈ −1611.16.
    /// </remarks>
    public static FitResult<SbgModel> Fit(ReadOnlySpan<double> survivors, FitOptions? options = null, CancellationToken cancellationToken = default)
    {
        ValidateSurvivalCurve(survivors);
        options ??= new FitOptions();
        options.Validate(nameof(options));
        return FitData(SbgData.FromSurvivalCurve(survivors), options, cancellationToken);
    }

    /// <summary>Fits α and β by maximum likelihood to individual (or grouped) lifetimes with right-censoring.</summary>
    /// <param name="lifetimes">Per customer: the period in which it churned (≥ 1), or, when still active, the number of periods it has been observed active (≥ 0).</param>
    /// <param name="churned">Per customer: true when it churned in period <c>lifetimes[i]</c>, false when it is still active after <c>lifetimes[i]</c> periods (right-censored).</param>
    /// <param name="weights">Per customer: how many customers the row stands for (finite, ≥ 0); empty for all ones.</param>
    /// <param name="options">The fit options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the fit between iterations.</param>
    /// <returns>The fit: converged, or not converged with a reason.</returns>
    /// <exception cref="ArgumentException">Thrown when the spans differ in length, are empty, carry no weight, or observe churn and survival only in period 1 (α and β cannot then be told apart).</exception>
    /// <exception cref="DataRowException">Thrown when a lifetime or weight is out of range; it names the 1-based row.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an option is out of range.</exception>
    /// <exception cref="OperationCanceledException">Thrown when <paramref name="cancellationToken"/> is cancelled.</exception>
    /// <remarks>This is the general form: a survival curve is the special case where everybody was observed for the same number of periods.
    /// Rows with equal (lifetime, churned) are collapsed into one weighted row before fitting.</remarks>
    public static FitResult<SbgModel> FitLifetimes(
        ReadOnlySpan<int> lifetimes,
        ReadOnlySpan<bool> churned,
        ReadOnlySpan<double> weights = default,
        FitOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ValidateLifetimes(lifetimes, churned, weights);
        options ??= new FitOptions();
        options.Validate(nameof(options));
        var data = SbgData.FromLifetimes(lifetimes, churned, weights);
        if (data.ObservesOnlyFirstPeriod())
        {
            throw new ArgumentException(
                "lifetimes must follow some customers beyond period 1: with churn and survival observed only in period 1, the likelihood depends on alpha / (alpha + beta) alone and alpha and beta cannot be told apart.",
                nameof(lifetimes));
        }

        return FitData(data, options, cancellationToken);
    }

    private static FitResult<SbgModel> FitData(SbgData data, FitOptions options, CancellationToken cancellationToken)
    {
        var start = StartingPoint(data);
        var outcome = MaximumLikelihood.Fit(SbgLikelihood.Objective(data), start, [1.0, 1.0], data.TotalWeight, options, cancellationToken);
        var status = outcome.Status;
        string message;
        if (data.TotalChurned == 0)
        {
            status = FitStatus.BoundaryEstimate;
            message = "No customer churned: the likelihood keeps rising as retention approaches 1 (alpha -> 0 or beta -> infinity), so the maximum is on the boundary and there is no interior estimate.";
        }
        else if (data.AllChurnInFirstPeriod())
        {
            status = FitStatus.BoundaryEstimate;
            message = "Every customer churned in period 1: the likelihood keeps rising as the first-period churn probability approaches 1 (beta -> 0), so the maximum is on the boundary and there is no interior estimate.";
        }
        else if (status == FitStatus.Converged && options.Penalizer == 0 && IsGeometricLimit(data, outcome, out var theta))
        {
            status = FitStatus.BoundaryEstimate;
            message = $"The data show no heterogeneity in churn (the retention rate does not rise over time): the likelihood is highest in the limit alpha, beta -> infinity, the geometric model with a constant churn probability of {theta.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)} per period, so there is no interior estimate.";
        }
        else
        {
            message = status switch
            {
                FitStatus.Converged => $"Converged after {outcome.Iterations} iterations.",
                FitStatus.BoundaryEstimate => $"{Names[Math.Max(outcome.BoundaryParameter, 0)]} ran to the edge of the parameter space: the maximum is on the boundary (the data may show no heterogeneity in churn, which the sBG model reaches only as alpha and beta tend to infinity).",
                FitStatus.IterationLimitReached => $"The iteration limit ({options.MaxIterations}) was reached before the gradient fell below the tolerance.",
                _ => "The optimiser could not make progress: the likelihood could not be evaluated near the last iterate.",
            };
        }

        var model = new SbgModel(new SbgParameters(outcome.Parameters[0], outcome.Parameters[1]));
        return new FitResult<SbgModel>(
            model,
            status,
            message,
            status == FitStatus.BoundaryEstimate ? outcome.Estimates(Names).Select(e => new ParameterEstimate(e.Name, e.Value, null)) : outcome.Estimates(Names),
            -outcome.MeanNegativeLogLikelihood * data.TotalWeight,
            outcome.Iterations,
            outcome.GradientNorm,
            options.Penalizer,
            data.TotalWeight,
            excludedRows: 0,
            TimeUnit.Period);
    }

    /// <summary>Starts from the (α, β) whose first two retention rates match the data's (Kaplan–Meier) first two; (1, 1) when they do not rise.</summary>
    private static double[] StartingPoint(SbgData data)
    {
        var atRisk = data.TotalWeight;
        double churn1 = 0, censored0 = 0, censored1 = 0, churn2 = 0;
        for (var i = 0; i < data.Periods.Length; i++)
        {
            switch (data.Periods[i])
            {
                case 0:
                    censored0 = data.Censored[i];
                    break;
                case 1:
                    churn1 = data.Churned[i];
                    censored1 = data.Censored[i];
                    break;
                case 2:
                    churn2 = data.Churned[i];
                    break;
            }
        }

        var risk1 = atRisk - censored0;
        var risk2 = risk1 - churn1 - censored1;
        if (risk1 > 0 && risk2 > 0)
        {
            var r1 = 1 - (churn1 / risk1);
            var r2 = 1 - (churn2 / risk2);
            if (r1 > 0 && r2 > r1 && r2 < 1)
            {
                var sum = (1 - r2) / (r2 - r1);
                var alpha = Math.Clamp(sum * (1 - r1), 0.01, 100);
                var beta = Math.Clamp(sum * r1, 0.01, 100);
                return [alpha, beta];
            }
        }

        return [1.0, 1.0];
    }

    /// <summary>Gets a value indicating whether the sBG estimate is no better than its geometric limit (α, β → ∞), which means the supremum is at that boundary.</summary>
    private static bool IsGeometricLimit(SbgData data, MleOutcome outcome, out double theta)
    {
        var geometric = data.GeometricLogLikelihood(out theta);
        var sbg = -outcome.MeanNegativeLogLikelihood * data.TotalWeight;
        return sbg <= geometric + (1e-9 * Math.Max(1, Math.Abs(geometric)));
    }

    private static void ValidateSurvivalCurve(ReadOnlySpan<double> survivors)
    {
        if (survivors.Length < 3)
        {
            throw new ArgumentException(
                $"survivors must hold the cohort size and at least two periods (3 values or more); was {survivors.Length} value{(survivors.Length == 1 ? string.Empty : "s")}.",
                nameof(survivors));
        }

        for (var i = 0; i < survivors.Length; i++)
        {
            var value = survivors[i];
            var row = i + 1;
            if (!double.IsFinite(value) || value < 0)
            {
                throw new DataRowException(nameof(survivors), row, "survivors", value, $"survivors must be finite numbers >= 0; row {row} was {Guard.Format(value)}.");
            }

            if (i == 0 && value == 0)
            {
                throw new DataRowException(nameof(survivors), row, "survivors", value, "survivors must start with a cohort size > 0; row 1 was 0.");
            }

            if (i > 0 && value > survivors[i - 1])
            {
                throw new DataRowException(
                    nameof(survivors),
                    row,
                    "survivors",
                    value,
                    $"survivors must never increase; row {row} was {Guard.Format(value)} after {Guard.Format(survivors[i - 1])}.");
            }
        }
    }

    private static void ValidateLifetimes(ReadOnlySpan<int> lifetimes, ReadOnlySpan<bool> churned, ReadOnlySpan<double> weights)
    {
        if (churned.Length != lifetimes.Length)
        {
            throw new ArgumentException($"churned must have one value per lifetime ({lifetimes.Length}); was {churned.Length}.", nameof(churned));
        }

        if (!weights.IsEmpty && weights.Length != lifetimes.Length)
        {
            throw new ArgumentException($"weights must be empty or have one value per lifetime ({lifetimes.Length}); was {weights.Length}.", nameof(weights));
        }

        var total = 0.0;
        for (var i = 0; i < lifetimes.Length; i++)
        {
            var row = i + 1;
            var minimum = churned[i] ? 1 : 0;
            if (lifetimes[i] < minimum)
            {
                throw new DataRowException(
                    nameof(lifetimes),
                    row,
                    "lifetime",
                    lifetimes[i],
                    churned[i]
                        ? $"lifetimes of churned customers must be >= 1 (the period of churn); row {row} was {lifetimes[i]}."
                        : $"lifetimes of active customers must be >= 0 (the periods observed); row {row} was {lifetimes[i]}.");
            }

            var weight = weights.IsEmpty ? 1.0 : weights[i];
            if (!double.IsFinite(weight) || weight < 0)
            {
                throw new DataRowException(nameof(weights), row, "weight", weight, $"weights must be finite numbers >= 0; row {row} was {Guard.Format(weight)}.");
            }

            total += weight;
        }

        if (!(total > 0) || !double.IsFinite(total))
        {
            throw new ArgumentException($"lifetimes must carry a positive total weight; was {Guard.Format(total)} over {lifetimes.Length} rows.", nameof(lifetimes));
        }
    }
}
