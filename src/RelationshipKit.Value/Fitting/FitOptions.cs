namespace RelationshipKit.Value.Fitting;

/// <summary>Represents the settings of a maximum-likelihood fit. A mutable bag, validated when a fit starts.</summary>
/// <remarks>
/// <para>The L2 penalty is defined on the weighted <em>mean</em> log-likelihood, so the same
/// <see cref="Penalizer"/> means the same thing for 100 or 1,000,000 customers; and each time-scale parameter
/// (such as BG/NBD's α) is divided by the data's mean observation time before it is squared, so the penalty
/// does not depend on the time unit either. The objective is
/// <c>−(1/W) Σ wᵢ ℓᵢ + penalizer · Σₖ (θₖ / sₖ)²</c>, where <c>sₖ</c> is 1 for shape parameters and the weighted
/// mean of T for time-scale parameters.</para>
/// </remarks>
[Mutable]
public sealed class FitOptions
{
    /// <summary>Gets or sets the L2 penalty coefficient.</summary>
    /// <value>0 (no penalty): the plain maximum-likelihood estimate.</value>
    public double Penalizer { get; set; } = FitDefaults.Penalizer;

    /// <summary>Gets or sets the most optimiser iterations allowed.</summary>
    /// <value>1000.</value>
    public int MaxIterations { get; set; } = FitDefaults.MaxIterations;

    /// <summary>Gets or sets the convergence tolerance on the largest gradient component of the mean objective with respect to the log-parameters.</summary>
    /// <value>1e-8.</value>
    public double GradientTolerance { get; set; } = FitDefaults.GradientTolerance;

    /// <summary>Throws when a setting is out of range; the parameter name is <paramref name="paramName"/> and the message names the property.</summary>
    /// <param name="paramName">The name of the options argument at the public entry point.</param>
    internal void Validate(string paramName)
    {
        if (!double.IsFinite(Penalizer) || Penalizer < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, Penalizer, $"Penalizer must be a finite number >= 0; was {Guard.Format(Penalizer)}.");
        }

        if (MaxIterations < 1)
        {
            throw new ArgumentOutOfRangeException(paramName, MaxIterations, $"MaxIterations must be >= 1; was {MaxIterations}.");
        }

        if (!double.IsFinite(GradientTolerance) || GradientTolerance <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, GradientTolerance, $"GradientTolerance must be a finite number > 0; was {Guard.Format(GradientTolerance)}.");
        }
    }
}
