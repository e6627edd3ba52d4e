namespace RelationshipKit.Value.Numerics;

/// <summary>
/// An integrand for <see cref="AdaptiveQuadrature"/>: a positive function given by its logarithm, optionally with
/// smooth weights whose weighted integrals are computed on the same nodes (for example the partial derivatives of
/// a likelihood integral with respect to its parameters).
/// </summary>
/// <remarks>Implement it on a struct so that the generic integrator is specialised and never boxes.</remarks>
internal interface ILogIntegrand
{
    /// <summary>Gets the number of weights written by <see cref="Evaluate"/> (0 for a plain integral).</summary>
    int WeightCount { get; }

    /// <summary>Computes ln f(x) (−∞ where f is 0) and writes the weights wᵢ(x) into <paramref name="weights"/>.</summary>
    double Evaluate(double x, Span<double> weights);
}
