namespace RelationshipKit.RelationshipTypes;

/// <summary>Represents the rule that decided a <see cref="RelationshipTypeRecommendation"/>.</summary>
/// <remarks>The <c>default</c> value is <see cref="CheapestWithinBudget"/>.</remarks>
public enum RecommendationRule
{
    /// <summary>The cheapest offered type that meets every need within the budget ("good-enough service at the lowest cost").</summary>
    CheapestWithinBudget = 0,

    /// <summary>A most valuable customer (MVC) is offered dedicated personal assistance, which the budget allows and which meets as many needs as any other type.</summary>
    MostValuableCustomer = 1,

    /// <summary>Only types over the budget meet every need: the cheapest of them, flagged over budget.</summary>
    NeedsOverBudget = 2,

    /// <summary>No offered type meets every need: the type that leaves the fewest unmet.</summary>
    FewestUnmetNeeds = 3,
}
