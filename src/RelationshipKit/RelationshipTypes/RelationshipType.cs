namespace RelationshipKit.RelationshipTypes;

/// <summary>
/// Represents a type of customer relationship from the "customer relationships" block of the Business Model Canvas
/// (Osterwalder &amp; Pigneur 2010): how the company serves the relationship.
/// </summary>
/// <remarks>
/// <para>The types differ in human involvement, personalisation and cost to serve; see
/// <see cref="RelationshipTypeInfo.For(RelationshipType)"/> for their attributes and
/// <see cref="RelationshipTypeRecommender"/> for choosing one per customer.</para>
/// <para>The <c>default</c> value is <see cref="Transactional"/>.</para>
/// </remarks>
public enum RelationshipType
{
    /// <summary>No real relationship: each purchase stands alone (an airport kiosk).</summary>
    Transactional = 0,

    /// <summary>A deep relationship with periodic interaction over a long time.</summary>
    LongTerm = 1,

    /// <summary>Human interaction on request: in person, by e-mail or through a call centre.</summary>
    PersonalAssistance = 2,

    /// <summary>A named representative for one customer (private banking, key-account managers): the closest type, built over a long time.</summary>
    DedicatedPersonalAssistance = 3,

    /// <summary>No direct contact: the customer is given the means to help themselves.</summary>
    SelfService = 4,

    /// <summary>Self-service plus automation that recognises the individual (personal online profiles, recommendations).</summary>
    AutomatedServices = 5,

    /// <summary>User communities where members help each other and the company learns about its customers.</summary>
    Communities = 6,

    /// <summary>Customers create value with the company (reviews, designs, content).</summary>
    CoCreation = 7,
}
