using NodaTime;

namespace RelationshipKit.Idic.Customize;

/// <summary>Represents something that happened with a customer, from which care activities follow.</summary>
/// <remarks>Equality is reference equality. This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class CareEvent
{
    /// <summary>Initializes a new <see cref="CareEvent"/>.</summary>
    /// <param name="id">The event's id in its source system, for explanations.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="kind">What happened.</param>
    /// <param name="at">When.</param>
    /// <param name="note">A short note without identifiers (the product, the ticket number); <see langword="null"/> when none.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="id"/> is blank or <paramref name="customer"/> is the default.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="kind"/> is undefined.</exception>
    public CareEvent(string id, CustomerId customer, CareEventKind kind, Instant at, string? note = null)
    {
        Id = Guard.NotBlank(id);
        Guard.Set(customer);
        Guard.Defined(kind);
        Customer = customer;
        Kind = kind;
        At = at;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    /// <summary>Gets the event's id.</summary>
    public string Id { get; }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets what happened.</summary>
    public CareEventKind Kind { get; }

    /// <summary>Gets when.</summary>
    public Instant At { get; }

    /// <summary>Gets the note; <see langword="null"/> when none.</summary>
    public string? Note { get; }

    /// <summary>Returns the id, kind and instant.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Id} {Kind} at {At}" + (Note is null ? string.Empty : $" ({Note})");
}
