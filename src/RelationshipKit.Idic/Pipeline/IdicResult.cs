using NodaTime;
using RelationshipKit.Idic.Differentiate;
using RelationshipKit.Idic.Identify;
using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Pipeline;

namespace RelationshipKit.Idic;

/// <summary>
/// Represents what an IDIC pipeline decided for one interaction: who the customer is and whether he must still be
/// verified, his tier and needs segment, the context a representative sees, consent and contact-policy decisions,
/// which questions to ask and which offers to make, overdue promises, the treatment, and the decision trace that
/// explains all of it.
/// </summary>
/// <typeparam name="TCustomer">The application's customer type.</typeparam>
/// <remarks>A stage that did not run leaves its members at <see langword="null"/> or empty. Equality is reference equality. This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class IdicResult<TCustomer>
{
    internal IdicResult(IdicState<TCustomer> state, DecisionTrace trace)
    {
        Request = state.Request;
        At = state.At;
        Customer = state.Customer;
        CustomerId = state.CustomerId;
        NeedsVerification = state.NeedsVerification;
        Verification = state.Verification;
        Tier = state.Tier;
        NeedsSegment = state.NeedsSegment;
        Context = state.Context;
        Consent = state.Consent;
        ContactDecision = state.ContactDecision;
        RefusalReason = state.Refusal;
        QuestionsToAsk = Array.AsReadOnly(state.QuestionsToAsk.ToArray());
        KnownAnswers = Array.AsReadOnly(state.KnownAnswers.ToArray());
        SuggestedQuestion = state.SuggestedQuestion;
        OffersAllowed = Array.AsReadOnly(state.OffersAllowed.ToArray());
        OffersWithheld = Array.AsReadOnly(state.OffersWithheld.ToArray());
        OverduePromises = state.OverduePromises;
        Treatment = state.Treatment;
        Trace = trace;
    }

    /// <summary>Gets the request.</summary>
    public IdicRequest Request { get; }

    /// <summary>Gets the instant the decisions were made for.</summary>
    public Instant At { get; }

    /// <summary>Gets the identified customer; <see langword="null"/> (or the default) when not identified.</summary>
    public TCustomer? Customer { get; }

    /// <summary>Gets the identified customer's id; <see langword="null"/> when not identified.</summary>
    public CustomerId? CustomerId { get; }

    /// <summary>Gets a value indicating whether the customer was identified.</summary>
    public bool IsIdentified => CustomerId is not null;

    /// <summary>Gets a value indicating whether the customer must still be verified on this contact.</summary>
    public bool NeedsVerification { get; }

    /// <summary>Gets the contact's verification, carried across transfers; <see langword="null"/> when not verified.</summary>
    public Verification? Verification { get; }

    /// <summary>Gets the customer's value tier; <see langword="null"/> when unknown or the stage did not run.</summary>
    public ValueTier? Tier { get; }

    /// <summary>Gets the customer's needs segment; <see langword="null"/> when unknown or the stage did not run.</summary>
    public NeedsSegment? NeedsSegment { get; }

    /// <summary>Gets what a representative sees at once; <see langword="null"/> when the interact stage did not run.</summary>
    public CustomerContext? Context { get; }

    /// <summary>Gets the consent decision for the request's purpose and channel.</summary>
    public ConsentDecision? Consent { get; }

    /// <summary>Gets the contact-policy decision for an outbound request.</summary>
    public ContactDecision? ContactDecision { get; }

    /// <summary>Gets a value indicating whether the interaction is refused (no consent, or not allowed now by the contact policy).</summary>
    public bool IsRefused => RefusalReason is not null;

    /// <summary>Gets why the interaction is refused; <see langword="null"/> when it is not.</summary>
    public string? RefusalReason { get; }

    /// <summary>Gets the requested questions that are not yet answered (or whose answer expired).</summary>
    public IReadOnlyList<string> QuestionsToAsk { get; }

    /// <summary>Gets the requested questions already answered: do not ask them again.</summary>
    public IReadOnlyList<FactRecall> KnownAnswers { get; }

    /// <summary>Gets one question worth learning in this contact (the first unanswered of the stage's learning questions); <see langword="null"/> when none.</summary>
    public string? SuggestedQuestion { get; }

    /// <summary>Gets the offers that may be made, within the per-contact cap and with consent.</summary>
    public IReadOnlyList<string> OffersAllowed { get; }

    /// <summary>Gets the offers held back (cap or consent), with the reasons in the trace.</summary>
    public IReadOnlyList<string> OffersWithheld { get; }

    /// <summary>Gets the customer's overdue callback promises with their escalation: serve them first.</summary>
    public IReadOnlyList<PromiseEscalation> OverduePromises { get; }

    /// <summary>Gets the treatment chosen by the customize stage; <see langword="null"/> when it did not run.</summary>
    public Treatment? Treatment { get; }

    /// <summary>Gets every decision, in the order made.</summary>
    public DecisionTrace Trace { get; }

    /// <summary>Returns the trace.</summary>
    /// <returns>The decisions, one per line.</returns>
    public override string ToString() => Trace.ToString();
}
