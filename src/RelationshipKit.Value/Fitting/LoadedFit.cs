using System.Diagnostics.CodeAnalysis;

namespace RelationshipKit.Value.Fitting;

/// <summary>
/// Represents a fit read from a saved document whose model was not known beforehand: the model's name, the loaded
/// model and its time unit, and the typed <see cref="FitResult{TModel}"/> through <see cref="As{TModel}"/> or
/// <see cref="TryAs{TModel}(out FitResult{TModel})"/>.
/// </summary>
/// <remarks>
/// <para>Returned by <see cref="FitDocument.Load(Stream)"/>, <see cref="FitDocument.FromJson(string)"/> and
/// <see cref="FitDocument.LoadAsync(Stream, CancellationToken)"/>, which read and check the whole document once. Switch
/// on <see cref="ModelName"/>, or test <see cref="Model"/> against a base type such as
/// <see cref="Models.PurchaseModel"/>, to decide what to do with it.</para>
/// <para>Equality is reference equality. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class LoadedFit
{
    private readonly ModelKind _kind;
    private readonly FitResult<object> _fit;

    internal LoadedFit(ModelKind kind, FitResult<object> fit)
    {
        _kind = kind;
        _fit = fit;
    }

    /// <summary>Gets the model's name in the document: <c>sbg</c>, <c>bgnbd</c>, <c>mbgnbd</c>, <c>paretonbd</c>, <c>bgbb</c> or <c>gammagamma</c>.</summary>
    public string ModelName => _kind.Name;

    /// <summary>Gets the type of the loaded model, for example <c>BgNbdModel</c>.</summary>
    public Type ModelType => _kind.Type;

    /// <summary>Gets the loaded model: an <c>SbgModel</c>, <c>BgNbdModel</c>, <c>MbgNbdModel</c>, <c>ParetoNbdModel</c>, <c>BgBbModel</c> or <c>GammaGammaModel</c>.</summary>
    public object Model => _fit.Model;

    /// <summary>Gets how the saved fit ended.</summary>
    public FitStatus Status => _fit.Status;

    /// <summary>Gets the time unit of the fit's data.</summary>
    public TimeUnit TimeUnit => _fit.TimeUnit;

    /// <summary>Returns the typed fit.</summary>
    /// <typeparam name="TModel">The model type; must be <see cref="ModelType"/>.</typeparam>
    /// <returns>The fit, equal in every value to what <see cref="FitDocument.FromJson{TModel}(string)"/> reads from the same document.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the fit is of another model than <typeparamref name="TModel"/>.</exception>
    public FitResult<TModel> As<TModel>()
        where TModel : class =>
        TryAs<TModel>(out var fit)
            ? fit
            : throw new InvalidOperationException($"The fit is for model \"{ModelName}\" ({ModelType.Name}), not {typeof(TModel).Name}; read ModelName or use TryAs first.");

    /// <summary>Gets the typed fit when it is of <typeparamref name="TModel"/>.</summary>
    /// <typeparam name="TModel">The model type: <see cref="ModelType"/> exactly (a base type such as <c>PurchaseModel</c> is not a fit's model type; test <see cref="Model"/> for it).</typeparam>
    /// <param name="fit">The fit, or null when it is of another model.</param>
    /// <returns>True when the fit is of <typeparamref name="TModel"/>.</returns>
    public bool TryAs<TModel>([NotNullWhen(true)] out FitResult<TModel>? fit)
        where TModel : class
    {
        fit = typeof(TModel) == ModelType ? ToResult<TModel>() : null;
        return fit is not null;
    }

    /// <summary>Builds the typed fit; the caller has checked that <typeparamref name="TModel"/> is <see cref="ModelType"/>.</summary>
    internal FitResult<TModel> ToResult<TModel>()
        where TModel : class => _fit.Cast<TModel>();
}
