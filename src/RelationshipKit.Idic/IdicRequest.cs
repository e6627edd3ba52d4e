using NodaTime;
using RelationshipKit.Idic.Identify;
using RelationshipKit.Idic.Interact;

namespace RelationshipKit.Idic;

/// <summary>
/// Represents one interaction to run through an IDIC pipeline: the channel, who starts it, what the customer
/// presented to be recognised, the contact it belongs to, its purpose, and the questions and offers the
/// representative has in mind.
/// </summary>
/// <remarks>Equality is reference equality. This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class IdicRequest
{
    /// <summary>Initializes a new <see cref="IdicRequest"/>.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="direction">Who starts the contact.</param>
    /// <param name="identifiers">What the customer presented (a phone number, an e-mail, a card); used by the identify stage.</param>
    /// <param name="customer">The customer, when the caller already knows him; the identify stage then does not look him up.</param>
    /// <param name="contact">The contact this interaction belongs to, carrying its one verification across transfers.</param>
    /// <param name="purpose">The purpose the interaction needs consent for; <see langword="null"/> for <see cref="ConsentPurpose.Service"/>.</param>
    /// <param name="questions">The question keys the representative wants to ask.</param>
    /// <param name="offers">The offer codes the representative would like to make, best first.</param>
    /// <param name="at">The instant; <see langword="null"/> for the pipeline's clock.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="channel"/> is the default, <paramref name="direction"/> is undefined, or a question is not a kebab-case key.</exception>
    public IdicRequest(
        Channel channel,
        IdicDirection direction = IdicDirection.Inbound,
        IEnumerable<Identifier>? identifiers = null,
        CustomerId? customer = null,
        Contact? contact = null,
        ConsentPurpose? purpose = null,
        IEnumerable<string>? questions = null,
        IEnumerable<string>? offers = null,
        Instant? at = null)
    {
        Channel = Channel.Required(channel, nameof(channel));
        Guard.Defined(direction);
        Direction = direction;
        Identifiers = Array.AsReadOnly((identifiers ?? []).ToArray());
        if (customer is { } id)
        {
            Guard.Set(id, nameof(customer));
        }

        Customer = customer;
        Contact = contact;
        Purpose = purpose is { Name.Length: > 0 } p ? p : ConsentPurpose.Service;
        Questions = Array.AsReadOnly((questions ?? []).Select(q => KebabCase.Require(q, Fact.MaxQuestionLength, nameof(questions))).Distinct(StringComparer.Ordinal).ToArray());
        Offers = Guard.CopyNotNull(offers);
        At = at;
    }

    /// <summary>Gets the channel.</summary>
    public Channel Channel { get; }

    /// <summary>Gets who starts the contact.</summary>
    public IdicDirection Direction { get; }

    /// <summary>Gets what the customer presented to be recognised.</summary>
    public IReadOnlyList<Identifier> Identifiers { get; }

    /// <summary>Gets the customer when the caller already knows him.</summary>
    public CustomerId? Customer { get; }

    /// <summary>Gets the contact this interaction belongs to.</summary>
    public Contact? Contact { get; }

    /// <summary>Gets the purpose the interaction needs consent for.</summary>
    public ConsentPurpose Purpose { get; }

    /// <summary>Gets the question keys the representative wants to ask.</summary>
    public IReadOnlyList<string> Questions { get; }

    /// <summary>Gets the offer codes the representative would like to make, best first.</summary>
    public IReadOnlyList<string> Offers { get; }

    /// <summary>Gets the instant; <see langword="null"/> for the pipeline's clock.</summary>
    public Instant? At { get; }

    /// <summary>Returns the channel, direction and purpose (identifiers masked).</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        $"{Direction.ToString().ToLowerInvariant()} {Channel} {Purpose}" + (Identifiers.Count == 0 ? string.Empty : $" presenting {string.Join(", ", Identifiers)}");
}
