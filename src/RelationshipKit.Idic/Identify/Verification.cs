using NodaTime;

namespace RelationshipKit.Idic.Identify;

/// <summary>
/// Represents the one verification of a contact: who was verified, how, when and on which leg.
/// </summary>
/// <remarks>Equality is reference equality. This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class Verification
{
    internal Verification(CustomerId customer, string method, Instant at, Channel channel)
    {
        Customer = customer;
        Method = method;
        At = at;
        Channel = channel;
    }

    /// <summary>Gets the verified customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets how he was verified, for example <c>pin</c> or <c>voice-biometrics</c>.</summary>
    public string Method { get; }

    /// <summary>Gets when.</summary>
    public Instant At { get; }

    /// <summary>Gets the channel of the leg on which he was verified.</summary>
    public Channel Channel { get; }

    /// <summary>Returns the explanation, for example <c>c-7 verified by pin on phone at 2026-03-02T09:00:00Z</c>.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => $"{Customer} verified by {Method} on {Channel} at {At}";
}
