using RelationshipKit.Benefits;
using RelationshipKit.Idic.Differentiate;

namespace RelationshipKit.Idic.Tests.Differentiate;

public class NeedsSegmentationTests
{
    private static readonly CustomerId Anna = new("c-1");
    private static readonly CustomerId Jan = new("c-2");
    private static readonly CustomerId Ola = new("c-3");

    [Fact]
    public void Assign_ObservedNeedWins_AndDisagreementsAreListed()
    {
        var ratings = new[]
        {
            new BenefitRating(Anna, Benefit.Social, importance: 5, performance: 3),
            new BenefitRating(Anna, Benefit.SpecialTreatment, importance: 3, performance: 3),
            new BenefitRating(Jan, Benefit.Confidence, importance: 4, performance: 2),
        };
        var evidence = new[]
        {
            NeedsEvidence.FromRatings(Anna, ratings, new Dictionary<BenefitCategory, double> { [BenefitCategory.SpecialTreatment] = 0.61, [BenefitCategory.Social] = 0.40 }),
            NeedsEvidence.FromRatings(Jan, ratings, new Dictionary<BenefitCategory, double> { [BenefitCategory.Confidence] = 0.5 }),
            NeedsEvidence.FromRatings(Ola, ratings),
        };

        var segmentation = NeedsSegmentation.Assign(evidence);

        segmentation.Segments.Select(s => s.ToString()).Should().Equal(
            "c-1: special-treatment - observed top special-treatment (0.61 vs social 0.4); declared top social (5 vs special-treatment 3): they disagree, the observed need wins",
            "c-2: confidence - observed top confidence (0.5); declared top confidence (4): they agree",
            "c-3: no segment - no evidence");
        segmentation.Disagreements.Select(s => s.Customer).Should().Equal(Anna);
        segmentation.Counts().Should().Equal(new Dictionary<BenefitCategory, int> { [BenefitCategory.Confidence] = 1, [BenefitCategory.SpecialTreatment] = 1 });
    }

    [Fact]
    public void Assign_Tie_GoesToTheEarlierCategoryAndSaysSo()
    {
        var evidence = new NeedsEvidence(Anna, new Dictionary<BenefitCategory, double> { [BenefitCategory.Experience] = 4, [BenefitCategory.Social] = 4 }, new Dictionary<BenefitCategory, double>());
        NeedsSegmentation.Assign([evidence]).Segments.Single().Explanation.Should().Be("declared top social (4, tied with experience: the earlier category wins)");
    }

    [Fact]
    public void Assign_DuplicateCustomerOrNaN_Throws()
    {
        var empty = new Dictionary<BenefitCategory, double>();
        var e = new NeedsEvidence(Anna, empty, empty);
        var act = () => NeedsSegmentation.Assign([e, e]);
        act.Should().Throw<ArgumentException>().WithMessage("evidence must hold one item per customer; c-1 appears twice. (Parameter 'evidence')");
        var nan = () => new NeedsEvidence(Anna, new Dictionary<BenefitCategory, double> { [BenefitCategory.Social] = double.NaN }, empty);
        nan.Should().Throw<ArgumentOutOfRangeException>().WithMessage("declared must hold finite scores; the score of Social was not finite; was NaN.*");
    }

    [Fact]
    public void DifferentiationRun_TiersThroughTheCore_WithMigrationsSinceTheLastRun()
    {
        static CustomerValuation V(CustomerId id, decimal actual, decimal potential, decimal cost) =>
            new(id, new Money(actual, Currency.Pln), new Money(potential, Currency.Pln), new Money(cost, Currency.Pln));
        var needs = Array.Empty<NeedsEvidence>();
        var first = DifferentiationRun.Run([V(Anna, 100, 120, 10), V(Jan, 5, 6, 40), V(Ola, 50, 400, 10)], needs);
        var second = DifferentiationRun.Run([V(Anna, 100, 120, 10), V(Jan, 90, 95, 10), V(Ola, 50, 400, 10)], needs, previous: first);

        first.Tiers[Jan].Tier.Should().Be(ValueTier.BelowZero);
        first.Migrations.Should().BeEmpty();
        second.Migrations.Should().Contain(m => m.Customer == Jan && m.From == ValueTier.BelowZero);
        second.Tiers[Jan].Tier.Should().NotBe(ValueTier.BelowZero);
    }
}
