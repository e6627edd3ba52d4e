using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Stores;

namespace RelationshipKit.Idic.Pipeline;

/// <summary>
/// Represents the settings of the interact stage: the stores it reads, the contact policy, the offer cap and the
/// questions worth learning. A mutable bag, validated when the stage is added.
/// </summary>
/// <typeparam name="TCustomer">The application's customer type.</typeparam>
[Mutable]
public sealed class InteractStageOptions<TCustomer>
{
    /// <summary>Gets or sets where the customer's interactions are read (the dialogue memory and context).</summary>
    /// <value>Default: <see langword="null"/> (no history: every question may be asked).</value>
    public IInteractionStore? Interactions { get; set; }

    /// <summary>Gets or sets where the customer's consent is read.</summary>
    /// <value>Default: <see langword="null"/> (an empty ledger: only implicit purposes are allowed).</value>
    public IConsentStore? Consent { get; set; }

    /// <summary>Gets or sets where the customer's callback promises are read.</summary>
    /// <value>Default: <see langword="null"/> (no promises).</value>
    public IPromiseStore? Promises { get; set; }

    /// <summary>Gets or sets how to get the customer's contact profile, for outbound requests.</summary>
    /// <value>Default: <see langword="null"/> (outbound requests are refused: the policy cannot decide without the customer's time zone).</value>
    public Func<InteractArguments<TCustomer>, ValueTask<ContactProfile?>>? ContactProfileOf { get; set; }

    /// <summary>Gets or sets the contact policy.</summary>
    /// <value>Default: a <see cref="Interact.ContactPolicy"/> with its default options.</value>
    public ContactPolicy ContactPolicy { get; set; } = InteractStageDefaults.ContactPolicy;

    /// <summary>Gets or sets the most offers one contact may carry (seed 003: learn something in each contact instead of pushing as many products as possible).</summary>
    /// <value>Default: 1. Must be 0 or more.</value>
    public int MaxOffersPerContact { get; set; } = 1;

    /// <summary>Gets the question keys worth learning, most useful first; the first unanswered one is suggested in each contact.</summary>
    /// <value>Default: empty.</value>
    public IList<string> LearningQuestions { get; } = [];

    /// <summary>Gets or sets the escalation of overdue promises.</summary>
    /// <value>Default: <see cref="CallbackPromises.DefaultEscalation"/>.</value>
    public IReadOnlyList<EscalationStep> Escalation { get; set; } = CallbackPromises.DefaultEscalation;
}
