using NodaTime;

namespace RelationshipKit.Idic.Pipeline;

/// <summary>
/// Represents what the differentiate stage passes to its tier and needs lookups.
/// </summary>
/// <typeparam name="TCustomer">The application's customer type.</typeparam>
/// <remarks>A struct so that members can be added without breaking delegates. The <c>default</c> value has no state. This type is immutable.</remarks>
[Immutable]
public readonly struct DifferentiateArguments<TCustomer>
{
    private readonly IdicState<TCustomer>? _state;

    internal DifferentiateArguments(IdicState<TCustomer> state, CancellationToken cancellationToken)
    {
        _state = state;
        CancellationToken = cancellationToken;
    }

    /// <summary>Gets the request.</summary>
    public IdicRequest Request => State.Request;

    /// <summary>Gets the instant of the request.</summary>
    public Instant At => State.At;

    /// <summary>Gets the identified customer; the type's default when the pipeline has no identify stage and the request only named a customer id.</summary>
    public TCustomer? Customer => State.Customer;

    /// <summary>Gets the identified customer's id.</summary>
    public CustomerId CustomerId => State.CustomerId ?? default;

    /// <summary>Gets what the pipeline decided so far (tier, needs segment, context, consent, contact decision, offers).</summary>
    public IdicResult<TCustomer> SoFar => State.ToResult();

    /// <summary>Gets the request's cancellation token.</summary>
    public CancellationToken CancellationToken { get; }

    private IdicState<TCustomer> State => _state ?? throw new InvalidOperationException("These arguments were not created by a pipeline stage.");
}
