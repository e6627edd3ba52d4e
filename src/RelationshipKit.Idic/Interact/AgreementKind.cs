namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Represents how a customer agreed to give the company his time and attention (Peppers &amp; Rogers, seed 003).
/// </summary>
/// <remarks>The <c>default</c> value is <see cref="Explicit"/>.</remarks>
public enum AgreementKind
{
    /// <summary>An explicit agreement: the customer said yes to a stated purpose and channel, often in exchange for a discount or a free service.</summary>
    Explicit = 0,

    /// <summary>An implicit agreement: consent that follows from what the customer does ("watch the ad, get the show"; service messages about an order he placed). Recorded with its basis, and accepted only for the purposes the policy allows.</summary>
    Implicit = 1,
}
