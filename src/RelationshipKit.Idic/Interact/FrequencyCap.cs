using NodaTime;

namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Represents a cap on how often the company contacts a customer: at most <see cref="MaxContacts"/> outbound
/// contacts on <see cref="Channel"/> (or on all channels) in any rolling <see cref="Window"/>.
/// </summary>
/// <remarks>Equality compares all members. This type is immutable and thread-safe.</remarks>
[Immutable]
public readonly struct FrequencyCap : IEquatable<FrequencyCap>
{
    /// <summary>Initializes a new <see cref="FrequencyCap"/>.</summary>
    /// <param name="channel">The channel capped; <see langword="null"/> for all channels together.</param>
    /// <param name="maxContacts">The most contacts allowed in the window; at least 1.</param>
    /// <param name="window">The rolling window; positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="maxContacts"/> is below 1 or <paramref name="window"/> is not positive.</exception>
    public FrequencyCap(Channel? channel, int maxContacts, Duration window)
    {
        if (maxContacts < 1)
        {
            throw Guard.OutOfRange(nameof(maxContacts), maxContacts, "be at least 1");
        }

        if (window <= Duration.Zero)
        {
            throw Guard.OutOfRange(nameof(window), window, "be positive");
        }

        Channel = channel is { } c ? Idic.Channel.Required(c, nameof(channel)) : null;
        MaxContacts = maxContacts;
        Window = window;
    }

    /// <summary>Gets the channel capped; <see langword="null"/> for all channels together.</summary>
    public Channel? Channel { get; }

    /// <summary>Gets the most contacts allowed in the window.</summary>
    public int MaxContacts { get; }

    /// <summary>Gets the rolling window.</summary>
    public Duration Window { get; }

    /// <summary>Determines whether two caps are equal.</summary>
    /// <param name="left">The first cap.</param>
    /// <param name="right">The second cap.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(FrequencyCap left, FrequencyCap right) => left.Equals(right);

    /// <summary>Determines whether two caps differ.</summary>
    /// <param name="left">The first cap.</param>
    /// <param name="right">The second cap.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(FrequencyCap left, FrequencyCap right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(FrequencyCap other) => Channel == other.Channel && MaxContacts == other.MaxContacts && Window == other.Window;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FrequencyCap other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Channel, MaxContacts, Window);

    /// <summary>Returns the cap, for example <c>at most 2 phone contacts per 7 days</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"at most {MaxContacts} {(Channel is { } c ? c.Name + " " : string.Empty)}contacts per {Describe(Window)}";

    internal static string Describe(Duration d) =>
        d.BclCompatibleTicks % NodaConstants.TicksPerDay == 0 ? $"{d.Days} days" : $"{d.TotalHours.ToString(System.Globalization.CultureInfo.InvariantCulture)} hours";
}
