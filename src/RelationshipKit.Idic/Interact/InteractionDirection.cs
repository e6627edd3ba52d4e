namespace RelationshipKit.Idic.Interact;

/// <summary>Represents who started an interaction.</summary>
/// <remarks>The <c>default</c> value is <see cref="Inbound"/>.</remarks>
public enum InteractionDirection
{
    /// <summary>The customer contacted the company.</summary>
    Inbound = 0,

    /// <summary>The company contacted the customer.</summary>
    Outbound = 1,
}
