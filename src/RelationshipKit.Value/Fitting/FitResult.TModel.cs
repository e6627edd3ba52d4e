using System.Collections.Immutable;

namespace RelationshipKit.Value.Fitting;

/// <summary>
/// Represents the outcome of fitting a model by maximum likelihood: the model at the estimate, the estimates with
/// standard errors, the log-likelihood and the optimiser's diagnostics.
/// </summary>
/// <typeparam name="TModel">The model type, for example <c>BgNbdModel</c>.</typeparam>
/// <remarks>
/// <para>A fit that does not converge is a result, not an exception: <see cref="Converged"/> is false,
/// <see cref="Status"/> says why and <see cref="Message"/> explains it. <see cref="Model"/> then holds the last
/// iterate, which is usable only with care.</para>
/// <para><see cref="LogLikelihood"/> is the full, unpenalised model log-likelihood of the data in the data's
/// time unit (it includes every constant term, so it matches the published figures). AIC = 2k − 2·LL and
/// BIC = k·ln(n) − 2·LL, with k the number of parameters and n = <see cref="Customers"/>. When the optimiser stopped
/// where the likelihood cannot be evaluated (<see cref="FitStatus.NumericalFailure"/>), these are <see langword="null"/>:
/// a non-finite value is never reported as a number.</para>
/// <para>Save a fit with <see cref="FitDocument.ToJson{TModel}(FitResult{TModel})"/> and load it back with
/// <see cref="FitDocument.FromJson{TModel}(string)"/>; the loaded model predicts bit for bit what the original did.</para>
/// <para>This type is immutable and thread-safe when <typeparamref name="TModel"/> is.</para>
/// </remarks>
[Immutable]
public sealed class FitResult<TModel>
    where TModel : class
{
    internal FitResult(
        TModel model,
        FitStatus status,
        string message,
        IEnumerable<ParameterEstimate> parameters,
        double? logLikelihood,
        int iterations,
        double? gradientNorm,
        double penalizer,
        double customers,
        int excludedRows,
        TimeUnit timeUnit)
    {
        Model = model;
        Status = status;
        Message = message;
        Parameters = [.. parameters];
        LogLikelihood = logLikelihood is { } ll && double.IsFinite(ll) ? ll : null;
        Iterations = iterations;
        GradientNorm = gradientNorm is { } g && double.IsFinite(g) ? g : null;
        Penalizer = penalizer;
        Customers = customers;
        ExcludedRows = excludedRows;
        TimeUnit = timeUnit;
    }

    /// <summary>Gets the model at the estimate (the last iterate when the fit did not converge).</summary>
    public TModel Model { get; }

    /// <summary>Gets how the fit ended.</summary>
    public FitStatus Status { get; }

    /// <summary>Gets a value indicating whether the optimiser converged to an interior maximum.</summary>
    public bool Converged => Status == FitStatus.Converged;

    /// <summary>Gets a sentence explaining the outcome (for example why the maximum is on the boundary).</summary>
    public string Message { get; }

    /// <summary>Gets the estimates with their standard errors, in the model's documented order.</summary>
    public ImmutableArray<ParameterEstimate> Parameters { get; }

    /// <summary>Gets the unpenalised log-likelihood of the data at the estimate, or <see langword="null"/> when it is not a finite number there.</summary>
    public double? LogLikelihood { get; }

    /// <summary>Gets the number of optimiser iterations.</summary>
    public int Iterations { get; }

    /// <summary>Gets the Euclidean norm of the gradient of the objective (mean penalised negative log-likelihood, with respect to the log-parameters) at the estimate, or <see langword="null"/> when it is not a finite number there.</summary>
    public double? GradientNorm { get; }

    /// <summary>Gets the L2 penalty coefficient used.</summary>
    public double Penalizer { get; }

    /// <summary>Gets the number of customers the fit used: the sum of the weights of the rows used.</summary>
    public double Customers { get; }

    /// <summary>Gets the number of input rows left out of the fit by the model's rules (for example Gamma-Gamma leaves out customers with no repeat purchase).</summary>
    public int ExcludedRows { get; }

    /// <summary>Gets the time unit of the data and of the time-scale parameters.</summary>
    public TimeUnit TimeUnit { get; }

    /// <summary>Gets Akaike's information criterion, 2k − 2·LL, or <see langword="null"/> without a log-likelihood.</summary>
    public double? Aic => Finite((2.0 * Parameters.Length) - (2 * LogLikelihood));

    /// <summary>Gets the Bayesian information criterion, k·ln(n) − 2·LL with n = <see cref="Customers"/>, or <see langword="null"/> without a log-likelihood.</summary>
    public double? Bic => Finite((Parameters.Length * Math.Log(Customers)) - (2 * LogLikelihood));

    /// <summary>Gets the estimate of the parameter called <paramref name="name"/>.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentException">Thrown when the model has no parameter of that name.</exception>
    public ParameterEstimate this[string name]
    {
        get
        {
            foreach (var parameter in Parameters)
            {
                if (string.Equals(parameter.Name, name, StringComparison.Ordinal))
                {
                    return parameter;
                }
            }

            throw new ArgumentException($"name must be one of {string.Join(", ", Parameters.Select(p => p.Name))}; was \"{name}\".", nameof(name));
        }
    }

    /// <summary>Returns the same fit with its model typed as <typeparamref name="TOther"/>; the caller knows the model is one.</summary>
    internal FitResult<TOther> Cast<TOther>()
        where TOther : class =>
        new((TOther)(object)Model, Status, Message, Parameters, LogLikelihood, Iterations, GradientNorm, Penalizer, Customers, ExcludedRows, TimeUnit);

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
