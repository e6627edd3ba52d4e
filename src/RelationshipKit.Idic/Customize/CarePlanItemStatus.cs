namespace RelationshipKit.Idic.Customize;

/// <summary>Represents what became of one planned care activity.</summary>
/// <remarks>The <c>default</c> value is <see cref="Scheduled"/>.</remarks>
public enum CarePlanItemStatus
{
    /// <summary>Scheduled at the instant asked for: consent and the contact policy allow it.</summary>
    Scheduled = 0,

    /// <summary>Scheduled later than asked: the contact policy held it back to its next allowed instant.</summary>
    Moved = 1,

    /// <summary>An internal activity: no customer contact, so no consent or contact-policy check.</summary>
    Internal = 2,

    /// <summary>Not scheduled: the customer has not consented to its purpose on its channel.</summary>
    NoConsent = 3,

    /// <summary>Not scheduled: the contact policy allows no instant within its search horizon (or only on channels he does not accept).</summary>
    NoSlot = 4,

    /// <summary>Not scheduled: the next allowed instant is past the rule's deadline, or the deadline had passed when the plan was made.</summary>
    Lapsed = 5,
}
