using RelationshipKit.RelationshipTypes;

namespace RelationshipKit.Tests.RelationshipTypes;

public class RelationshipTypeInfoTests
{
    [Fact]
    public void All_CheapestFirst()
    {
        RelationshipTypeInfo.All.Select(i => i.Name).Should().Equal(
            "self-service", "transactional", "automated-services", "communities", "co-creation", "personal-assistance", "long-term", "dedicated-personal-assistance");
        RelationshipTypeInfo.All.Select(i => i.CostRank).Should().Equal(1, 2, 3, 4, 5, 6, 7, 8);
        RelationshipTypeInfo.All.Select(i => i.CostToServe).Should().BeInAscendingOrder();
    }

    [Fact]
    public void For_EveryType_ReturnsItsOwnInfo()
    {
        foreach (var type in Enum.GetValues<RelationshipType>())
        {
            var info = RelationshipTypeInfo.For(type);
            info.Type.Should().Be(type);
            info.Description.Should().NotBeNullOrWhiteSpace();
            info.Example.Should().NotBeNullOrWhiteSpace();
            info.ToString().Should().Be(info.Name);
        }
    }

    [Fact]
    public void Attributes_MatchTheDocumentedTable()
    {
        // docs/concepts/relationship-types.md, Defaults table.
        RelationshipTypeInfo.All.Select(i => (i.Type, i.HumanInvolvement, i.Personalisation, i.CostToServe, i.HumanContact, i.OngoingRelationship, i.PeerCommunity, i.CoCreation)).Should().Equal(
            (RelationshipType.SelfService, AttributeLevel.None, AttributeLevel.None, AttributeLevel.Low, HumanContact.None, false, false, false),
            (RelationshipType.Transactional, AttributeLevel.Low, AttributeLevel.None, AttributeLevel.Low, HumanContact.OnRequest, false, false, false),
            (RelationshipType.AutomatedServices, AttributeLevel.None, AttributeLevel.Medium, AttributeLevel.Low, HumanContact.None, true, false, false),
            (RelationshipType.Communities, AttributeLevel.Low, AttributeLevel.Low, AttributeLevel.Low, HumanContact.None, true, true, false),
            (RelationshipType.CoCreation, AttributeLevel.Low, AttributeLevel.Medium, AttributeLevel.Medium, HumanContact.None, true, false, true),
            (RelationshipType.PersonalAssistance, AttributeLevel.Medium, AttributeLevel.Medium, AttributeLevel.Medium, HumanContact.OnRequest, false, false, false),
            (RelationshipType.LongTerm, AttributeLevel.High, AttributeLevel.High, AttributeLevel.High, HumanContact.OnRequest, true, false, false),
            (RelationshipType.DedicatedPersonalAssistance, AttributeLevel.VeryHigh, AttributeLevel.VeryHigh, AttributeLevel.VeryHigh, HumanContact.NamedContact, true, false, false));
    }

    [Fact]
    public void For_Undefined_Throws()
    {
        var act = () => RelationshipTypeInfo.For((RelationshipType)8);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"type must be a defined RelationshipType value; was 8. (Parameter 'type'){Environment.NewLine}Actual value was 8.");
    }
}
