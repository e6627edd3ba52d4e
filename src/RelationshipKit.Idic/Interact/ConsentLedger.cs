using NodaTime;

namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Represents one customer's append-only consent history and answers whether an interaction may use a purpose on a
/// channel at an instant.
/// </summary>
/// <remarks>
/// <para>The rule of <see cref="Check"/>: among the events for the purpose that cover the channel (the channel itself
/// or every channel) and happened at or before the instant, the latest decides (ties: the channel-specific one,
/// then the later event id). A grant allows; a withdrawal or refusal forbids from its instant on, so a withdrawal
/// takes effect immediately. With no such event, the purposes in <see cref="ImplicitPurposes"/> are allowed on an
/// implicit agreement (by default <see cref="ConsentPurpose.Service"/>: messages about the customer's own orders
/// and cases), and every other purpose is refused.</para>
/// <para>Erasure (<see cref="Erase"/>) uses tombstones: the events are dropped and only the customer id (a pseudonym,
/// not a contact identifier), the erasure instant and the number of events removed remain, so that the erasure
/// itself can be proven and later checks are refused with the reason "erased". Stores do the same: they delete the
/// rows and keep one tombstone row.</para>
/// <para>This type is immutable and thread-safe; <see cref="Append"/> returns a new ledger.</para>
/// </remarks>
[Immutable]
public sealed class ConsentLedger
{
    private static readonly IReadOnlySet<ConsentPurpose> DefaultImplicit = new HashSet<ConsentPurpose> { ConsentPurpose.Service };
    private readonly ConsentEvent[] _events;

    private ConsentLedger(CustomerId customer, ConsentEvent[] events, IReadOnlySet<ConsentPurpose> implicitPurposes, Instant? erasedAt, int erasedCount)
    {
        Customer = customer;
        _events = events;
        ImplicitPurposes = implicitPurposes;
        ErasedAt = erasedAt;
        ErasedEventCount = erasedCount;
    }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets the events in the order they were appended.</summary>
    public IReadOnlyList<ConsentEvent> Events => _events;

    /// <summary>Gets the purposes allowed on an implicit agreement when no event applies.</summary>
    public IReadOnlySet<ConsentPurpose> ImplicitPurposes { get; }

    /// <summary>Gets when the customer's consent data was erased; <see langword="null"/> when it was not.</summary>
    public Instant? ErasedAt { get; }

    /// <summary>Gets how many events the erasure removed.</summary>
    public int ErasedEventCount { get; }

    /// <summary>Creates an empty ledger.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="implicitPurposes">The purposes allowed on an implicit agreement; <see langword="null"/> for <see cref="ConsentPurpose.Service"/> only.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="customer"/> is the default id.</exception>
    public static ConsentLedger Empty(CustomerId customer, IEnumerable<ConsentPurpose>? implicitPurposes = null)
    {
        Guard.Set(customer);
        return new ConsentLedger(customer, [], implicitPurposes is null ? DefaultImplicit : new HashSet<ConsentPurpose>(implicitPurposes), null, 0);
    }

    /// <summary>Creates the tombstone of an erased ledger, as a store reads it back.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="erasedAt">When the data was erased.</param>
    /// <param name="erasedEventCount">How many events were removed; 0 or more.</param>
    /// <returns>The erased ledger.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="customer"/> is the default id.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="erasedEventCount"/> is negative.</exception>
    public static ConsentLedger Tombstone(CustomerId customer, Instant erasedAt, int erasedEventCount)
    {
        Guard.Set(customer);
        Guard.NonNegative(erasedEventCount);
        return new ConsentLedger(customer, [], DefaultImplicit, erasedAt, erasedEventCount);
    }

    /// <summary>Builds a ledger from stored events.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="events">The events in append order.</param>
    /// <param name="implicitPurposes">The purposes allowed on an implicit agreement; <see langword="null"/> for <see cref="ConsentPurpose.Service"/> only.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentException">Thrown when an event is for another customer or two events share an id.</exception>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="events"/> is null.</exception>
    public static ConsentLedger From(CustomerId customer, IEnumerable<ConsentEvent> events, IEnumerable<ConsentPurpose>? implicitPurposes = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var ledger = Empty(customer, implicitPurposes);
        foreach (var e in events)
        {
            ledger = ledger.Append(e);
        }

        return ledger;
    }

