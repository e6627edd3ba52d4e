using NodaTime;

namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Represents a follow-up the company promised a customer ("your case is passed to a specialist, who will call you
/// back by 14:00"): who promised, by when, on which channel, and how it was kept.
/// </summary>
/// <remarks>
/// <para>Seed 001 names the callback that never comes as the most common failure of customer care ("the mythical
/// 'passing the case to the right specialist' very often ends without the declared reaction"). So a promise here
/// cannot be forgotten silently: it has no cancel operation and is closed only by <see cref="Keep"/> with a recorded
/// interaction that reached the customer and names the promise; attempts that did not reach him are recorded but
/// leave it open; an open promise past <see cref="DueAt"/> is overdue and escalated
/// (<see cref="CallbackPromises.Overdue"/>). A promise that can no longer be kept is closed by recording the contact
/// that tells the customer so.</para>
/// <para>Equality is reference equality. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class CallbackPromise
{
    private CallbackPromise(
        string id, CustomerId customer, Instant madeAt, Instant dueAt, string reason, string owner, Channel channel,
        IReadOnlyList<string> attempts, string? keptBy, Instant? keptAt)
    {
        Id = id;
        Customer = customer;
        MadeAt = madeAt;
        DueAt = dueAt;
        Reason = reason;
        Owner = owner;
        Channel = channel;
        Attempts = attempts;
        KeptBy = keptBy;
        KeptAt = keptAt;
    }

    /// <summary>Gets the promise id (the event id of its making).</summary>
    public string Id { get; }

    /// <summary>Gets the customer who was promised.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets when the promise was made.</summary>
    public Instant MadeAt { get; }

    /// <summary>Gets by when it must be kept.</summary>
    public Instant DueAt { get; }

    /// <summary>Gets what was promised, for example <c>passed to a specialist: billing dispute</c> (no personal data, please).</summary>
    public string Reason { get; }

    /// <summary>Gets who must keep it: a consultant, a specialist team.</summary>
    public string Owner { get; }

    /// <summary>Gets the channel on which the customer expects the callback.</summary>
    public Channel Channel { get; }

    /// <summary>Gets the ids of recorded attempts that did not reach the customer.</summary>
    public IReadOnlyList<string> Attempts { get; }

    /// <summary>Gets the id of the interaction that kept the promise; <see langword="null"/> while open.</summary>
    public string? KeptBy { get; }

    /// <summary>Gets when the promise was kept; <see langword="null"/> while open.</summary>
    public Instant? KeptAt { get; }

    /// <summary>Gets whether the promise is open or kept.</summary>
    public PromiseStatus Status => KeptBy is null ? PromiseStatus.Open : PromiseStatus.Kept;

    /// <summary>Makes a promise.</summary>
    /// <param name="id">The promise id.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="madeAt">When it is made.</param>
    /// <param name="dueAt">By when it must be kept; after <paramref name="madeAt"/>.</param>
    /// <param name="reason">What was promised.</param>
    /// <param name="owner">Who must keep it.</param>
    /// <param name="channel">The channel of the callback.</param>
    /// <returns>The open promise.</returns>
    /// <exception cref="ArgumentException">Thrown when an argument breaks its rule.</exception>
    /// <exception cref="ArgumentNullException">Thrown when a string argument is null.</exception>
    public static CallbackPromise Make(string id, CustomerId customer, Instant madeAt, Instant dueAt, string reason, string owner, Channel channel)
    {
        Guard.Set(customer);
        if (dueAt <= madeAt)
        {
            throw Guard.OutOfRange(nameof(dueAt), dueAt, $"be after madeAt ({madeAt})");
        }

        return new CallbackPromise(
            Guard.NotBlank(id), customer, madeAt, dueAt, Guard.NotBlank(reason), Guard.NotBlank(owner), Channel.Required(channel, nameof(channel)),
            Array.Empty<string>(), null, null);
    }

    /// <summary>Gets a value indicating whether the promise is open and past due at <paramref name="at"/>.</summary>
    /// <param name="at">The instant.</param>
    /// <returns><see langword="true"/> when overdue.</returns>
    public bool IsOverdueAt(Instant at) => Status == PromiseStatus.Open && at > DueAt;

    /// <summary>Records an attempt that did not reach the customer; the promise stays open.</summary>
    /// <param name="attempt">The recorded interaction: the same customer, after the promise was made, not reached.</param>
    /// <returns>The promise with the attempt recorded.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="attempt"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the attempt is for another customer, before the promise, or reached the customer (call <see cref="Keep"/> then).</exception>
    /// <exception cref="InvalidOperationException">Thrown when the promise is already kept.</exception>
    public CallbackPromise RecordAttempt(Interaction attempt)
    {
        CheckContact(attempt, nameof(attempt));
        if (attempt.Outcome == ContactOutcome.Reached)
        {
            throw new ArgumentException($"attempt must not have reached the customer; interaction {Guard.Format(attempt.Id)} did: call Keep with it.", nameof(attempt));
        }

        return Attempts.Contains(attempt.Id, StringComparer.Ordinal)
            ? this
            : new CallbackPromise(Id, Customer, MadeAt, DueAt, Reason, Owner, Channel, [.. Attempts, attempt.Id], null, null);
    }

    /// <summary>Closes the promise with the recorded contact that kept it.</summary>
    /// <param name="contact">The recorded interaction: the same customer, after the promise was made, reached, and listing this promise in <see cref="Interaction.PromisesKept"/>.</param>
    /// <returns>The kept promise.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="contact"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the contact does not meet those rules (the message says which).</exception>
    /// <exception cref="InvalidOperationException">Thrown when the promise is already kept.</exception>
    public CallbackPromise Keep(Interaction contact)
    {
        CheckContact(contact, nameof(contact));
        if (contact.Outcome != ContactOutcome.Reached)
        {
            throw new ArgumentException(
                $"contact must have reached the customer to keep promise {Guard.Format(Id)}; interaction {Guard.Format(contact.Id)} did not: record it with RecordAttempt.", nameof(contact));
        }

        if (!contact.PromisesKept.Contains(Id, StringComparer.Ordinal))
        {
            throw new ArgumentException(
                $"contact must list promise {Guard.Format(Id)} in PromisesKept; interaction {Guard.Format(contact.Id)} does not.", nameof(contact));
        }

        return new CallbackPromise(Id, Customer, MadeAt, DueAt, Reason, Owner, Channel, Attempts, contact.Id, contact.At);
    }

    /// <summary>Returns the id, status and due instant.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Status == PromiseStatus.Open
        ? $"{Id}: {Reason}, owner {Owner}, due {DueAt}, open ({Attempts.Count} attempts)"
        : $"{Id}: {Reason}, kept by {KeptBy} at {KeptAt}";

    internal CallbackPromise WithState(IReadOnlyList<string> attempts, string? keptBy, Instant? keptAt) =>
        new(Id, Customer, MadeAt, DueAt, Reason, Owner, Channel, attempts, keptBy, keptAt);

    private void CheckContact(Interaction contact, string paramName)
    {
        ArgumentNullException.ThrowIfNull(contact, paramName);
        if (Status == PromiseStatus.Kept)
        {
            throw new InvalidOperationException($"Promise {Guard.Format(Id)} was already kept by interaction {Guard.Format(KeptBy)} at {KeptAt}; read KeptBy instead.");
        }

        if (contact.Customer != Customer)
        {
            throw new ArgumentException(
                $"{paramName} must be with the promised customer {Customer}; interaction {Guard.Format(contact.Id)} is with {contact.Customer}.", paramName);
        }

        if (contact.At < MadeAt)
        {
            throw Guard.OutOfRange(paramName, contact.At, $"be recorded at or after the promise was made ({MadeAt})");
        }
    }
}
