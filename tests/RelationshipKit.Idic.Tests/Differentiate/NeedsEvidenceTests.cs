using RelationshipKit.Benefits;
using RelationshipKit.Idic.Differentiate;

namespace RelationshipKit.Idic.Tests.Differentiate;

public class NeedsEvidenceTests
{
    private static IReadOnlyList<BenefitRating> Ratings() =>
        [.. DerivedImportanceSample.Answers().Select(a => new BenefitRating(new CustomerId(a.Respondent), Benefit.Standard.Single(b => b.Name == a.Benefit), a.Importance, a.Performance))];

    private static IReadOnlyDictionary<CustomerId, double> Outcomes() =>
        DerivedImportanceSample.RepeatPurchases().ToDictionary(p => new CustomerId(p.Key), p => p.Value);

    [Fact]
    public void FromDerivedImportance_ObservedScoresAreTheCoresCorrelations()
    {
        var derived = DerivedImportance.Analyze(Ratings(), LikertScale.FivePoint, Outcomes());

        var evidence = NeedsEvidence.FromDerivedImportance(new CustomerId("r01"), Ratings(), derived);

        evidence.Observed.Keys.Should().BeEquivalentTo([BenefitCategory.Confidence, BenefitCategory.Social, BenefitCategory.SpecialTreatment, BenefitCategory.Experience]);
        evidence.Observed[BenefitCategory.Social].Should().BeApproximately(0.8808410462172104, 1e-12);
        evidence.Observed[BenefitCategory.SpecialTreatment].Should().BeApproximately(0.1432129255713703, 1e-12);
        evidence.Declared.Should().Equal(new Dictionary<BenefitCategory, double>
        {
            [BenefitCategory.Confidence] = 4, [BenefitCategory.Social] = 3, [BenefitCategory.SpecialTreatment] = 4, [BenefitCategory.Experience] = 3,
        });
        var segment = NeedsSegmentation.Assign([evidence]).Segments.Single();
        segment.Segment.Should().Be(BenefitCategory.Social, "the real (observed) need wins over the declared one (seed 001)");
        segment.Explanation.Should().Be(
            "observed top social (0.881 vs experience 0.429); declared top confidence (4, tied with special-treatment: the earlier category wins): they disagree, the observed need wins");
    }

    [Fact]
    public void FromDerivedImportance_WholeSurvey_OneEvidencePerRespondentAllDisagreementsListed()
    {
        var derived = DerivedImportance.Analyze(Ratings(), LikertScale.FivePoint, Outcomes());

        var evidence = NeedsEvidence.FromDerivedImportance(Ratings(), derived);
        var segmentation = NeedsSegmentation.Assign(evidence);

        evidence.Should().HaveCount(30);
        evidence[0].Customer.Should().Be(new CustomerId("r01"));
        segmentation.Counts().Should().Equal(new Dictionary<BenefitCategory, int> { [BenefitCategory.Social] = 30 });
        // Nobody declares social his top need (stated mean 2.6, rank 4), yet it drives repeat purchases most.
        segmentation.Disagreements.Should().HaveCount(30);
    }

    [Fact]
    public void FromDerivedImportance_TooFewRespondents_NoObservedEvidenceSoTheDeclaredNeedStands()
    {
        var outcomes = Outcomes().Where(p => p.Key.Value != "r30").ToDictionary(p => p.Key, p => p.Value);
        var derived = DerivedImportance.Analyze(Ratings(), LikertScale.FivePoint, outcomes);

        var evidence = NeedsEvidence.FromDerivedImportance(new CustomerId("r02"), Ratings(), derived);

        derived.Status.Should().Be(DerivedImportanceStatus.TooFewRespondents);
        evidence.Observed.Should().BeEmpty();
        NeedsSegmentation.Assign([evidence]).Segments.Single().Segment.Should().Be(BenefitCategory.SpecialTreatment);
    }

    [Fact]
    public void FromDerivedImportance_NullArguments_Throw()
    {
        var derived = DerivedImportance.Analyze(Ratings(), LikertScale.FivePoint, Outcomes());
        var noResult = () => NeedsEvidence.FromDerivedImportance(new CustomerId("r01"), Ratings(), null!);
        noResult.Should().Throw<ArgumentNullException>().WithParameterName("derived");
        var noRatings = () => NeedsEvidence.FromDerivedImportance(null!, derived);
        noRatings.Should().Throw<ArgumentNullException>().WithParameterName("ratings");
    }
}
