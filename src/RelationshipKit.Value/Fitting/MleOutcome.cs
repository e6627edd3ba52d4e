namespace RelationshipKit.Value.Fitting;

/// <summary>What <see cref="MaximumLikelihood.Fit"/> found: estimates, diagnostics and standard errors.</summary>
internal sealed class MleOutcome
{
    public required double[] Parameters { get; init; }

    /// <summary>Standard errors per parameter; null when the observed information is singular.</summary>
    public required double[]? StandardErrors { get; init; }

    /// <summary>The unpenalised mean negative log-likelihood at the estimate.</summary>
    public required double MeanNegativeLogLikelihood { get; init; }

    public required int Iterations { get; init; }

    public required double GradientNorm { get; init; }

    public required FitStatus Status { get; init; }

    /// <summary>The index of the parameter that ran to the boundary, when <see cref="Status"/> is BoundaryEstimate.</summary>
    public int BoundaryParameter { get; init; } = -1;

    /// <summary>The search's last approximation of the inverse Hessian of the log-parameter objective (to warm-start another search).</summary>
    public double[][]? InverseHessian { get; init; }

    /// <summary>Builds the public estimates list from the parameter names.</summary>
    public IEnumerable<ParameterEstimate> Estimates(IReadOnlyList<string> names)
    {
        for (var i = 0; i < Parameters.Length; i++)
        {
            yield return new ParameterEstimate(names[i], Parameters[i], StandardErrors?[i]);
        }
    }
}
