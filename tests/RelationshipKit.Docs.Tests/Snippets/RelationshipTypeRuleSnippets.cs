using RelationshipKit.RelationshipTypes;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>Code shown on docs/concepts/relationship-types.md (the most-valuable-customer rule and budgets), compiled and checked here.</summary>
public class RelationshipTypeRuleSnippets
{
    [Fact]
    public void MostValuable()
    {
        #region relationship-types-most-valuable
        var recommender = RelationshipTypeRecommender.Default;

        var mvc = recommender.Recommend(
            CustomerNeeds.None, ValueTier.MostValuable);
        // DedicatedPersonalAssistance, Rule: MostValuableCustomer

        var tight = recommender.Recommend(
            CustomerNeeds.None, ValueTier.MostValuable,
            budget: AttributeLevel.Medium);
        // SelfService, Rule: CheapestWithinBudget; the explanation ends
        // "The most-valuable-customer rule did not apply: the budget
        // given (medium) forbids dedicated-personal-assistance
        // (cost to serve very high)."
        #endregion

        mvc.Type.Should().Be(RelationshipType.DedicatedPersonalAssistance);
        mvc.Rule.Should().Be(RecommendationRule.MostValuableCustomer);
        tight.Type.Should().Be(RelationshipType.SelfService);
        tight.Rule.Should().Be(RecommendationRule.CheapestWithinBudget);
        tight.Explanation.Should().EndWith(
            "The most-valuable-customer rule did not apply: the budget given (medium) forbids dedicated-personal-assistance (cost to serve very high).");
    }
}