    /// <summary>Returns a ledger with <paramref name="consentEvent"/> appended.</summary>
    /// <param name="consentEvent">The event.</param>
    /// <returns>The new ledger.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="consentEvent"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the event is for another customer or its id is already in the ledger.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the ledger was erased.</exception>
    public ConsentLedger Append(ConsentEvent consentEvent)
    {
        ArgumentNullException.ThrowIfNull(consentEvent);
        if (ErasedAt is { } erased)
        {
            throw new InvalidOperationException($"The consent data of customer {Customer} was erased at {erased}; record a new agreement under a new customer id.");
        }

        if (consentEvent.Customer != Customer)
        {
            throw new ArgumentException($"consentEvent must be for customer {Customer}; was for {consentEvent.Customer}.", nameof(consentEvent));
        }

        if (Array.Exists(_events, e => string.Equals(e.Id, consentEvent.Id, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"consentEvent must have a new id; {Guard.Format(consentEvent.Id)} is already in the ledger.", nameof(consentEvent));
        }

        return new ConsentLedger(Customer, [.. _events, consentEvent], ImplicitPurposes, null, 0);
    }

    /// <summary>Decides whether an interaction for <paramref name="purpose"/> on <paramref name="channel"/> at <paramref name="at"/> has the consent it needs.</summary>
    /// <param name="purpose">The purpose.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="at">The instant.</param>
    /// <returns>The decision with its reason.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="purpose"/> or <paramref name="channel"/> is the default.</exception>
    public ConsentDecision Check(ConsentPurpose purpose, Channel channel, Instant at)
    {
        if (purpose.Name.Length == 0)
        {
            throw new ArgumentException("purpose must be a purpose; was the default (unset) purpose.", nameof(purpose));
        }

        Channel.Required(channel, nameof(channel));
        if (ErasedAt is { } erased)
        {
            return new ConsentDecision(false, null, $"the customer's consent data was erased at {erased} on his request");
        }

        ConsentEvent? latest = null;
        foreach (var e in _events)
        {
            if (e.At <= at && e.Covers(purpose, channel) && (latest is null || IsLater(e, latest)))
            {
                latest = e;
            }
        }

        if (latest is null)
        {
            return ImplicitPurposes.Contains(purpose)
                ? new ConsentDecision(true, null, $"implicit agreement: {purpose} messages need no explicit consent under this policy")
                : new ConsentDecision(false, null, $"no agreement for {purpose} on {channel}");
        }

        var where = latest.Channel is { } c ? $"on {c.Name}" : "on every channel";
        return latest.Action switch
        {
            ConsentAction.Granted => new ConsentDecision(true, latest, $"{latest.Kind.ToString().ToLowerInvariant()} agreement for {purpose} {where} granted at {latest.At}" +
                (latest.Exchange is null ? string.Empty : $" in exchange for {latest.Exchange}")),
            ConsentAction.Withdrawn => new ConsentDecision(false, latest, $"agreement for {purpose} {where} withdrawn at {latest.At}" +
                (latest.Reason is null ? string.Empty : $" ({latest.Reason})")),
            _ => new ConsentDecision(false, latest, $"customer refused {purpose} {where} at {latest.At}" + (latest.Reason is null ? string.Empty : $" ({latest.Reason})")),
        };
    }

    /// <summary>Erases the customer's consent data on his request: drops every event and keeps a tombstone.</summary>
    /// <param name="at">When the erasure happened.</param>
    /// <returns>The erased ledger; every later <see cref="Check"/> is refused.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the ledger was already erased.</exception>
    public ConsentLedger Erase(Instant at)
    {
        if (ErasedAt is { } erased)
        {
            throw new InvalidOperationException($"The consent data of customer {Customer} was already erased at {erased}.");
        }

        return new ConsentLedger(Customer, [], ImplicitPurposes, at, _events.Length);
    }

    /// <summary>Returns the customer and the number of events, or the tombstone.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => ErasedAt is { } erased
        ? $"{Customer}: erased at {erased} ({ErasedEventCount} events removed)"
        : $"{Customer}: {_events.Length} consent events";

    private static bool IsLater(ConsentEvent candidate, ConsentEvent held)
    {
        if (candidate.At != held.At)
        {
            return candidate.At > held.At;
        }

        if ((candidate.Channel is null) != (held.Channel is null))
        {
            return candidate.Channel is not null;
        }

        return string.CompareOrdinal(candidate.Id, held.Id) > 0;
    }
}
