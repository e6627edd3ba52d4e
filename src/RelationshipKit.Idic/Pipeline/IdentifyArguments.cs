namespace RelationshipKit.Idic.Pipeline;

/// <summary>
/// Represents what the identify stage passes to its customer lookup.
/// </summary>
/// <remarks>A struct so that members can be added without breaking delegates. The <c>default</c> value has no request. This type is immutable.</remarks>
[Immutable]
public readonly struct IdentifyArguments
{
    internal IdentifyArguments(IdicRequest request, CancellationToken cancellationToken)
    {
        Request = request;
        CancellationToken = cancellationToken;
    }

    /// <summary>Gets the request (its identifiers are what the customer presented).</summary>
    public IdicRequest Request { get; }

    /// <summary>Gets the request's cancellation token.</summary>
    public CancellationToken CancellationToken { get; }
}
