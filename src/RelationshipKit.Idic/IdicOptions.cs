using RelationshipKit.Idic.Identify;
using RelationshipKit.Idic.Interact;

namespace RelationshipKit.Idic;

/// <summary>
/// Represents the settings <c>services.AddRelationshipKitIdic&lt;TCustomer&gt;(o =&gt; …)</c> registers: the contact
/// policy and identity resolution. A mutable bag, validated at registration.
/// </summary>
[Mutable]
public sealed class IdicOptions
{
    /// <summary>Gets the contact-policy settings.</summary>
    /// <value>Default: <see cref="ContactPolicyOptions"/> defaults (quiet hours 21:00-08:00, caps on phone, text and e-mail).</value>
    public ContactPolicyOptions ContactPolicy { get; } = new();

    /// <summary>Gets the identity-resolution settings.</summary>
    /// <value>Default: <see cref="IdentityResolutionOptions"/> defaults (national phone numbers read as Polish, account number the hard identifier).</value>
    public IdentityResolutionOptions IdentityResolution { get; } = new();

    /// <summary>Gets or sets the quiet hours applied in each customer's time zone (a shortcut for <see cref="ContactPolicyOptions.QuietHours"/>).</summary>
    /// <value>Default: 21:00-08:00.</value>
    public DailyWindow QuietHours
    {
        get => ContactPolicy.QuietHours;
        set => ContactPolicy.QuietHours = value;
    }
}
