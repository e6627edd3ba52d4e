using NodaTime;

namespace RelationshipKit.Idic.Interact;

/// <summary>The defaults of <see cref="ContactPolicyOptions"/>.</summary>
internal static class ContactPolicyDefaults
{
    internal static readonly DailyWindow QuietHours = new(new LocalTime(21, 0), new LocalTime(8, 0));

    internal static readonly FrequencyCap[] FrequencyCaps =
    [
        new(Channel.Phone, 2, Duration.FromDays(7)),
        new(Channel.Sms, 2, Duration.FromDays(7)),
        new(Channel.Email, 3, Duration.FromDays(7)),
    ];

    internal static readonly Duration SearchHorizon = Duration.FromDays(14);
}
