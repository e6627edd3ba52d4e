using NodaTime;

namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Represents what a contact policy needs to know about one customer: his time zone and region, his quiet and
/// preferred hours, preferred channels, the suppression windows from his calendar of events, his own phone-menu
/// (IVR) shortcuts and the recent outbound contacts.
/// </summary>
/// <remarks>
/// Build it with <see cref="ContactProfile(CustomerId, DateTimeZone)"/> and the <c>With…</c> methods, each of which
/// returns a new profile. Equality is reference equality. This type is immutable and thread-safe.
/// </remarks>
[Immutable]
public sealed class ContactProfile
{
    /// <summary>Initializes a new <see cref="ContactProfile"/> with no preferences.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="timeZone">The customer's time zone.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="customer"/> is the default id.</exception>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="timeZone"/> is null.</exception>
    public ContactProfile(CustomerId customer, DateTimeZone timeZone)
    {
        Guard.Set(customer);
        ArgumentNullException.ThrowIfNull(timeZone);
        Customer = customer;
        TimeZone = timeZone;
    }

    private ContactProfile(ContactProfile other)
    {
        Customer = other.Customer;
        TimeZone = other.TimeZone;
        Region = other.Region;
        QuietHours = other.QuietHours;
        PreferredHours = other.PreferredHours;
        PreferredChannels = other.PreferredChannels;
        SuppressionWindows = other.SuppressionWindows;
        IvrShortcuts = other.IvrShortcuts;
        RecentContacts = other.RecentContacts;
    }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets the customer's time zone.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>Gets the customer's region (ISO 3166-1 alpha-2), used to choose a line that costs him least; <see langword="null"/> when unknown.</summary>
    public string? Region { get; private init; }

    /// <summary>Gets the customer's own quiet hours; <see langword="null"/> to use the policy's.</summary>
    public DailyWindow? QuietHours { get; private init; }

    /// <summary>Gets the hours in which the customer prefers to be contacted; <see langword="null"/> for any hour outside quiet hours.</summary>
    public DailyWindow? PreferredHours { get; private init; }

    /// <summary>Gets the channels on which the customer accepts outbound contact; empty for any.</summary>
    public IReadOnlyList<Channel> PreferredChannels { get; private init; } = [];

    /// <summary>Gets the windows from the customer's calendar of events during which he must not be contacted.</summary>
    public IReadOnlyList<SuppressionWindow> SuppressionWindows { get; private init; } = [];

    /// <summary>Gets the phone-menu targets the customer put first, in his order (seed 001: the customer defines his own IVR tree).</summary>
    public IReadOnlyList<string> IvrShortcuts { get; private init; } = [];

    /// <summary>Gets the recent outbound contacts, counted by frequency caps.</summary>
    public IReadOnlyList<ContactAttempt> RecentContacts { get; private init; } = [];

    /// <summary>Returns the profile with a region.</summary>
    /// <param name="region">An ISO 3166-1 alpha-2 code.</param>
    /// <returns>The new profile.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="region"/> is not two ASCII letters.</exception>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="region"/> is null.</exception>
    public ContactProfile WithRegion(string region)
    {
        ArgumentNullException.ThrowIfNull(region);
        if (region.Length != 2 || !char.IsAsciiLetter(region[0]) || !char.IsAsciiLetter(region[1]))
        {
            throw new ArgumentException($"region must be an ISO 3166-1 alpha-2 code; was {Guard.Format(region)}.", nameof(region));
        }

        return new ContactProfile(this) { Region = region.ToUpperInvariant() };
    }

    /// <summary>Returns the profile with the customer's own quiet hours.</summary>
    /// <param name="quietHours">The window.</param>
    /// <returns>The new profile.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="quietHours"/> is the default.</exception>
    public ContactProfile WithQuietHours(DailyWindow quietHours) => new(this) { QuietHours = Set(quietHours, nameof(quietHours)) };

    /// <summary>Returns the profile with preferred hours.</summary>
    /// <param name="preferredHours">The window.</param>
    /// <returns>The new profile.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="preferredHours"/> is the default.</exception>
    public ContactProfile WithPreferredHours(DailyWindow preferredHours) => new(this) { PreferredHours = Set(preferredHours, nameof(preferredHours)) };

    /// <summary>Returns the profile with preferred channels.</summary>
    /// <param name="channels">The channels, in the customer's order.</param>
    /// <returns>The new profile.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="channels"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when a channel is the default.</exception>
    public ContactProfile WithPreferredChannels(params Channel[] channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        return new(this) { PreferredChannels = Array.AsReadOnly(channels.Select(c => Channel.Required(c, nameof(channels))).Distinct().ToArray()) };
    }

    /// <summary>Returns the profile with one more suppression window.</summary>
    /// <param name="window">The window.</param>
    /// <returns>The new profile.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="window"/> is the default.</exception>
    public ContactProfile WithSuppression(SuppressionWindow window)
    {
        if (window.End <= window.Start)
        {
            throw new ArgumentException("window must be a real window; was the default.", nameof(window));
        }

        return new(this) { SuppressionWindows = Array.AsReadOnly([.. SuppressionWindows, window]) };
    }

    /// <summary>Returns the profile with the customer's phone-menu shortcuts.</summary>
    /// <param name="targets">The menu targets, in the customer's order.</param>
    /// <returns>The new profile.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="targets"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when a target is empty.</exception>
    public ContactProfile WithIvrShortcuts(params string[] targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        return new(this) { IvrShortcuts = Array.AsReadOnly(targets.Select(t => Guard.NotBlank(t, nameof(targets))).Distinct(StringComparer.Ordinal).ToArray()) };
    }

    /// <summary>Returns the profile with one more recent outbound contact.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="at">When.</param>
    /// <returns>The new profile.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="channel"/> is the default.</exception>
    public ContactProfile WithContact(Channel channel, Instant at) =>
        new(this) { RecentContacts = Array.AsReadOnly([.. RecentContacts, new ContactAttempt(channel, at)]) };

    /// <summary>Returns the customer and time zone.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Customer} ({TimeZone.Id})";

    private static DailyWindow Set(DailyWindow window, string paramName) =>
        window.IsSet ? window : throw new ArgumentException($"{paramName} must be set; was the default window.", paramName);
}
