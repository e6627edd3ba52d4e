using RelationshipKit.Benefits;

namespace RelationshipKit.Tests.Benefits;

public class BenefitRatingTests
{
    private static readonly CustomerId Anna = new("anna");

    [Fact]
    public void Ctor_KeepsTheAnswer()
    {
        var rating = new BenefitRating(Anna, Benefit.Confidence, 5, 3);
        rating.Respondent.Should().Be(Anna);
        rating.Benefit.Should().Be(Benefit.Confidence);
        rating.Importance.Should().Be(5);
        rating.Performance.Should().Be(3);
        rating.ToString().Should().Be("anna confidence: importance 5, performance 3");
    }

    [Fact]
    public void Ctor_DefaultRespondent_Throws()
    {
        var act = () => new BenefitRating(default, Benefit.Confidence, 5, 3);
        act.Should().Throw<ArgumentException>().WithMessage("respondent must be set; was the default CustomerId. (Parameter 'respondent')");
    }

    [Fact]
    public void Ctor_NullBenefit_Throws()
    {
        var act = () => new BenefitRating(Anna, null!, 5, 3);
        act.Should().Throw<ArgumentNullException>().WithParameterName("benefit");
    }

    [Fact]
    public void Ctor_ImportanceBelowOne_Throws()
    {
        var act = () => new BenefitRating(Anna, Benefit.Social, 0, 3);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"importance must be a Likert score >= 1; was 0. (Parameter 'importance'){Environment.NewLine}Actual value was 0.");
    }

    [Fact]
    public void Ctor_PerformanceBelowOne_Throws()
    {
        var act = () => new BenefitRating(Anna, Benefit.Social, 3, -2);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"performance must be a Likert score >= 1; was -2. (Parameter 'performance'){Environment.NewLine}Actual value was -2.");
    }

    [Fact]
    public void Equality_AllFourProperties()
    {
        EqualityContract.Verify(
            new BenefitRating(Anna, Benefit.Social, 3, 4),
            new BenefitRating(new CustomerId(" anna "), Benefit.Social, 3, 4),
            new BenefitRating(new CustomerId("bob"), Benefit.Social, 3, 4),
            new BenefitRating(Anna, Benefit.Purpose, 3, 4),
            new BenefitRating(Anna, Benefit.Social, 2, 4),
            new BenefitRating(Anna, Benefit.Social, 3, 5));
    }
}
