using RelationshipKit.Benefits;

namespace RelationshipKit.Tests.Benefits;

public class BenefitTests
{
    [Fact]
    public void Standard_OnePerCategoryInCategoryOrder()
    {
        Benefit.Standard.Select(b => b.Name).Should().Equal("confidence", "social", "special-treatment", "purpose", "experience");
        Benefit.Standard.Select(b => b.Category).Should().Equal(Enum.GetValues<BenefitCategory>());
        Benefit.Standard.Should().OnlyContain(b => b.Recipient == ValueRecipient.Individual);
        Benefit.Standard.Where(b => b.Nature == BenefitNature.Functional).Should().Equal(Benefit.SpecialTreatment);
    }

    [Theory]
    [InlineData(BenefitCategory.Confidence, "confidence")]
    [InlineData(BenefitCategory.Social, "social")]
    [InlineData(BenefitCategory.SpecialTreatment, "special-treatment")]
    [InlineData(BenefitCategory.Purpose, "purpose")]
    [InlineData(BenefitCategory.Experience, "experience")]
    public void ForCategory_ReturnsTheStandardBenefit(BenefitCategory category, string name)
    {
        var benefit = Benefit.ForCategory(category);
        benefit.Name.Should().Be(name);
        benefit.Category.Should().Be(category);
        benefit.ToString().Should().Be(name);
    }

    [Fact]
    public void ForCategory_Undefined_Throws()
    {
        var act = () => Benefit.ForCategory((BenefitCategory)9);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"category must be a defined BenefitCategory value; was 9. (Parameter 'category'){Environment.NewLine}Actual value was 9.");
    }

    [Fact]
    public void Ctor_FinerBenefit_KeepsEverything()
    {
        var benefit = new Benefit("career-credit", BenefitCategory.Social, BenefitNature.Emotional, ValueRecipient.Individual);
        benefit.Name.Should().Be("career-credit");
        benefit.Category.Should().Be(BenefitCategory.Social);
        benefit.Nature.Should().Be(BenefitNature.Emotional);
        benefit.Recipient.Should().Be(ValueRecipient.Individual);
    }

    [Theory]
    [InlineData("Faster")]
    [InlineData("faster service")]
    [InlineData("-faster")]
    [InlineData("faster-")]
    [InlineData("faster--service")]
    [InlineData("")]
    [InlineData("szybsza-obsługa")]
    public void Ctor_NameNotKebabCase_Throws(string name)
    {
        var act = () => new Benefit(name, BenefitCategory.SpecialTreatment, BenefitNature.Functional, ValueRecipient.Individual);
        act.Should().Throw<ArgumentException>()
            .WithMessage($"name must be kebab-case (lower-case ASCII letters and digits joined by single hyphens) and at most 64 characters; was \"{name}\". (Parameter 'name')");
    }

    [Fact]
    public void Ctor_NameTooLong_Throws()
    {
        var name = new string('a', 65);
        var act = () => new Benefit(name, BenefitCategory.SpecialTreatment, BenefitNature.Functional, ValueRecipient.Individual);
        act.Should().Throw<ArgumentException>().WithParameterName("name");
        new Benefit(new string('a', 64), BenefitCategory.Purpose, BenefitNature.Emotional, ValueRecipient.Individual).Name.Should().HaveLength(64);
    }

    [Fact]
    public void Ctor_NullName_Throws()
    {
        var act = () => new Benefit(null!, BenefitCategory.Social, BenefitNature.Emotional, ValueRecipient.Individual);
        act.Should().Throw<ArgumentNullException>().WithParameterName("name");
    }

    [Fact]
    public void Ctor_UndefinedCategory_Throws()
    {
        var act = () => new Benefit("x", (BenefitCategory)5, BenefitNature.Emotional, ValueRecipient.Individual);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"category must be a defined BenefitCategory value; was 5. (Parameter 'category'){Environment.NewLine}Actual value was 5.");
    }

    [Fact]
    public void Ctor_UndefinedNature_Throws()
    {
        var act = () => new Benefit("x", BenefitCategory.Social, (BenefitNature)2, ValueRecipient.Individual);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"nature must be a defined BenefitNature value; was 2. (Parameter 'nature'){Environment.NewLine}Actual value was 2.");
    }

    [Fact]
    public void Ctor_UndefinedRecipient_Throws()
    {
        var act = () => new Benefit("x", BenefitCategory.Social, BenefitNature.Emotional, (ValueRecipient)(-1));
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"recipient must be a defined ValueRecipient value; was -1. (Parameter 'recipient'){Environment.NewLine}Actual value was -1.");
    }

    [Fact]
    public void WithNatureAndWithRecipient_ReturnChangedCopies()
    {
        var forOrganisation = Benefit.SpecialTreatment.WithRecipient(ValueRecipient.Organisation);
        forOrganisation.Recipient.Should().Be(ValueRecipient.Organisation);
        forOrganisation.Name.Should().Be("special-treatment");
        Benefit.SpecialTreatment.Recipient.Should().Be(ValueRecipient.Individual);
        Benefit.Confidence.WithNature(BenefitNature.Functional).Nature.Should().Be(BenefitNature.Functional);
    }

    [Fact]
    public void WithNature_Undefined_Throws()
    {
        var act = () => Benefit.Confidence.WithNature((BenefitNature)7);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("nature");
    }

    [Fact]
    public void WithRecipient_Undefined_Throws()
    {
        var act = () => Benefit.Confidence.WithRecipient((ValueRecipient)7);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("recipient");
    }

    [Fact]
    public void Equality_AllFourProperties()
    {
        EqualityContract.Verify(
            Benefit.Social,
            new Benefit("social", BenefitCategory.Social, BenefitNature.Emotional, ValueRecipient.Individual),
            new Benefit("rapport", BenefitCategory.Social, BenefitNature.Emotional, ValueRecipient.Individual),
            new Benefit("social", BenefitCategory.Experience, BenefitNature.Emotional, ValueRecipient.Individual),
            Benefit.Social.WithNature(BenefitNature.Functional),
            Benefit.Social.WithRecipient(ValueRecipient.Organisation));
        (Benefit.Social == null).Should().BeFalse();
        ((Benefit?)null == null).Should().BeTrue();
    }
}
