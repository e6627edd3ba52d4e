using RelationshipKit.Bonds;

namespace RelationshipKit.Tests.Bonds;

public class BondArchetypeTests
{
    private static readonly BondTarget[] Signature =
    [
        new(BondDimension.Affect, 0.9, 2),
        new(BondDimension.Voluntariness, 0.7),
    ];

    [Fact]
    public void Ctor_StoresDataAndSortsTheSignatureByDimension()
    {
        var archetype = new BondArchetype("fan-club", " Fan club ", "Members who love the brand.", Signature, "");
        archetype.Id.Should().Be("fan-club");
        archetype.DisplayName.Should().Be("Fan club");
        archetype.Description.Should().Be("Members who love the brand.");
        archetype.Source.Should().BeEmpty();
        archetype.Signature.Should().Equal(new BondTarget(BondDimension.Voluntariness, 0.7), new BondTarget(BondDimension.Affect, 0.9, 2));
        archetype.SignatureProfile.Should().Be(BondProfile.Empty.WithScore(BondDimension.Voluntariness, 0.7).WithScore(BondDimension.Affect, 0.9));
        archetype.ToString().Should().Be("fan-club");
    }

    [Fact]
    public void TryGetTarget_FindsSignatureTerms()
    {
        var archetype = new BondArchetype("fan-club", "Fan club", "", Signature, "");
        archetype.TryGetTarget(BondDimension.Affect, out var affect).Should().BeTrue();
        affect.Should().Be(new BondTarget(BondDimension.Affect, 0.9, 2));
        archetype.TryGetTarget(BondDimension.Basis, out var missing).Should().BeFalse();
        missing.Should().Be(default(BondTarget));
        var act = () => archetype.TryGetTarget((BondDimension)12, out _);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dimension");
    }

    [Theory]
    [InlineData("")]
    [InlineData("Fan-club")]
    [InlineData("fan club")]
    [InlineData("fan--club")]
    [InlineData("-fan")]
    [InlineData("fan-")]
    [InlineData("fan_club")]
    public void Ctor_IdNotKebabCase_Throws(string id)
    {
        var act = () => new BondArchetype(id, "Fan club", "", Signature, "");
        act.Should().Throw<ArgumentException>().WithMessage(
            $"id must be kebab-case (lower-case letters and digits, words joined by single hyphens, at most 64 characters); was \"{id}\". (Parameter 'id')");
    }

    [Fact]
    public void Ctor_IdTooLong_Throws()
    {
        var act = () => new BondArchetype(new string('a', 65), "Long", "", Signature, "");
        act.Should().Throw<ArgumentException>().WithParameterName("id");
        new BondArchetype(new string('a', 64), "Long", "", Signature, "").Id.Should().HaveLength(64);
    }

    [Fact]
    public void Ctor_DisplayNameBlank_Throws()
    {
        var act = () => new BondArchetype("fan-club", "  ", "", Signature, "");
        act.Should().Throw<ArgumentException>().WithMessage("displayName must not be empty or white space; was \"  \". (Parameter 'displayName')");
    }

    [Fact]
    public void Ctor_EmptySignature_Throws()
    {
        var act = () => new BondArchetype("fan-club", "Fan club", "", [], "");
        act.Should().Throw<ArgumentException>().WithMessage("signature must have at least one target; archetype fan-club has none. (Parameter 'signature')");
    }

    [Fact]
    public void Ctor_DuplicateDimension_Throws()
    {
        var act = () => new BondArchetype("fan-club", "Fan club", "", [new(BondDimension.Affect, 0.9), new(BondDimension.Affect, 0.1)], "");
        act.Should().Throw<ArgumentException>()
            .WithMessage("signature must name each dimension at most once; archetype fan-club names affect twice. (Parameter 'signature')");
    }

    [Fact]
    public void Ctor_DefaultTarget_Throws()
    {
        var act = () => new BondArchetype("fan-club", "Fan club", "", [default], "");
        act.Should().Throw<ArgumentException>()
            .WithMessage("signature must not hold a default BondTarget (weight 0); archetype fan-club does. Create targets with a constructor. (Parameter 'signature')");
    }

    [Fact]
    public void Ctor_NullArguments_Throw()
    {
        FluentActions.Invoking(() => new BondArchetype(null!, "x", "", Signature, "")).Should().Throw<ArgumentNullException>().WithParameterName("id");
        FluentActions.Invoking(() => new BondArchetype("x", null!, "", Signature, "")).Should().Throw<ArgumentNullException>().WithParameterName("displayName");
        FluentActions.Invoking(() => new BondArchetype("x", "x", null!, Signature, "")).Should().Throw<ArgumentNullException>().WithParameterName("description");
        FluentActions.Invoking(() => new BondArchetype("x", "x", "", null!, "")).Should().Throw<ArgumentNullException>().WithParameterName("signature");
        FluentActions.Invoking(() => new BondArchetype("x", "x", "", Signature, null!)).Should().Throw<ArgumentNullException>().WithParameterName("source");
    }

    [Fact]
    public void Ctor_CopiesTheSignature()
    {
        var list = new List<BondTarget>(Signature);
        var archetype = new BondArchetype("fan-club", "Fan club", "", list, "");
        list.Add(new BondTarget(BondDimension.Basis, 1));
        archetype.Signature.Should().HaveCount(2);
        (archetype.Signature as BondTarget[]).Should().BeNull("the signature is exposed read-only");
    }
}
