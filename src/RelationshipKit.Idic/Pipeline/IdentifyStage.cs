namespace RelationshipKit.Idic.Pipeline;

/// <summary>Finds the customer and carries the contact's one verification.</summary>
internal sealed class IdentifyStage<TCustomer> : IdicStage<TCustomer>
{
    private readonly Func<IdentifyArguments, ValueTask<TCustomer?>> _find;
    private readonly Func<TCustomer, CustomerId> _idOf;
    private readonly bool _requireVerification;

    internal IdentifyStage(IdentifyStageOptions<TCustomer> options)
        : base(IdicStageKind.Identify)
    {
        _find = options.FindCustomer ?? throw Guard.Option(nameof(options.FindCustomer), null, "be set");
        _idOf = options.CustomerIdOf ?? throw Guard.Option(nameof(options.CustomerIdOf), null, "be set");
        _requireVerification = options.RequireVerification;
    }

    internal override async ValueTask ExecuteAsync(IdicState<TCustomer> state, CancellationToken cancellationToken)
    {
        var request = state.Request;
        var customer = await _find(new IdentifyArguments(request, cancellationToken)).ConfigureAwait(false);
        var presented = request.Customer is { } given ? $"customer id {given}" : request.Identifiers.Count == 0 ? "nothing" : string.Join(", ", request.Identifiers);
        if (customer is null)
        {
            state.Decide(IdicStageKind.Identify, "find-customer", "no customer matches: treat as a new or anonymous customer", $"presented {presented}");
            return;
        }

        var id = _idOf(customer);
        Guard.Set(id, nameof(IdentifyStageOptions<TCustomer>.CustomerIdOf));
        state.Customer = customer;
        state.CustomerId = id;
        state.Decide(IdicStageKind.Identify, "find-customer", $"identified as {id}", $"presented {presented} on {request.Channel}");

        var contact = request.Contact;
        if (contact?.Verification is { } verification)
        {
            if (verification.Customer == id)
            {
                state.Verification = verification;
                state.Decide(IdicStageKind.Identify, "one-verification", $"already verified by {verification.Method} on {verification.Channel} at {verification.At}; " +
                    $"carried across {contact.TransferCount} transfers: do not ask again", $"contact {contact.Id}");
            }
            else
            {
                state.NeedsVerification = true;
                state.Decide(IdicStageKind.Identify, "one-verification", $"the contact was verified for {verification.Customer}, not {id}: verify this customer", $"contact {contact.Id}");
            }
        }
        else if (_requireVerification)
        {
            state.NeedsVerification = true;
            state.Decide(IdicStageKind.Identify, "one-verification", "not verified on this contact: verify once, then carry it across transfers",
                contact is null ? "no contact given" : $"contact {contact.Id}");
        }
    }
}
