namespace RelationshipKit.Idic.Interact;

/// <summary>Represents the rule of a contact policy that held a contact back.</summary>
/// <remarks>The <c>default</c> value is <see cref="QuietHours"/>.</remarks>
public enum ContactRule
{
    /// <summary>The customer's quiet hours, in his time zone.</summary>
    QuietHours = 0,

    /// <summary>Outside the customer's preferred hours.</summary>
    PreferredHours = 1,

    /// <summary>The channel is not among the customer's preferred channels.</summary>
    PreferredChannels = 2,

    /// <summary>A suppression window from the customer's calendar of events.</summary>
    Suppression = 3,

    /// <summary>A frequency cap.</summary>
    FrequencyCap = 4,

    /// <summary>Outside the company's service hours for the channel.</summary>
    ServiceHours = 5,

    /// <summary>No allowed instant within the search horizon.</summary>
    NoAllowedTime = 6,
}
