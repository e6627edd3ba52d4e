using RelationshipKit.RelationshipTypes;

namespace RelationshipKit.Tests.RelationshipTypes;

public class CustomerNeedsTests
{
    [Fact]
    public void None_IsTheDefaultAndNeedsNothing()
    {
        CustomerNeeds.None.Should().Be(default(CustomerNeeds));
        CustomerNeeds.None.HumanContact.Should().Be(HumanContact.None);
        CustomerNeeds.None.Personalisation.Should().Be(AttributeLevel.None);
        CustomerNeeds.None.OngoingRelationship.Should().BeFalse();
        CustomerNeeds.None.PeerCommunity.Should().BeFalse();
        CustomerNeeds.None.CoCreation.Should().BeFalse();
        CustomerNeeds.None.ToString().Should().Be("HumanContact=None, Personalisation=None, OngoingRelationship=False, PeerCommunity=False, CoCreation=False");
    }

    [Fact]
    public void Init_UndefinedHumanContact_Throws()
    {
        var act = () => new CustomerNeeds { HumanContact = (HumanContact)3 };
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"HumanContact must be a defined HumanContact value; was 3. (Parameter 'HumanContact'){Environment.NewLine}Actual value was 3.");
    }

    [Fact]
    public void Init_UndefinedPersonalisation_Throws()
    {
        var act = () => new CustomerNeeds { Personalisation = (AttributeLevel)5 };
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"Personalisation must be a defined AttributeLevel value; was 5. (Parameter 'Personalisation'){Environment.NewLine}Actual value was 5.");
    }

    [Fact]
    public void Equality_AllProperties()
    {
        var keyAccount = new CustomerNeeds { HumanContact = HumanContact.NamedContact, Personalisation = AttributeLevel.High, OngoingRelationship = true };
        EqualityContract.Verify(
            keyAccount,
            keyAccount with { },
            keyAccount with { HumanContact = HumanContact.OnRequest },
            keyAccount with { Personalisation = AttributeLevel.VeryHigh },
            keyAccount with { OngoingRelationship = false },
            keyAccount with { PeerCommunity = true },
            keyAccount with { CoCreation = true },
            CustomerNeeds.None);
    }
}
