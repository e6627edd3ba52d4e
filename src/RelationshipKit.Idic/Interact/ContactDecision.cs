using NodaTime;

namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Represents the answer of <see cref="ContactPolicy.Decide"/>: the customer may be contacted on the channel at the
/// instant, or the next allowed instant with the reasons, or no allowed instant at all.
/// </summary>
/// <remarks>Equality is reference equality. This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class ContactDecision
{
    internal ContactDecision(CustomerId customer, Channel channel, Instant at, Instant? nextAllowed, ContactReason[] reasons)
    {
        Customer = customer;
        Channel = channel;
        At = at;
        NextAllowed = nextAllowed;
        Reasons = Array.AsReadOnly(reasons);
    }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets the channel asked about.</summary>
    public Channel Channel { get; }

    /// <summary>Gets the instant asked about.</summary>
    public Instant At { get; }

    /// <summary>Gets a value indicating whether the contact is allowed at <see cref="At"/>.</summary>
    public bool IsAllowed => NextAllowed == At;

    /// <summary>Gets the first allowed instant at or after <see cref="At"/>; <see langword="null"/> when none within the horizon (or the channel is not one the customer accepts).</summary>
    public Instant? NextAllowed { get; }

    /// <summary>Gets the reasons the contact was held back, in the order met; empty when allowed at once.</summary>
    public IReadOnlyList<ContactReason> Reasons { get; }

    /// <summary>Returns the decision with its reasons.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => IsAllowed
        ? $"{Channel} contact allowed at {At}"
        : NextAllowed is { } next
            ? $"{Channel} contact not allowed at {At}; next allowed {next}: {string.Join("; ", Reasons)}"
            : $"{Channel} contact not allowed: {string.Join("; ", Reasons)}";
}
