namespace RelationshipKit.Idic;

/// <summary>Represents who starts the contact a pipeline request is about.</summary>
/// <remarks>The <c>default</c> value is <see cref="Inbound"/>.</remarks>
public enum IdicDirection
{
    /// <summary>The customer contacts the company: he chose the time, so the contact policy's timing rules do not apply.</summary>
    Inbound = 0,

    /// <summary>The company wants to contact the customer: the contact policy decides whether and when.</summary>
    Outbound = 1,
}
