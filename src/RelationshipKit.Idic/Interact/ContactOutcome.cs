namespace RelationshipKit.Idic.Interact;

/// <summary>Represents whether an interaction reached the customer.</summary>
/// <remarks>The <c>default</c> value is <see cref="Reached"/>.</remarks>
public enum ContactOutcome
{
    /// <summary>The customer was reached: a conversation, a read message, a visit.</summary>
    Reached = 0,

    /// <summary>The customer was not reached: no answer, busy, a voicemail left, a bounced e-mail.</summary>
    NotReached = 1,
}
