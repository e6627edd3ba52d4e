using RelationshipKit.Idic.Interact;

namespace RelationshipKit.Idic.Customize;

/// <summary>
/// Represents what a customer's care plan is made from besides his treatment: his contact profile, his consent
/// ledger and his events.
/// </summary>
/// <remarks>
/// The pipeline's Customize stage gets these for each customer from the application
/// (<see cref="TreatmentRulesCustomizeStrategy{TCustomer}"/>'s <c>careInputs</c> delegate) and passes them to
/// <see cref="CarePlanner.Plan(CareInputs, NodaTime.Instant, TreatmentDecision?)"/>. Equality is reference equality.
/// This type is immutable and thread-safe.
/// </remarks>
[Immutable]
public sealed class CareInputs
{
    /// <summary>Initializes a new <see cref="CareInputs"/>.</summary>
    /// <param name="profile">His contact profile (time zone, quiet and preferred hours, suppression windows, recent contacts).</param>
    /// <param name="consent">His consent ledger.</param>
    /// <param name="events">His events; all must be his. <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="profile"/> or <paramref name="consent"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the ledger or an event is another customer's, or <paramref name="events"/> holds null.</exception>
    public CareInputs(ContactProfile profile, ConsentLedger consent, IEnumerable<CareEvent>? events = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(consent);
        var customer = profile.Customer;
        if (consent.Customer != customer)
        {
            throw new ArgumentException($"consent must be the ledger of {customer}; was the ledger of {consent.Customer}.", nameof(consent));
        }

        var list = Guard.CopyNotNull(events);
        if (list.FirstOrDefault(e => e.Customer != customer) is { } foreign)
        {
            throw new ArgumentException($"events must all be {customer}'s; event {Guard.Format(foreign.Id)} is {foreign.Customer}'s.", nameof(events));
        }

        Profile = profile;
        Consent = consent;
        Events = list;
    }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer => Profile.Customer;

    /// <summary>Gets his contact profile.</summary>
    public ContactProfile Profile { get; }

    /// <summary>Gets his consent ledger.</summary>
    public ConsentLedger Consent { get; }

    /// <summary>Gets his events.</summary>
    public IReadOnlyList<CareEvent> Events { get; }

    /// <summary>Returns the customer and how many events.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Customer}: {Events.Count} events";
}
