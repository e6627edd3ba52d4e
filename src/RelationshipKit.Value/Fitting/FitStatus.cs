namespace RelationshipKit.Value.Fitting;

/// <summary>Represents how a maximum-likelihood fit ended.</summary>
public enum FitStatus
{
    /// <summary>The optimiser reached a stationary point: the gradient norm is below the tolerance.</summary>
    Converged = 0,

    /// <summary>The iteration limit was reached before the gradient norm fell below the tolerance.</summary>
    IterationLimitReached = 1,

    /// <summary>The likelihood keeps rising towards the edge of the parameter space (a parameter tends to 0 or infinity): the maximum is on the boundary, so there is no interior estimate. Degenerate but valid data (nobody churns, everybody churns at once) ends here.</summary>
    BoundaryEstimate = 2,

    /// <summary>The optimiser could not make progress away from a stationary point (the likelihood could not be evaluated or a line search failed).</summary>
    NumericalFailure = 3,
}
