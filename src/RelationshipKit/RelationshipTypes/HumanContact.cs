namespace RelationshipKit.RelationshipTypes;

/// <summary>
/// Represents the human contact a relationship type offers, or a customer needs.
/// </summary>
/// <remarks>
/// The values are ordered: a named contact also serves a need for contact on request. The <c>default</c> value is
/// <see cref="None"/>.
/// </remarks>
public enum HumanContact
{
    /// <summary>No human contact.</summary>
    None = 0,

    /// <summary>A person to talk to when the customer asks: at the counter, by phone, by e-mail.</summary>
    OnRequest = 1,

    /// <summary>A named representative who knows the customer (an account manager).</summary>
    NamedContact = 2,
}
