using NodaTime;

namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Represents what any representative sees at once about a customer, on any channel: the last delivery, returns and
/// credits, payment details, the latest negotiation, open callback promises, and how much is remembered.
/// </summary>
/// <remarks>
/// <para>Peppers &amp; Rogers (seed 003): "any representative of the company ... must have instant access to
/// information about the customer (date of the last delivery, returns of goods or credit, payment information and
/// the details of the latest negotiations)". Built from the customer's recorded interactions and promises at an
/// instant; nothing later than that instant is shown.</para>
/// <para>Equality is reference equality. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class CustomerContext
{
    private CustomerContext(CustomerId customer, Instant at, Interaction[] history, CallbackPromise[] openPromises)
    {
        Customer = customer;
        At = at;
        InteractionCount = history.Length;
        LastInteraction = history.LastOrDefault();
        LastDelivery = history.LastOrDefault(i => i.Topic == InteractionTopic.Delivery);
        ReturnsAndCredits = Array.AsReadOnly(history.Where(i => i.Topic == InteractionTopic.Return || i.Topic == InteractionTopic.Credit).Reverse().ToArray());
        LatestPayment = history.LastOrDefault(i => i.Topic == InteractionTopic.Payment);
        LatestNegotiation = history.LastOrDefault(i => i.Topic == InteractionTopic.Negotiation);
        Memory = DialogueMemory.FromInteractions(history);
        RememberedCount = Memory.CountValid(at);
        Channels = Array.AsReadOnly(history.Select(i => i.Channel).Distinct().Order().ToArray());
        OpenPromises = Array.AsReadOnly(openPromises);
    }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets the instant the context describes.</summary>
    public Instant At { get; }

    /// <summary>Gets how many interactions are recorded up to <see cref="At"/>.</summary>
    public int InteractionCount { get; }

    /// <summary>Gets the latest interaction, the one the next one continues; <see langword="null"/> for a new customer.</summary>
    public Interaction? LastInteraction { get; }

    /// <summary>Gets the latest interaction about a delivery; <see langword="null"/> when none.</summary>
    public Interaction? LastDelivery { get; }

    /// <summary>Gets the interactions about returns and credits, newest first.</summary>
    public IReadOnlyList<Interaction> ReturnsAndCredits { get; }

    /// <summary>Gets the latest interaction about payment details; <see langword="null"/> when none.</summary>
    public Interaction? LatestPayment { get; }

    /// <summary>Gets the latest negotiation; <see langword="null"/> when none.</summary>
    public Interaction? LatestNegotiation { get; }

    /// <summary>Gets the dialogue memory built from the interactions.</summary>
    public DialogueMemory Memory { get; }

    /// <summary>Gets how many questions have a valid answer at <see cref="At"/>: how much is remembered about the customer.</summary>
    public int RememberedCount { get; }

    /// <summary>Gets the channels the customer has used, in ordinal order.</summary>
    public IReadOnlyList<Channel> Channels { get; }

    /// <summary>Gets the open callback promises, earliest due first.</summary>
    public IReadOnlyList<CallbackPromise> OpenPromises { get; }

    /// <summary>Builds the context of <paramref name="customer"/> at <paramref name="at"/>.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="interactions">His recorded interactions, in any order; those of other customers or after <paramref name="at"/> are left out.</param>
    /// <param name="at">The instant.</param>
    /// <param name="promises">His callback promises; <see langword="null"/> for none.</param>
    /// <returns>The context.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="interactions"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="customer"/> is the default id.</exception>
    public static CustomerContext Create(CustomerId customer, IEnumerable<Interaction> interactions, Instant at, IEnumerable<CallbackPromise>? promises = null)
    {
        Guard.Set(customer);
        ArgumentNullException.ThrowIfNull(interactions);
        var history = interactions
            .Where(i => i is not null && i.Customer == customer && i.At <= at)
            .OrderBy(i => i.At)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .ToArray();
        var open = (promises ?? [])
            .Where(p => p is not null && p.Customer == customer && p.MadeAt <= at && p.Status == PromiseStatus.Open)
            .OrderBy(p => p.DueAt)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToArray();
        return new CustomerContext(customer, at, history, open);
    }

    /// <summary>Returns a one-line summary with counts and dates (no personal data).</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        $"{Customer} at {At}: {InteractionCount} interactions on {string.Join(", ", Channels)}; last delivery {LastDelivery?.At.ToString() ?? "none"}; " +
        $"{ReturnsAndCredits.Count} returns/credits; {RememberedCount} answers remembered; {OpenPromises.Count} open promises";
}
