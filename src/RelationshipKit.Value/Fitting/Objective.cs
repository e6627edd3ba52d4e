namespace RelationshipKit.Value.Fitting;

/// <summary>
/// A model's objective for the optimiser: the weighted MEAN negative log-likelihood (unpenalised) at the natural
/// parameters <paramref name="parameters"/>, with its gradient with respect to those natural parameters written
/// into <paramref name="gradient"/>. Returns +∞ (or NaN) where the likelihood cannot be evaluated.
/// </summary>
internal delegate double Objective(ReadOnlySpan<double> parameters, Span<double> gradient);
