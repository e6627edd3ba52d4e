using System.Collections.Immutable;
using RelationshipKit.Value.Fitting;

namespace RelationshipKit.Value.Reports;

/// <summary>Represents one purchase model of a <see cref="CustomerBaseReport"/>: its calibration fit and, with a holdout, how well it predicted it.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class PurchaseModelComparison
{
    internal PurchaseModelComparison(string model, FitStatus status, ImmutableArray<ParameterEstimate> parameters, double? logLikelihood, double? aic, double? bic, double? holdoutPredicted, double? holdoutActual, double? holdoutMeanAbsoluteError)
    {
        Model = model;
        Status = status;
        Parameters = parameters;
        LogLikelihood = logLikelihood;
        Aic = aic;
        Bic = bic;
        HoldoutPredicted = holdoutPredicted;
        HoldoutActual = holdoutActual;
        HoldoutMeanAbsoluteError = holdoutMeanAbsoluteError;
    }

    /// <summary>Gets the model's name: <c>bgnbd</c>, <c>mbgnbd</c> or <c>paretonbd</c>.</summary>
    public string Model { get; }

    /// <summary>Gets how the fit ended.</summary>
    public FitStatus Status { get; }

    /// <summary>Gets a value indicating whether the fit converged.</summary>
    public bool Converged => Status == FitStatus.Converged;

    /// <summary>Gets the estimates with their standard errors.</summary>
    public ImmutableArray<ParameterEstimate> Parameters { get; }

    /// <summary>Gets the calibration log-likelihood, or <see langword="null"/> when it is not finite.</summary>
    public double? LogLikelihood { get; }

    /// <summary>Gets the calibration AIC, or <see langword="null"/> without a log-likelihood.</summary>
    public double? Aic { get; }

    /// <summary>Gets the calibration BIC, or <see langword="null"/> without a log-likelihood.</summary>
    public double? Bic { get; }

    /// <summary>Gets the purchases the model expected in the holdout, summed over the customers (weighted), or <see langword="null"/> without a holdout.</summary>
    public double? HoldoutPredicted { get; }

    /// <summary>Gets the purchases made in the holdout, summed (weighted), or <see langword="null"/> without a holdout.</summary>
    public double? HoldoutActual { get; }

    /// <summary>Gets the mean absolute error of the per-customer holdout purchases, or <see langword="null"/> without a holdout.</summary>
    public double? HoldoutMeanAbsoluteError { get; }
}
