using RelationshipKit.Bonds;

namespace RelationshipKit.Tests.Bonds;

public class BondDimensionsTests
{
    [Fact]
    public void All_HasTheTwelveDimensionsInEnumOrder()
    {
        BondDimensions.Count.Should().Be(12);
        BondDimensions.All.Select(i => i.Dimension).Should().Equal(Enum.GetValues<BondDimension>());
        BondDimensions.All.Select(i => i.KebabName).Should().Equal(
            "voluntariness", "basis", "symmetry", "formality", "engagement", "interaction-frequency",
            "category-involvement", "switching-ease", "affect", "intensity", "duration", "visibility");
    }

    [Fact]
    public void All_PolesFollowTheSignConvention_SecondNamedPoleIsPlusOne()
    {
        BondDimensions.All.Select(i => $"{i.KebabName}: {i.NegativePole} -> {i.PositivePole}").Should().Equal(
            "voluntariness: imposed -> voluntary",
            "basis: rational -> emotional",
            "symmetry: asymmetric -> symmetric",
            "formality: informal -> formal",
            "engagement: passive -> active",
            "interaction-frequency: rare -> frequent",
            "category-involvement: low -> high",
            "switching-ease: hard to switch -> easy to switch",
            "affect: negative -> positive",
            "intensity: superficial -> intense",
            "duration: short-term -> enduring",
            "visibility: private -> public");
    }

    [Fact]
    public void All_EveryDimensionHasDescriptionAndSource()
    {
        foreach (var info in BondDimensions.All)
        {
            info.Description.Should().NotBeNullOrWhiteSpace();
            info.Source.Should().MatchRegex(@"(Bollen & Emes \(2008\)|Fournier \(1998\))");
        }

        BondDimensions.Get(BondDimension.Voluntariness).Source.Should().Be("Bollen & Emes (2008); Fournier (1998)");
        BondDimensions.Get(BondDimension.Basis).Source.Should().Be("Bollen & Emes (2008)");
        BondDimensions.Get(BondDimension.Visibility).Source.Should().Be("Fournier (1998)");
    }

    [Fact]
    public void Get_ReturnsTheDimensionsNamesAndPoles()
    {
        var info = BondDimensions.Get(BondDimension.InteractionFrequency);
        info.Dimension.Should().Be(BondDimension.InteractionFrequency);
        info.Name.Should().Be("interaction frequency");
        info.KebabName.Should().Be("interaction-frequency");
        info.NegativePole.Should().Be("rare");
        info.PositivePole.Should().Be("frequent");
        info.ToString().Should().Be("interaction frequency (rare … frequent)");
    }

    [Fact]
    public void Get_UndefinedDimension_Throws()
    {
        var act = () => BondDimensions.Get((BondDimension)12);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("dimension must be a defined BondDimension; was 12. (Parameter 'dimension')\nActual value was 12.");
    }

    [Theory]
    [InlineData("switching-ease", BondDimension.SwitchingEase)]
    [InlineData(" Category-Involvement ", BondDimension.CategoryInvolvement)]
    [InlineData("VISIBILITY", BondDimension.Visibility)]
    public void TryParse_KnownName_IgnoresCaseAndSurroundingSpace(string text, BondDimension expected)
    {
        BondDimensions.TryParse(text, out var dimension).Should().BeTrue();
        dimension.Should().Be(expected);
        BondDimensions.Parse(text).Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("switching_ease")]
    [InlineData("SwitchingEase")]
    [InlineData("loyalty")]
    public void TryParse_UnknownName_ReturnsFalse(string? text)
    {
        BondDimensions.TryParse(text, out var dimension).Should().BeFalse();
        dimension.Should().Be(default(BondDimension));
    }

    [Fact]
    public void Parse_UnknownName_ThrowsListingTheKnownNames()
    {
        var act = () => BondDimensions.Parse("loyalty");
        act.Should().Throw<ArgumentException>().WithMessage(
            "kebabName must be one of voluntariness, basis, symmetry, formality, engagement, interaction-frequency, category-involvement, switching-ease, affect, intensity, duration, visibility; was \"loyalty\". (Parameter 'kebabName')");
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        var act = () => BondDimensions.Parse(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("kebabName");
    }

    [Theory]
    [InlineData(-0.4, "rational")]
    [InlineData(0.0, "neutral")]
    [InlineData(1.0, "emotional")]
    public void PoleOf_NamesThePoleTheScoreLeansToward(double score, string expected) =>
        BondDimensions.Get(BondDimension.Basis).PoleOf(score).Should().Be(expected);

    [Fact]
    public void PoleOf_OutOfRange_Throws()
    {
        var act = () => BondDimensions.Get(BondDimension.Basis).PoleOf(1.5);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("score must be in [-1, 1]; was 1.5. (Parameter 'score')\nActual value was 1.5.");
    }

    [Fact]
    public void Role_FollowsSeed000()
    {
        BondDimensions.All.Select(i => (i.Dimension, i.Role)).Should().Equal(
            (BondDimension.Voluntariness, BondDimensionRole.Axis),
            (BondDimension.Basis, BondDimensionRole.Axis),
            (BondDimension.Symmetry, BondDimensionRole.KindOfBond),
            (BondDimension.Formality, BondDimensionRole.KindOfBond),
            (BondDimension.Engagement, BondDimensionRole.StructuralInfluence),
            (BondDimension.InteractionFrequency, BondDimensionRole.StructuralInfluence),
            (BondDimension.CategoryInvolvement, BondDimensionRole.Factor),
            (BondDimension.SwitchingEase, BondDimensionRole.Factor),
            (BondDimension.Affect, BondDimensionRole.Fournier),
            (BondDimension.Intensity, BondDimensionRole.Fournier),
            (BondDimension.Duration, BondDimensionRole.Fournier),
            (BondDimension.Visibility, BondDimensionRole.Fournier));
    }

    [Fact]
    public void InRole_ListsTheDimensionsOfARole()
    {
        BondDimensions.InRole(BondDimensionRole.Factor).Should().Equal(BondDimension.CategoryInvolvement, BondDimension.SwitchingEase);
        BondDimensions.InRole(BondDimensionRole.StructuralInfluence).Should().Equal(BondDimension.Engagement, BondDimension.InteractionFrequency);
    }

    [Fact]
    public void InRole_Undefined_Throws()
    {
        var act = () => BondDimensions.InRole((BondDimensionRole)9);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"role must be a defined BondDimensionRole value; was 9. (Parameter 'role'){Environment.NewLine}Actual value was 9.");
    }
}
