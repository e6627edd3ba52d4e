using RelationshipKit.Bonds;

namespace RelationshipKit.Tests.Bonds;

public class BondArchetypeCatalogTests
{
    private static BondArchetype Archetype(string id) =>
        new(id, id, "", [new BondTarget(BondDimension.Basis, 0.5)], "");

    [Fact]
    public void Fournier_HoldsTheFifteenFormsInFourniersOrder_Fournier1998Table2()
    {
        BondArchetypeCatalog.Fournier.Count.Should().Be(15);
        BondArchetypeCatalog.Fournier.Archetypes.Select(a => a.Id).Should().Equal(
            FournierArchetypes.ArrangedMarriage,
            FournierArchetypes.CasualFriendship,
            FournierArchetypes.MarriageOfConvenience,
            FournierArchetypes.CommittedPartnership,
            FournierArchetypes.BestFriendship,
            FournierArchetypes.CompartmentalizedFriendship,
            FournierArchetypes.Kinship,
            FournierArchetypes.Rebound,
            FournierArchetypes.ChildhoodFriendship,
            FournierArchetypes.Courtship,
            FournierArchetypes.Dependency,
            FournierArchetypes.Fling,
            FournierArchetypes.Enmity,
            FournierArchetypes.SecretAffair,
            FournierArchetypes.Enslavement);
    }

    [Fact]
    public void Fournier_EveryFormIsDocumentedAndCitesItsSource()
    {
        foreach (var archetype in BondArchetypeCatalog.Fournier.Archetypes)
        {
            archetype.DisplayName.Should().NotBeNullOrWhiteSpace();
            archetype.Description.Should().NotBeNullOrWhiteSpace();
            archetype.Source.Should().StartWith("Fournier (1998), Consumers and Their Brands, Table 2");
            archetype.Signature.Count.Should().BeGreaterThanOrEqualTo(8, $"{archetype.Id} is described on most dimensions");
            archetype.Signature.Should().Contain(t => t.Weight == 2, $"{archetype.Id} has defining dimensions");
        }

        BondArchetypeCatalog.Fournier.Get(FournierArchetypes.CommittedPartnership).Source.Should().EndWith("; Bollen & Emes (2008)");
        BondArchetypeCatalog.Fournier.Get(FournierArchetypes.MarriageOfConvenience).Source.Should().EndWith("; Bollen & Emes (2008)");
    }

    [Fact]
    public void Fournier_NamedFormsOfTheSources_HaveTheirDefiningScores_BollenEmes2008()
    {
        var partnership = BondArchetypeCatalog.Fournier.Get(FournierArchetypes.CommittedPartnership).SignatureProfile;
        partnership.GetScore(BondDimension.Voluntariness).Should().BePositive("free choice");
        partnership.GetScore(BondDimension.Basis).Should().BePositive("high emotional attachment");
        var convenience = BondArchetypeCatalog.Fournier.Get(FournierArchetypes.MarriageOfConvenience).SignatureProfile;
        convenience.GetScore(BondDimension.Voluntariness).Should().BeNegative("no real choice");
        convenience.GetScore(BondDimension.Basis).Should().BeNegative("low emotional attachment");
    }

    [Fact]
    public void Fournier_EveryDimensionIsUsedBySomeArchetype()
    {
        var used = BondArchetypeCatalog.Fournier.Archetypes.SelectMany(a => a.Signature).Select(t => t.Dimension).Distinct();
        used.Should().BeEquivalentTo(Enum.GetValues<BondDimension>());
    }

    [Fact]
    public void Ctor_UserArchetypes_KeepsOrderAndFindsById()
    {
        var catalog = new BondArchetypeCatalog(BondArchetypeCatalog.Fournier.Archetypes.Append(Archetype("fan-club")));
        catalog.Count.Should().Be(16);
        catalog.Archetypes[^1].Id.Should().Be("fan-club");
        catalog.TryGet("fan-club", out var found).Should().BeTrue();
        found!.Id.Should().Be("fan-club");
        catalog.TryGet("Fan-Club", out _).Should().BeFalse("identifiers are compared ordinally");
        catalog.TryGet(null, out var none).Should().BeFalse();
        none.Should().BeNull();
    }

    [Fact]
    public void Ctor_Empty_Throws()
    {
        var act = () => new BondArchetypeCatalog([]);
        act.Should().Throw<ArgumentException>().WithMessage("archetypes must hold at least one archetype; was empty. (Parameter 'archetypes')");
    }

    [Fact]
    public void Ctor_NullItem_Throws()
    {
        var act = () => new BondArchetypeCatalog([Archetype("a"), null!]);
        act.Should().Throw<ArgumentException>().WithMessage("archetypes must not hold null; the item at index 1 is null. (Parameter 'archetypes')");
    }

    [Fact]
    public void Ctor_DuplicateId_Throws()
    {
        var act = () => new BondArchetypeCatalog([Archetype("a"), Archetype("b"), Archetype("a")]);
        act.Should().Throw<ArgumentException>().WithMessage("archetypes must have unique identifiers; a appears twice. (Parameter 'archetypes')");
    }

    [Fact]
    public void Ctor_Null_Throws()
    {
        var act = () => new BondArchetypeCatalog(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("archetypes");
    }

    [Fact]
    public void Get_UnknownId_ThrowsListingKnownIds()
    {
        var catalog = new BondArchetypeCatalog([Archetype("a"), Archetype("b")]);
        var act = () => catalog.Get("c");
        act.Should().Throw<ArgumentException>().WithMessage("id must be one of a, b; was \"c\". (Parameter 'id')");
        FluentActions.Invoking(() => catalog.Get(null!)).Should().Throw<ArgumentNullException>().WithParameterName("id");
    }
}
