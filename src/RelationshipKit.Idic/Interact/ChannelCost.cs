namespace RelationshipKit.Idic.Interact;

/// <summary>Represents what a line or channel costs the customer, from cheapest to dearest.</summary>
/// <remarks>The <c>default</c> value is <see cref="Free"/>. The numeric order is the cost order.</remarks>
public enum ChannelCost
{
    /// <summary>Free for the customer (a free-phone number, web chat, e-mail).</summary>
    Free = 0,

    /// <summary>The price of a local call.</summary>
    Local = 1,

    /// <summary>A premium-rate line.</summary>
    Premium = 2,

    /// <summary>An international call (a headquarters abroad, seed 001's bad practice).</summary>
    International = 3,
}
