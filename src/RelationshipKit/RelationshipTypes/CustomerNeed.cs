namespace RelationshipKit.RelationshipTypes;

/// <summary>
/// Represents one kind of need in <see cref="CustomerNeeds"/>, used to say which needs a relationship type leaves unmet.
/// </summary>
/// <remarks>The <c>default</c> value is <see cref="HumanContact"/>.</remarks>
public enum CustomerNeed
{
    /// <summary>The human contact needed (<see cref="CustomerNeeds.HumanContact"/>).</summary>
    HumanContact = 0,

    /// <summary>The personalisation needed (<see cref="CustomerNeeds.Personalisation"/>).</summary>
    Personalisation = 1,

    /// <summary>An ongoing relationship that remembers the customer (<see cref="CustomerNeeds.OngoingRelationship"/>).</summary>
    OngoingRelationship = 2,

    /// <summary>A community of peers (<see cref="CustomerNeeds.PeerCommunity"/>).</summary>
    PeerCommunity = 3,

    /// <summary>Creating value together with the company (<see cref="CustomerNeeds.CoCreation"/>).</summary>
    CoCreation = 4,
}
