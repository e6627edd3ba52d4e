using RelationshipKit.Value.Models.BgBb;
using RelationshipKit.Value.Models.BgNbd;
using RelationshipKit.Value.Models.GammaGamma;
using RelationshipKit.Value.Models.MbgNbd;
using RelationshipKit.Value.Models.ParetoNbd;
using RelationshipKit.Value.Models.Sbg;

namespace RelationshipKit.Value.Fitting;

/// <summary>Typed access to the estimates of a fit: <c>BgNbdModel.Fit(table).Estimates().Alpha.StandardError</c>.</summary>
/// <remarks>The parameters are in each model's order (<c>ParameterNames</c>); the string lookup <c>fit["alpha"]</c> stays as a convenience.</remarks>
public static class ValueFitResultExtensions
{
    /// <summary>Gets the sBG estimates of a fit, typed.</summary>
    /// <param name="fit">The fit.</param>
    /// <returns>Each parameter's value and standard error.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="fit"/> is null.</exception>
    public static SbgEstimates Estimates(this FitResult<SbgModel> fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return new(fit.Parameters[0], fit.Parameters[1]);
    }

    /// <summary>Gets the BG/NBD estimates of a fit, typed.</summary>
    /// <param name="fit">The fit.</param>
    /// <returns>Each parameter's value and standard error.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="fit"/> is null.</exception>
    public static BgNbdEstimates Estimates(this FitResult<BgNbdModel> fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return new(fit.Parameters[0], fit.Parameters[1], fit.Parameters[2], fit.Parameters[3]);
    }

    /// <summary>Gets the MBG/NBD estimates of a fit, typed.</summary>
    /// <param name="fit">The fit.</param>
    /// <returns>Each parameter's value and standard error.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="fit"/> is null.</exception>
    public static MbgNbdEstimates Estimates(this FitResult<MbgNbdModel> fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return new(fit.Parameters[0], fit.Parameters[1], fit.Parameters[2], fit.Parameters[3]);
    }

    /// <summary>Gets the Pareto/NBD estimates of a fit, typed.</summary>
    /// <param name="fit">The fit.</param>
    /// <returns>Each parameter's value and standard error.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="fit"/> is null.</exception>
    public static ParetoNbdEstimates Estimates(this FitResult<ParetoNbdModel> fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return new(fit.Parameters[0], fit.Parameters[1], fit.Parameters[2], fit.Parameters[3]);
    }

    /// <summary>Gets the BG/BB estimates of a fit, typed.</summary>
    /// <param name="fit">The fit.</param>
    /// <returns>Each parameter's value and standard error.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="fit"/> is null.</exception>
    public static BgBbEstimates Estimates(this FitResult<BgBbModel> fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return new(fit.Parameters[0], fit.Parameters[1], fit.Parameters[2], fit.Parameters[3]);
    }

    /// <summary>Gets the Gamma-Gamma estimates of a fit, typed.</summary>
    /// <param name="fit">The fit.</param>
    /// <returns>Each parameter's value and standard error.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="fit"/> is null.</exception>
    public static GammaGammaEstimates Estimates(this FitResult<GammaGammaModel> fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return new(fit.Parameters[0], fit.Parameters[1], fit.Parameters[2]);
    }
}
