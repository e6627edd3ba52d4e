using NodaTime;

namespace RelationshipKit.Idic.Identify;

/// <summary>
/// Represents one contact with a customer from its first leg to its last, across transfers between channels and
/// consultants, carrying the customer's verification so that he is verified once.
/// </summary>
/// <remarks>
/// <para>Seed 001 names "forcing customers to authorise themselves many times in automated phone services, very
/// often ending anyway with a further authorisation at the consultant" as a bad practice. A contact is verified at
/// most once (<see cref="Verify"/> on a verified contact throws); <see cref="TransferTo"/> keeps the verification,
/// so the next consultant reads <see cref="IsVerified"/> instead of asking again.</para>
/// <para>Equality is reference equality. This type is immutable and thread-safe; every operation returns a new
/// contact.</para>
/// </remarks>
[Immutable]
public sealed class Contact
{
    private Contact(string id, ContactLeg[] legs, Verification? verification)
    {
        Id = id;
        Legs = Array.AsReadOnly(legs);
        Verification = verification;
    }

    /// <summary>Gets the contact id.</summary>
    public string Id { get; }

    /// <summary>Gets the legs, first to last.</summary>
    public IReadOnlyList<ContactLeg> Legs { get; }

    /// <summary>Gets the current leg.</summary>
    public ContactLeg CurrentLeg => Legs[^1];

    /// <summary>Gets the verification; <see langword="null"/> while the customer is not verified.</summary>
    public Verification? Verification { get; }

    /// <summary>Gets a value indicating whether the customer was verified on this contact.</summary>
    public bool IsVerified => Verification is not null;

    /// <summary>Gets how many times the contact was transferred.</summary>
    public int TransferCount => Legs.Count - 1;

    /// <summary>Starts a contact.</summary>
    /// <param name="id">The contact id.</param>
    /// <param name="channel">The channel of the first leg.</param>
    /// <param name="handler">Who handles it (<c>ivr</c>, a consultant id).</param>
    /// <param name="at">When it starts.</param>
    /// <returns>The unverified contact.</returns>
    /// <exception cref="ArgumentException">Thrown when an argument is empty or the default.</exception>
    /// <exception cref="ArgumentNullException">Thrown when a string argument is null.</exception>
    public static Contact Start(string id, Channel channel, string handler, Instant at) =>
        new(Guard.NotBlank(id), [new ContactLeg(Channel.Required(channel, nameof(channel)), Guard.NotBlank(handler), at)], null);

    /// <summary>Records the one verification of the contact.</summary>
    /// <param name="customer">The verified customer.</param>
    /// <param name="method">How (<c>pin</c>, <c>one-time-code</c>, <c>voice-biometrics</c>).</param>
    /// <param name="at">When; not before the current leg started.</param>
    /// <returns>The verified contact.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the contact is already verified: read <see cref="Verification"/> instead of asking again.</exception>
    /// <exception cref="ArgumentException">Thrown when an argument breaks its rule.</exception>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="method"/> is null.</exception>
    public Contact Verify(CustomerId customer, string method, Instant at)
    {
        if (Verification is { } done)
        {
            throw new InvalidOperationException(
                $"Contact {Guard.Format(Id)} was already verified ({done}); one verification per contact: read Contact.Verification instead of asking the customer again.");
        }

        Guard.Set(customer);
        if (at < CurrentLeg.StartedAt)
        {
            throw Guard.OutOfRange(nameof(at), at, $"not be before the current leg started ({CurrentLeg.StartedAt})");
        }

        return new Contact(Id, [.. Legs], new Verification(customer, Guard.NotBlank(method), at, CurrentLeg.Channel));
    }

    /// <summary>Transfers the contact to another channel or handler, keeping the verification.</summary>
    /// <param name="channel">The channel of the new leg.</param>
    /// <param name="handler">Who handles it.</param>
    /// <param name="at">When; not before the current leg started.</param>
    /// <returns>The contact with the new leg.</returns>
    /// <exception cref="ArgumentException">Thrown when an argument breaks its rule.</exception>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="handler"/> is null.</exception>
    public Contact TransferTo(Channel channel, string handler, Instant at)
    {
        if (at < CurrentLeg.StartedAt)
        {
            throw Guard.OutOfRange(nameof(at), at, $"not be before the current leg started ({CurrentLeg.StartedAt})");
        }

        return new Contact(Id, [.. Legs, new ContactLeg(Channel.Required(channel, nameof(channel)), Guard.NotBlank(handler), at)], Verification);
    }

    /// <summary>Returns the id, the legs and the verification.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        $"{Id}: {string.Join(" -> ", Legs)}; {(Verification is null ? "not verified" : Verification.ToString())}";
}
