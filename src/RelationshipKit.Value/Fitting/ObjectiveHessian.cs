namespace RelationshipKit.Value.Fitting;

/// <summary>
/// A model's analytic Hessian of its <see cref="Objective"/> (the weighted mean negative log-likelihood, unpenalised)
/// with respect to the natural parameters <paramref name="parameters"/>, written into <paramref name="hessian"/>
/// (n rows of n). Returns false where an entry is not a finite number.
/// </summary>
internal delegate bool ObjectiveHessian(ReadOnlySpan<double> parameters, double[][] hessian);
