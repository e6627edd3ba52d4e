using NodaTime;

namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Represents an outbound contact made earlier, counted by frequency caps.
/// </summary>
/// <remarks>Equality compares both members. This type is immutable and thread-safe.</remarks>
[Immutable]
public readonly struct ContactAttempt : IEquatable<ContactAttempt>
{
    /// <summary>Initializes a new <see cref="ContactAttempt"/>.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="channel"/> is the default.</exception>
    public ContactAttempt(Channel channel, Instant at)
    {
        Channel = Channel.Required(channel, nameof(channel));
        At = at;
    }

    /// <summary>Gets the channel.</summary>
    public Channel Channel { get; }

    /// <summary>Gets when.</summary>
    public Instant At { get; }

    /// <summary>Determines whether two attempts are equal.</summary>
    /// <param name="left">The first attempt.</param>
    /// <param name="right">The second attempt.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ContactAttempt left, ContactAttempt right) => left.Equals(right);

    /// <summary>Determines whether two attempts differ.</summary>
    /// <param name="left">The first attempt.</param>
    /// <param name="right">The second attempt.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ContactAttempt left, ContactAttempt right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ContactAttempt other) => Channel == other.Channel && At == other.At;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ContactAttempt other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Channel, At);

    /// <summary>Returns the channel and instant.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Channel} at {At}";
}
