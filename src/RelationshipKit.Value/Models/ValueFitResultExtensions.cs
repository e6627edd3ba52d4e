namespace RelationshipKit.Value.Models;

/// <summary>Typed access to the estimates of a fit: <c>BgNbdModel.Fit(table).Estimates().Alpha.StandardError</c>.</summary>
/// <remarks>The parameters are in each model's order (<c>ParameterNames</c>); the string lookup <c>fit["alpha"]</c> stays as a convenience.</remarks>
public static class ValueFitResultExtensions
{
    /// <summary>Gets the sBG estimates of a fit, typed.</summary>
    /// <param name="fit">The fit.</param>
    /// <returns>Each parameter's value and standard error.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="fit"/> is null.</exception>
    public static Sbg.SbgEstimates Estimates(this Fitting.FitResult<Sbg.SbgModel> fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return new(fit.Parameters[0], fit.Parameters[1]);
    }

    /// <summary>Gets the BG/NBD estimates of a fit, typed.</summary>
    /// <param name="fit">The fit.</param>
    /// <returns>Each parameter's value and standard error.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="fit"/> is null.</exception>
    public static BgNbd.BgNbdEstimates Estimates(this Fitting.FitResult<BgNbd.BgNbdModel> fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return new(fit.Parameters[0], fit.Parameters[1], fit.Parameters[2], fit.Parameters[3]);
    }

    /// <summary>Gets the MBG/NBD estimates of a fit, typed.</summary>
    /// <param name="fit">The fit.</param>
    /// <returns>Each parameter's value and standard error.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="fit"/> is null.</exception>
    public static MbgNbd.MbgNbdEstimates Estimates(this Fitting.FitResult<MbgNbd.MbgNbdModel> fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return new(fit.Parameters[0], fit.Parameters[1], fit.Parameters[2], fit.Parameters[3]);
    }

    /// <summary>Gets the Pareto/NBD estimates of a fit, typed.</summary>
    /// <param name="fit">The fit.</param>
    /// <returns>Each parameter's value and standard error.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="fit"/> is null.</exception>
    public static ParetoNbd.ParetoNbdEstimates Estimates(this Fitting.FitResult<ParetoNbd.ParetoNbdModel> fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return new(fit.Parameters[0], fit.Parameters[1], fit.Parameters[2], fit.Parameters[3]);
    }

    /// <summary>Gets the BG/BB estimates of a fit, typed.</summary>
    /// <param name="fit">The fit.</param>
    /// <returns>Each parameter's value and standard error.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="fit"/> is null.</exception>
    public static BgBb.BgBbEstimates Estimates(this Fitting.FitResult<BgBb.BgBbModel> fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return new(fit.Parameters[0], fit.Parameters[1], fit.Parameters[2], fit.Parameters[3]);
    }

    /// <summary>Gets the Gamma-Gamma estimates of a fit, typed.</summary>
    /// <param name="fit">The fit.</param>
    /// <returns>Each parameter's value and standard error.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="fit"/> is null.</exception>
    public static GammaGamma.GammaGammaEstimates Estimates(this Fitting.FitResult<GammaGamma.GammaGammaModel> fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return new(fit.Parameters[0], fit.Parameters[1], fit.Parameters[2]);
    }
}
