using NodaTime;

namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Represents one recorded interaction between the company and a customer: on which channel, when, about what,
/// whether it reached him, what was learned, which offers were made and which callback promises it kept.
/// </summary>
/// <remarks>
/// <para><see cref="Id"/> is the event id: stores append an interaction once, and appending the same id again is
/// reported as a duplicate, not recorded twice. <see cref="Summary"/> and the facts' answers are personal data and
/// are never logged.</para>
/// <para>Equality is reference equality. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class Interaction
{
    /// <summary>The longest id accepted, in characters.</summary>
    public const int MaxIdLength = 128;

    /// <summary>Initializes a new <see cref="Interaction"/>.</summary>
    /// <param name="id">The event id, unique per interaction: 1 to <see cref="MaxIdLength"/> characters.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="at">When it happened.</param>
    /// <param name="topic">What it was about.</param>
    /// <param name="direction">Who started it.</param>
    /// <param name="outcome">Whether it reached the customer.</param>
    /// <param name="summary">A free-text summary for the next representative (personal data); empty by default.</param>
    /// <param name="learned">What was learned; each fact's interaction id must be <paramref name="id"/>.</param>
    /// <param name="offersMade">Codes of the offers made in it.</param>
    /// <param name="contactId">The contact it belongs to (one contact spans transfers between channels and consultants); <see langword="null"/> when not known.</param>
    /// <param name="handler">The consultant or system that handled it; <see langword="null"/> when not known.</param>
    /// <param name="promisesKept">The ids of the callback promises this interaction keeps; it must have reached the customer.</param>
    /// <param name="service">What the contact centre measured (wait, handle time, resolution, re-explanation, process, scores); <see langword="null"/> when nothing was measured. Its ratings must be of <paramref name="customer"/>.</param>
    /// <exception cref="ArgumentException">Thrown when an argument breaks its rule (the message names it).</exception>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="id"/> is null.</exception>
    public Interaction(
        string id,
        CustomerId customer,
        Channel channel,
        Instant at,
        InteractionTopic topic,
        InteractionDirection direction = InteractionDirection.Inbound,
        ContactOutcome outcome = ContactOutcome.Reached,
        string? summary = null,
        IEnumerable<Fact>? learned = null,
        IEnumerable<string>? offersMade = null,
        string? contactId = null,
        string? handler = null,
        IEnumerable<string>? promisesKept = null,
        ServiceMeasures? service = null)
    {
        Id = Guard.NotBlank(id);
        if (Id.Length > MaxIdLength)
        {
            throw new ArgumentException($"id must be at most {MaxIdLength} characters; was {Id.Length} characters.", nameof(id));
        }

        Guard.Set(customer);
        Customer = customer;
        Channel = Channel.Required(channel, nameof(channel));
        At = at;
        if (topic.Name.Length == 0)
        {
            throw new ArgumentException("topic must be a topic; was the default (unset) topic.", nameof(topic));
        }

        Topic = topic;
        Guard.Defined(direction);
        Guard.Defined(outcome);
        Direction = direction;
        Outcome = outcome;
        Summary = summary ?? string.Empty;
        Learned = Guard.CopyNotNull(learned);
        foreach (var fact in Learned)
        {
            if (!string.Equals(fact.InteractionId, Id, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"learned must hold only facts of this interaction; fact {Guard.Format(fact.Question)} names interaction {Guard.Format(fact.InteractionId)}, not {Guard.Format(Id)}.", nameof(learned));
            }
        }

        OffersMade = Guard.CopyNotNull(offersMade);
        ContactId = contactId is null ? null : Guard.NotBlank(contactId);
        Handler = handler is null ? null : Guard.NotBlank(handler);
        PromisesKept = Guard.CopyNotNull(promisesKept);
        if (PromisesKept.Count > 0 && outcome != ContactOutcome.Reached)
        {
            throw new ArgumentException(
                $"promisesKept must be empty when the customer was not reached; was {PromisesKept.Count} promises with outcome {outcome}.", nameof(promisesKept));
        }

        var rated = service?.Satisfaction?.Customer ?? service?.Recommendation?.Customer;
        if (rated is { } rater && rater != customer)
        {
            throw new ArgumentException($"service must hold ratings of the interaction's customer {customer}; was of {rater}.", nameof(service));
        }

        Service = service;
    }

    /// <summary>Gets the event id.</summary>
    public string Id { get; }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets the channel.</summary>
    public Channel Channel { get; }

    /// <summary>Gets when it happened.</summary>
    public Instant At { get; }

    /// <summary>Gets what it was about.</summary>
    public InteractionTopic Topic { get; }

    /// <summary>Gets who started it.</summary>
    public InteractionDirection Direction { get; }

    /// <summary>Gets whether it reached the customer.</summary>
    public ContactOutcome Outcome { get; }

    /// <summary>Gets the free-text summary (personal data: never logged); empty when none.</summary>
    public string Summary { get; }

    /// <summary>Gets what was learned.</summary>
    public IReadOnlyList<Fact> Learned { get; }

    /// <summary>Gets the codes of the offers made.</summary>
    public IReadOnlyList<string> OffersMade { get; }

    /// <summary>Gets the contact it belongs to; <see langword="null"/> when not known.</summary>
    public string? ContactId { get; }

    /// <summary>Gets the consultant or system that handled it; <see langword="null"/> when not known.</summary>
    public string? Handler { get; }

    /// <summary>Gets the ids of the callback promises it keeps.</summary>
    public IReadOnlyList<string> PromisesKept { get; }

    /// <summary>Gets what the contact centre measured about it; <see langword="null"/> when nothing was measured.</summary>
    public ServiceMeasures? Service { get; }

    /// <summary>Returns the id, customer, channel, topic and instant (no summary, no answers).</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Id}: {Customer} {Direction.ToString().ToLowerInvariant()} {Channel} {Topic} at {At} ({Outcome})";
}
