using System.Globalization;
using NodaTime;

namespace RelationshipKit.Value.Subscriptions;

/// <summary>
/// Represents one customer's subscription (a contract that renews each period until cancelled): when it started and,
/// once it has ended, when it ended.
/// </summary>
/// <remarks>
/// <para>An active subscription has no <see cref="End"/>. A customer who subscribes again after cancelling has a
/// second subscription. <see cref="SubscriptionCohorts"/> turns subscriptions into cohort survivor tables for the
/// shifted-beta-geometric model.</para>
/// <para>Equality compares the customer and both dates. The <c>default</c> value has the unset customer id; the
/// cohort builder rejects it. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct Subscription : IEquatable<Subscription>
{
    /// <summary>Initializes a new <see cref="Subscription"/>.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="start">The first day of the first contract period.</param>
    /// <param name="end">The day the subscription ended (no renewal from then on), or <see langword="null"/> while it is active.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="customerId"/> is the unset <c>default</c> id.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="end"/> is before <paramref name="start"/>.</exception>
    public Subscription(CustomerId customerId, LocalDate start, LocalDate? end = null)
    {
        if (customerId.IsDefault)
        {
            throw new ArgumentException("customerId must be set; was the default CustomerId.", nameof(customerId));
        }

        if (end is { } e && e < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), e, $"end must be on or after start ({Iso(start)}); was {Iso(e)}.");
        }

        CustomerId = customerId;
        Start = start;
        End = end;
    }

    /// <summary>Gets the customer.</summary>
    public CustomerId CustomerId { get; }

    /// <summary>Gets the first day of the first contract period.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the day the subscription ended, or <see langword="null"/> while it is active.</summary>
    public LocalDate? End { get; }

    /// <summary>Gets a value indicating whether the subscription has no end.</summary>
    public bool IsActive => End is null;

    /// <summary>Determines whether two subscriptions are equal.</summary>
    /// <param name="left">The first subscription.</param>
    /// <param name="right">The second subscription.</param>
    /// <returns><see langword="true"/> when the customer and both dates are equal.</returns>
    public static bool operator ==(Subscription left, Subscription right) => left.Equals(right);

    /// <summary>Determines whether two subscriptions differ.</summary>
    /// <param name="left">The first subscription.</param>
    /// <param name="right">The second subscription.</param>
    /// <returns><see langword="true"/> when the customer or a date differs.</returns>
    public static bool operator !=(Subscription left, Subscription right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(Subscription other) => CustomerId == other.CustomerId && Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Subscription other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(CustomerId, Start, End);

    /// <summary>Returns the subscription as <c>customer: start–end</c> (or <c>start–active</c>).</summary>
    /// <returns>The text, dates in ISO 8601.</returns>
    public override string ToString() => $"{CustomerId}: {Iso(Start)}–{(End is { } e ? Iso(e) : "active")}";

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
