using RelationshipKit.Benefits;

namespace RelationshipKit.Tests.Benefits;

public class BenefitProfileTests
{
    private static readonly CustomerId R1 = new("r1");
    private static readonly CustomerId R2 = new("r2");

    [Fact]
    public void FromRatings_WorkedExample_CountsAndMeansComputedByHand()
    {
        // docs/concepts/benefits.md, worked example: sums of four answers divided by four.
        var profile = WorkedExample.Profile;
        profile.RespondentCount.Should().Be(4);
        profile.RatingCount.Should().Be(20);
        profile.Scale.Should().Be(LikertScale.FivePoint);
        profile.Scores.Select(s => (s.Benefit.Name, s.RespondentCount, s.MeanImportance, s.MeanPerformance, s.Gap)).Should().Equal(
            ("confidence", 4, 4.75, 2.5, 2.25),
            ("social", 4, 2.5, 3.5, -1.0),
            ("special-treatment", 4, 4.25, 4.25, 0.0),
            ("purpose", 4, 2.0, 2.0, 0.0),
            ("experience", 4, 3.75, 3.0, 0.75));
        profile.ToString().Should().Be("4 respondents, 5 benefits, scale 1-5");
    }

    [Fact]
    public void FromRatings_MeansAreTheNearestDoubles()
    {
        // Means 23 / 5 and 5 / 5; the gap is (23 - 5) / 5, the double nearest 3.6, where 4.6 - 1.0 in doubles is 3.5999999999999996.
        var ratings = new[] { (5, 1), (5, 1), (5, 1), (4, 1), (4, 1) }
            .Select((a, i) => new BenefitRating(new CustomerId("r" + i), Benefit.Experience, a.Item1, a.Item2));
        var score = BenefitProfile.FromRatings(ratings, LikertScale.FivePoint).Scores.Single();
        score.MeanImportance.Should().Be(4.6);
        score.MeanPerformance.Should().Be(1.0);
        score.Gap.Should().Be(3.6);
        score.ToString().Should().Be("experience: n=5, importance 4.6, performance 1, gap 3.6");
    }

    [Fact]
    public void FromRatings_SkippedBenefits_CountPerBenefit()
    {
        var profile = BenefitProfile.FromRatings(
            [new BenefitRating(R1, Benefit.Social, 4, 2), new BenefitRating(R2, Benefit.Social, 2, 2), new BenefitRating(R2, Benefit.Purpose, 7, 6)],
            LikertScale.SevenPoint);
        profile.RespondentCount.Should().Be(2);
        profile.Scores.Select(s => (s.Benefit.Name, s.RespondentCount)).Should().Equal(("social", 2), ("purpose", 1));
        profile.TryGetScore(Benefit.Purpose, out var purpose).Should().BeTrue();
        purpose!.MeanImportance.Should().Be(7);
        profile.TryGetScore(Benefit.Confidence, out var missing).Should().BeFalse();
        missing.Should().BeNull();
    }

    [Fact]
    public void FromRatings_FinerBenefits_OrderedByCategoryThenName()
    {
        var faster = new Benefit("faster-service", BenefitCategory.SpecialTreatment, BenefitNature.Functional, ValueRecipient.Individual);
        var discount = new Benefit("discount", BenefitCategory.SpecialTreatment, BenefitNature.Functional, ValueRecipient.Organisation);
        var profile = BenefitProfile.FromRatings(
            [new BenefitRating(R1, faster, 4, 2), new BenefitRating(R1, Benefit.Experience, 3, 3), new BenefitRating(R1, discount, 5, 2), new BenefitRating(R1, Benefit.Confidence, 5, 5)],
            LikertScale.FivePoint);
        profile.Scores.Select(s => s.Benefit.Name).Should().Equal("confidence", "discount", "faster-service", "experience");
    }

    [Fact]
    public void FromRatings_Null_Throws()
    {
        var act = () => BenefitProfile.FromRatings(null!, LikertScale.FivePoint);
        act.Should().Throw<ArgumentNullException>().WithParameterName("ratings");
    }

    [Fact]
    public void FromRatings_Empty_Throws()
    {
        var act = () => BenefitProfile.FromRatings([], LikertScale.FivePoint);
        act.Should().Throw<ArgumentException>().WithMessage("ratings must not be empty. (Parameter 'ratings')");
    }

    [Fact]
    public void FromRatings_NullElement_Throws()
    {
        var act = () => BenefitProfile.FromRatings([new BenefitRating(R1, Benefit.Social, 3, 3), null!], LikertScale.FivePoint);
        act.Should().Throw<ArgumentException>().WithMessage("ratings must not contain null; ratings[1] is null. (Parameter 'ratings')");
    }

    [Fact]
    public void FromRatings_ImportanceAboveScale_Throws()
    {
        var act = () => BenefitProfile.FromRatings([new BenefitRating(R1, Benefit.Social, 3, 3), new BenefitRating(R2, Benefit.Social, 6, 3)], LikertScale.FivePoint);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"ratings[1].Importance must be in [1, 5] on the 5-point scale; was 6. (Parameter 'ratings'){Environment.NewLine}Actual value was 6.");
    }

    [Fact]
    public void FromRatings_PerformanceAboveScale_Throws()
    {
        var act = () => BenefitProfile.FromRatings([new BenefitRating(R1, Benefit.Social, 3, 8)], LikertScale.SevenPoint);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"ratings[0].Performance must be in [1, 7] on the 7-point scale; was 8. (Parameter 'ratings'){Environment.NewLine}Actual value was 8.");
    }

    [Fact]
    public void FromRatings_SameRespondentAndBenefitTwice_Throws()
    {
        var act = () => BenefitProfile.FromRatings(
            [new BenefitRating(R1, Benefit.Social, 3, 3), new BenefitRating(R2, Benefit.Social, 3, 3), new BenefitRating(R1, Benefit.Social, 4, 4)],
            LikertScale.FivePoint);
        act.Should().Throw<ArgumentException>()
            .WithMessage("ratings must hold at most one rating per respondent and benefit; ratings[2] rates \"social\" by respondent \"r1\" again. (Parameter 'ratings')");
    }

    [Fact]
    public void FromRatings_OneNameForTwoBenefits_Throws()
    {
        var act = () => BenefitProfile.FromRatings(
            [new BenefitRating(R1, Benefit.SpecialTreatment, 3, 3), new BenefitRating(R2, Benefit.SpecialTreatment.WithRecipient(ValueRecipient.Organisation), 3, 3)],
            LikertScale.FivePoint);
        act.Should().Throw<ArgumentException>()
            .WithMessage("ratings must use each benefit name for one benefit; ratings[1] names \"special-treatment\" with category SpecialTreatment, nature Functional and recipient Organisation, but an earlier rating used category SpecialTreatment, nature Functional and recipient Individual. (Parameter 'ratings')");
    }

    [Fact]
    public void TryGetScore_Null_Throws()
    {
        var act = () => WorkedExample.Profile.TryGetScore(null!, out _);
        act.Should().Throw<ArgumentNullException>().WithParameterName("benefit");
    }
}
