using NodaTime;
using RelationshipKit.Benefits;
using RelationshipKit.Idic.Customize;
using RelationshipKit.RelationshipTypes;
using RelationshipKit.Satisfaction;

namespace RelationshipKit.Idic.Tests.Customize;

public class TreatmentRulesTests
{
    private static readonly CustomerId Jan = new("c-1");
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 1, 12, 0);

    // Ratings 5, 4, 3 at days 0, 45, 90: slope -1 per 45 days = -2 per 90 days.
    private static SatisfactionTrend Falling() => SatisfactionTrend.Of(
        new[] { 5, 4, 3 }.Select((score, i) => new SatisfactionRating(Jan, score, SatisfactionScale.FivePoint, Start + Duration.FromDays(45 * i), PurchaseCyclePhase.After)));

    [Fact]
    public void Decide_MostValuableWithFallingSatisfaction_ListsEveryRuleAndWhy()
    {
        var facts = new TreatmentFacts(Jan, ValueTier.MostValuable, BenefitCategory.SpecialTreatment, "commitment", Falling(), marketingConsent: true);

        var decision = TreatmentRules.Default.Decide(facts);

        decision.Name.Should().Be("falling-satisfaction");
        decision.Outcomes.Select(o => o.ToString()).Should().Equal(
            "fired falling-satisfaction: satisfaction trend -2 per 90 days",
            "fired most-valuable: tier is MostValuable",
            "not fired most-growable: tier is MostValuable, not MostGrowable",
            "not fired prospect: lifecycle stage is commitment, not exploration",
            "not fired below-zero: tier is MostValuable, not BelowZero",
            "fired every-customer: no conditions");
        decision.CareActivities.Should().Equal(
            CareActivity.PersonalContact, CareActivity.RootCauseFollowUp, CareActivity.ValuableCustomerFollowUp,
            CareActivity.ProductNewsByManager, CareActivity.KeyAccountAlert, CareActivity.SatisfactionSurvey);
        decision.CareRules.Should().Equal("falling-satisfaction", "falling-satisfaction", "most-valuable", "most-valuable", "most-valuable", "every-customer");
        decision.RelationshipType.Type.Should().Be(RelationshipType.DedicatedPersonalAssistance);
        decision.RelationshipType.Rule.Should().Be(RecommendationRule.MostValuableCustomer);
        decision.Offers.Should().BeEmpty();
        decision.OffersWithheldBecause.Should().BeNull();

        var treatment = decision.ToTreatment();
        treatment.Name.Should().Be("falling-satisfaction");
        treatment.Actions.Should().Equal(
            "relationship-type:dedicated-personal-assistance", "care:personal-contact", "care:root-cause-follow-up", "care:valuable-customer-follow-up",
            "care:product-news-by-manager", "care:key-account-alert", "care:satisfaction-survey");
        treatment.Reasons[0].Should().Be("relationship type dedicated-personal-assistance by the recommender's MostValuableCustomer rule");
        treatment.Reasons.Should().HaveCount(7);
    }

    [Fact]
    public void Decide_BelowZero_HoldsTheBudgetLowAndEndsTheRules()
    {
        var needs = new CustomerNeeds { HumanContact = HumanContact.NamedContact };
        var facts = new TreatmentFacts(Jan, ValueTier.BelowZero, needs: needs);

        var decision = TreatmentRules.Default.Decide(facts);

        decision.Name.Should().Be("below-zero");
        decision.Outcomes[0].ToString().Should().Be("not fired falling-satisfaction: satisfaction trend unknown");
        decision.Outcomes[3].ToString().Should().Be("not fired prospect: lifecycle stage unknown");
        decision.Outcomes[5].ToString().Should().Be("not evaluated every-customer: below-zero fired and ends the rules");
        decision.Outcomes[5].Evaluated.Should().BeFalse();
        decision.CareActivities.Should().BeEmpty();
        decision.RelationshipType.Budget.Should().Be(AttributeLevel.Low);
        decision.RelationshipType.Rule.Should().Be(RecommendationRule.NeedsOverBudget, "a named contact costs more than the low budget the rule sets");
        decision.RelationshipType.IsWithinBudget.Should().BeFalse();
        decision.RelationshipType.Explanation.Should().Contain("the budget given (low)");
    }

    [Fact]
    public void Decide_OffersNeedConsentToMarketing()
    {
        var growable = (bool? consent) => TreatmentRules.Default.Decide(new TreatmentFacts(Jan, ValueTier.MostGrowable, marketingConsent: consent));

        growable(true).Offers.Should().Equal("cross-sell");
        growable(false).Offers.Should().BeEmpty();
        growable(false).OffersWithheld.Should().Equal("cross-sell");
        growable(false).OffersWithheldBecause.Should().Be("no consent to marketing");
        growable(null).OffersWithheldBecause.Should().Be("consent to marketing not checked");
        growable(false).ToTreatment().Reasons.Should().Contain("offers withheld (cross-sell): no consent to marketing");
    }

    [Fact]
    public void Decide_ConditionsOnSegmentConsentContactAndCustom()
    {
        var rules = new TreatmentRules(
        [
            new("social-club", [TreatmentCondition.SegmentIs(BenefitCategory.Social), TreatmentCondition.MarketingConsent()], offers: ["club-invite"]),
            new("call-now", [TreatmentCondition.ContactAllowedNow()], careActivities: [CareActivity.PersonalContact]),
            new("vip-flag", [TreatmentCondition.Custom("customer id starts with v", f => f.Customer.Value.StartsWith('v'))]),
        ]);

        var facts = new TreatmentFacts(Jan, segment: BenefitCategory.Social, marketingConsent: false, contactAllowedNow: true);
        var decision = rules.Decide(facts);

        decision.Name.Should().Be("call-now");
        decision.Outcomes.Select(o => o.ToString()).Should().Equal(
            "not fired social-club: no consent to marketing",
            "fired call-now: contact allowed now",
            "not fired vip-flag: not customer id starts with v");
        rules.Decide(new TreatmentFacts(Jan)).Name.Should().Be("default");
        rules.Decide(new TreatmentFacts(Jan)).Outcomes[1].Reason.Should().Be("contact policy not checked");
    }

    [Fact]
    public void BadInput_ThrowsNamingTheRule()
    {
        var twice = () => new TreatmentRules([new("a"), new("a")]);
        twice.Should().Throw<ArgumentException>().WithMessage("rules must have distinct names; \"a\" appears twice. (Parameter 'rules')");
        var name = () => new TreatmentRule("Not Kebab");
        name.Should().Throw<ArgumentException>().WithMessage("*name*kebab*");
        var tiers = () => TreatmentCondition.TierIs();
        tiers.Should().Throw<ArgumentException>().WithMessage("tiers must name at least one value. (Parameter 'tiers')");
        var falling = () => TreatmentCondition.SatisfactionFalling(double.NaN);
        falling.Should().Throw<ArgumentOutOfRangeException>().WithMessage("pointsPer90Days must be finite and 0 or more; was NaN.*");
        var offer = () => new TreatmentRule("x", offers: [" "]);
        offer.Should().Throw<ArgumentException>().WithMessage("offers must not hold blank codes. (Parameter 'offers')");
    }
}
