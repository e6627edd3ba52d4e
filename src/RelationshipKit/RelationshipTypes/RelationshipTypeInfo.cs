namespace RelationshipKit.RelationshipTypes;

/// <summary>
/// Represents the documented attributes of a <see cref="RelationshipType"/>: what it offers the customer and what it
/// costs to serve.
/// </summary>
/// <remarks>
/// <para>The types and their descriptions come from the Business Model Canvas (Osterwalder &amp; Pigneur 2010);
/// the ordinal levels and the cost ranking are RelationshipKit's documented judgement, since the canvas describes
/// the types in words only. From cheapest to dearest: self-service, transactional, automated services,
/// communities, co-creation, personal assistance, long-term, dedicated personal assistance. The full table is on
/// the relationship-types concept page.</para>
/// <para>There is one instance per type (<see cref="All"/>, <see cref="For(RelationshipType)"/>), so reference
/// equality is value equality. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class RelationshipTypeInfo
{
    private static readonly RelationshipTypeInfo[] ByType = CreateCatalogue();

    private RelationshipTypeInfo(
        RelationshipType type,
        string name,
        string description,
        string example,
        int costRank,
        AttributeLevel costToServe,
        AttributeLevel humanInvolvement,
        AttributeLevel personalisation,
        HumanContact humanContact,
        bool ongoingRelationship,
        bool peerCommunity = false,
        bool coCreation = false)
    {
        Type = type;
        Name = name;
        Description = description;
        Example = example;
        CostRank = costRank;
        CostToServe = costToServe;
        HumanInvolvement = humanInvolvement;
        Personalisation = personalisation;
        HumanContact = humanContact;
        OngoingRelationship = ongoingRelationship;
        PeerCommunity = peerCommunity;
        CoCreation = coCreation;
    }

    /// <summary>Gets the attributes of every type, cheapest to serve first.</summary>
    public static IReadOnlyList<RelationshipTypeInfo> All { get; } = Array.AsReadOnly(ByType.OrderBy(info => info.CostRank).ToArray());

    /// <summary>Gets the type described.</summary>
    public RelationshipType Type { get; }

    /// <summary>Gets the kebab-case name, for example <c>dedicated-personal-assistance</c>.</summary>
    public string Name { get; }

    /// <summary>Gets a one-sentence description.</summary>
    public string Description { get; }

    /// <summary>Gets a typical example.</summary>
    public string Example { get; }

    /// <summary>Gets the position in the cost ranking, 1 for the cheapest type to serve and 8 for the dearest.</summary>
    public int CostRank { get; }

    /// <summary>Gets the relative cost to serve one customer.</summary>
    public AttributeLevel CostToServe { get; }

    /// <summary>Gets how much company staff are involved.</summary>
    public AttributeLevel HumanInvolvement { get; }

    /// <summary>Gets how much the service is tailored to the individual customer.</summary>
    public AttributeLevel Personalisation { get; }

    /// <summary>Gets the human contact the type offers.</summary>
    public HumanContact HumanContact { get; }

    /// <summary>Gets a value indicating whether the type sustains an ongoing relationship that remembers the customer.</summary>
    public bool OngoingRelationship { get; }

    /// <summary>Gets a value indicating whether the type offers a community of peers.</summary>
    public bool PeerCommunity { get; }

    /// <summary>Gets a value indicating whether customers create value with the company.</summary>
    public bool CoCreation { get; }

    /// <summary>Gets the attributes of <paramref name="type"/>.</summary>
    /// <param name="type">The relationship type.</param>
    /// <returns>Its attributes.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="type"/> is not a defined value.</exception>
    public static RelationshipTypeInfo For(RelationshipType type)
    {
        Preconditions.Defined(type);
        return ByType[(int)type];
    }

    /// <summary>Returns the kebab-case name.</summary>
    /// <returns>The name, for example <c>self-service</c>.</returns>
    public override string ToString() => Name;

    private static RelationshipTypeInfo[] CreateCatalogue()
    {
        RelationshipTypeInfo[] all =
        [
            new(RelationshipType.Transactional, "transactional", "No real relationship: each purchase stands alone, with staff at the point of sale.", "an airport kiosk",
                costRank: 2, costToServe: AttributeLevel.Low, humanInvolvement: AttributeLevel.Low, personalisation: AttributeLevel.None,
                humanContact: HumanContact.OnRequest, ongoingRelationship: false),
            new(RelationshipType.LongTerm, "long-term", "A deep relationship with periodic interaction over a long time.", "an insurer's yearly review with the same agent",
                costRank: 7, costToServe: AttributeLevel.High, humanInvolvement: AttributeLevel.High, personalisation: AttributeLevel.High,
                humanContact: HumanContact.OnRequest, ongoingRelationship: true),
            new(RelationshipType.PersonalAssistance, "personal-assistance", "Human help on request: in person, by e-mail or through a call centre.", "a call centre; shop assistants",
                costRank: 6, costToServe: AttributeLevel.Medium, humanInvolvement: AttributeLevel.Medium, personalisation: AttributeLevel.Medium,
                humanContact: HumanContact.OnRequest, ongoingRelationship: false),
            new(RelationshipType.DedicatedPersonalAssistance, "dedicated-personal-assistance", "A named representative for one customer: the closest type, built over a long time.", "private banking; a key-account manager",
                costRank: 8, costToServe: AttributeLevel.VeryHigh, humanInvolvement: AttributeLevel.VeryHigh, personalisation: AttributeLevel.VeryHigh,
                humanContact: HumanContact.NamedContact, ongoingRelationship: true),
            new(RelationshipType.SelfService, "self-service", "No direct contact: the customer is given the means to help themselves.", "help pages and a self-service terminal",
                costRank: 1, costToServe: AttributeLevel.Low, humanInvolvement: AttributeLevel.None, personalisation: AttributeLevel.None,
                humanContact: HumanContact.None, ongoingRelationship: false),
            new(RelationshipType.AutomatedServices, "automated-services", "Self-service plus automation that recognises the individual customer.", "a personal online profile with recommendations",
                costRank: 3, costToServe: AttributeLevel.Low, humanInvolvement: AttributeLevel.None, personalisation: AttributeLevel.Medium,
                humanContact: HumanContact.None, ongoingRelationship: true),
            new(RelationshipType.Communities, "communities", "A user community where members help each other and the company learns about its customers.", "a product user forum",
                costRank: 4, costToServe: AttributeLevel.Low, humanInvolvement: AttributeLevel.Low, personalisation: AttributeLevel.Low,
                humanContact: HumanContact.None, ongoingRelationship: true, peerCommunity: true),
            new(RelationshipType.CoCreation, "co-creation", "Customers create value with the company.", "customer reviews; user-designed products",
                costRank: 5, costToServe: AttributeLevel.Medium, humanInvolvement: AttributeLevel.Low, personalisation: AttributeLevel.Medium,
                humanContact: HumanContact.None, ongoingRelationship: true, coCreation: true),
        ];
        System.Diagnostics.Debug.Assert(all.Select((info, index) => (int)info.Type == index).All(ok => ok), "The catalogue is indexed by RelationshipType.");
        return all;
    }
}
