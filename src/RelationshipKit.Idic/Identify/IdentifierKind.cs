namespace RelationshipKit.Idic.Identify;

/// <summary>
/// Represents the kind of an identifier that a channel record carries.
/// </summary>
/// <remarks>
/// Every kind is a personal identifier: it is never written in clear text to a log line or an exception message
/// (see <see cref="IdentifierMask"/>). The <c>default</c> value is <see cref="Email"/>.
/// </remarks>
public enum IdentifierKind
{
    /// <summary>An e-mail address; normalised by trimming and lower-casing.</summary>
    Email = 0,

    /// <summary>A phone number; normalised to E.164 (<c>+48601234567</c>) with a default region for national numbers.</summary>
    Phone = 1,

    /// <summary>A loyalty-card number; normalised by removing spaces and hyphens and upper-casing.</summary>
    LoyaltyNumber = 2,

    /// <summary>A device or app-installation id; normalised by trimming and lower-casing.</summary>
    DeviceId = 3,

    /// <summary>A customer account number (a hard identifier by default); normalised like a loyalty number.</summary>
    AccountNumber = 4,
}
