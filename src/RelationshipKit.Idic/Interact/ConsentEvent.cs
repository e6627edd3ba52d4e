using NodaTime;

namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Represents one entry of a customer's append-only consent history: an agreement granted, withdrawn or refused,
/// for a purpose, on one channel or all, at an instant, and what the customer got in exchange.
/// </summary>
/// <remarks>
/// <para>Peppers &amp; Rogers (seed 003): an explicit agreement is "a kind of deal between the company and the
/// individual, in which the latter agrees to give his time and attention ... the company very often has to
/// compensate the customer, offering discounts or free services in exchange". <see cref="Exchange"/> records that
/// compensation; <see cref="Basis"/> records what an implicit agreement rests on.</para>
/// <para><see cref="Id"/> is the event id: a store appends it once. Equality is reference equality. This type is
/// immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class ConsentEvent
{
    /// <summary>Initializes a new <see cref="ConsentEvent"/>.</summary>
    /// <param name="id">The event id.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="purpose">The purpose.</param>
    /// <param name="action">Granted, withdrawn or refused.</param>
    /// <param name="at">When.</param>
    /// <param name="channel">The channel it covers; <see langword="null"/> for every channel.</param>
    /// <param name="kind">Explicit or implicit; an implicit event must be a grant and give its <paramref name="basis"/>.</param>
    /// <param name="exchange">What the customer got in exchange (<c>10% off the next order</c>); <see langword="null"/> for nothing.</param>
    /// <param name="basis">What an implicit agreement rests on (<c>order 4711 placed on the web</c>); <see langword="null"/> for an explicit one.</param>
    /// <param name="reason">Why the customer withdrew or refused, when he said; <see langword="null"/> otherwise.</param>
    /// <exception cref="ArgumentException">Thrown when an argument breaks its rule (the message names it).</exception>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="id"/> is null.</exception>
    public ConsentEvent(
        string id, CustomerId customer, ConsentPurpose purpose, ConsentAction action, Instant at, Channel? channel = null,
        AgreementKind kind = AgreementKind.Explicit, string? exchange = null, string? basis = null, string? reason = null)
    {
        Id = Guard.NotBlank(id);
        Guard.Set(customer);
        if (purpose.Name.Length == 0)
        {
            throw new ArgumentException("purpose must be a purpose; was the default (unset) purpose.", nameof(purpose));
        }

        Guard.Defined(action);
        Guard.Defined(kind);
        if (kind == AgreementKind.Implicit && (action != ConsentAction.Granted || string.IsNullOrWhiteSpace(basis)))
        {
            throw new ArgumentException(
                $"basis must be given and action must be Granted for an implicit agreement; was action {action} with {(string.IsNullOrWhiteSpace(basis) ? "no basis" : "a basis")}.", nameof(basis));
        }

        Customer = customer;
        Purpose = purpose;
        Action = action;
        At = at;
        Channel = channel is { } c ? Idic.Channel.Required(c, nameof(channel)) : null;
        Kind = kind;
        Exchange = exchange is null ? null : Guard.NotBlank(exchange);
        Basis = basis?.Trim();
        Reason = reason is null ? null : Guard.NotBlank(reason);
    }

    /// <summary>Gets the event id.</summary>
    public string Id { get; }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets the purpose.</summary>
    public ConsentPurpose Purpose { get; }

    /// <summary>Gets whether the agreement was granted, withdrawn or refused.</summary>
    public ConsentAction Action { get; }

    /// <summary>Gets when.</summary>
    public Instant At { get; }

    /// <summary>Gets the channel it covers; <see langword="null"/> for every channel.</summary>
    public Channel? Channel { get; }

    /// <summary>Gets whether the agreement is explicit or implicit.</summary>
    public AgreementKind Kind { get; }

    /// <summary>Gets what the customer got in exchange; <see langword="null"/> for nothing.</summary>
    public string? Exchange { get; }

    /// <summary>Gets what an implicit agreement rests on; <see langword="null"/> for an explicit one.</summary>
    public string? Basis { get; }

    /// <summary>Gets why the customer withdrew or refused, when he said.</summary>
    public string? Reason { get; }

    /// <summary>Gets a value indicating whether this event applies to <paramref name="purpose"/> on <paramref name="channel"/>.</summary>
    /// <param name="purpose">The purpose.</param>
    /// <param name="channel">The channel.</param>
    /// <returns><see langword="true"/> when the purposes match and the event covers the channel.</returns>
    public bool Covers(ConsentPurpose purpose, Channel channel) => Purpose == purpose && (Channel is null || Channel == channel);

    /// <summary>Returns the explanation, for example <c>explicit agreement for marketing on sms granted at 2026-03-01T10:00:00Z in exchange for 10% off</c>.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() =>
        $"{Kind.ToString().ToLowerInvariant()} agreement for {Purpose} on {(Channel is { } c ? c.Name : "every channel")} {Action.ToString().ToLowerInvariant()} at {At}" +
        (Exchange is null ? string.Empty : $" in exchange for {Exchange}");
}
