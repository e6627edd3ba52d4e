using NodaTime;

namespace RelationshipKit.Idic.Identify;

/// <summary>
/// Represents one leg of a contact: a channel and who handled it (the phone menu, a consultant, a specialist).
/// </summary>
/// <remarks>Equality compares all members. This type is immutable and thread-safe.</remarks>
[Immutable]
public readonly struct ContactLeg : IEquatable<ContactLeg>
{
    private readonly string? _handler;

    internal ContactLeg(Channel channel, string handler, Instant startedAt)
    {
        Channel = channel;
        _handler = handler;
        StartedAt = startedAt;
    }

    /// <summary>Gets the channel.</summary>
    public Channel Channel { get; }

    /// <summary>Gets who handled the leg.</summary>
    public string Handler => _handler ?? string.Empty;

    /// <summary>Gets when the leg started.</summary>
    public Instant StartedAt { get; }

    /// <summary>Determines whether two legs are equal.</summary>
    /// <param name="left">The first leg.</param>
    /// <param name="right">The second leg.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ContactLeg left, ContactLeg right) => left.Equals(right);

    /// <summary>Determines whether two legs differ.</summary>
    /// <param name="left">The first leg.</param>
    /// <param name="right">The second leg.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ContactLeg left, ContactLeg right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ContactLeg other) => Channel == other.Channel && string.Equals(_handler, other._handler, StringComparison.Ordinal) && StartedAt == other.StartedAt;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ContactLeg other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Channel, _handler, StartedAt);

    /// <summary>Returns the leg, for example <c>phone/consultant-12 at 2026-03-02T09:01:00Z</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Channel}/{Handler} at {StartedAt}";
}
