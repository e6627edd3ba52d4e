using NodaTime;

namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Represents the settings of a <see cref="ContactPolicy"/>. A mutable bag: the policy validates and copies it at
/// construction.
/// </summary>
[Mutable]
public sealed class ContactPolicyOptions
{
    /// <summary>Gets or sets the quiet hours applied in each customer's own time zone unless his profile sets his own.</summary>
    /// <value>Default: 21:00-08:00.</value>
    public DailyWindow QuietHours { get; set; } = ContactPolicyDefaults.QuietHours;

    /// <summary>Gets the frequency caps on outbound contact.</summary>
    /// <value>Default: at most 2 phone contacts, 2 text messages and 3 e-mails per 7 days.</value>
    public IList<FrequencyCap> FrequencyCaps { get; } = [.. ContactPolicyDefaults.FrequencyCaps];

    /// <summary>Gets the company's service hours per outbound channel staffed by people (a consultant can only call back while the team works).</summary>
    /// <value>Default: empty (no limit).</value>
    public IDictionary<Channel, ServiceHours> ServiceHours { get; } = new Dictionary<Channel, ServiceHours>();

    /// <summary>Gets the lines through which customers reach the company, for inbound routing.</summary>
    /// <value>Default: empty. When any line has service hours, at least one line must be always open (a callback request, e-mail, chat): seed 001's hotline that closes at 18:00 without an alternative is rejected.</value>
    public IList<ServiceLine> ServiceLines { get; } = [];

    /// <summary>Gets or sets how far ahead <see cref="ContactPolicy.Decide"/> looks for the next allowed instant.</summary>
    /// <value>Default: 14 days. Must be positive.</value>
    public Duration SearchHorizon { get; set; } = ContactPolicyDefaults.SearchHorizon;
}
