namespace RelationshipKit.RelationshipTypes;

/// <summary>
/// Represents the relationship type recommended for a customer, with every offered type assessed and ranked and an
/// explanation of the choice.
/// </summary>
/// <remarks>
/// <para>The recommendation is always a type; whether it is a clean answer shows in <see cref="MeetsAllNeeds"/> and
/// <see cref="IsWithinBudget"/>. A type that meets every need but costs more than the value tier allows says that
/// the customer's needs cost more than the customer's value justifies: a business decision, not an error.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class RelationshipTypeRecommendation
{
    internal RelationshipTypeRecommendation(
        CustomerNeeds needs,
        ValueTier tier,
        AttributeLevel? budget,
        AttributeLevel maximumCostToServe,
        RecommendationRule rule,
        RelationshipTypeAssessment[] ranked,
        RelationshipTypeAssessment[] rejectedCheaper,
        string explanation)
    {
        Needs = needs;
        Tier = tier;
        Budget = budget;
        MaximumCostToServe = maximumCostToServe;
        Rule = rule;
        Ranked = Array.AsReadOnly(ranked);
        RejectedCheaper = Array.AsReadOnly(rejectedCheaper);
        Explanation = explanation;
    }

    /// <summary>Gets the recommended type (the first of <see cref="Ranked"/>).</summary>
    public RelationshipTypeInfo Recommended => Ranked[0].Info;

    /// <summary>Gets the recommended type's enum value.</summary>
    public RelationshipType Type => Recommended.Type;

    /// <summary>Gets the needs the recommendation was made for.</summary>
    public CustomerNeeds Needs { get; }

    /// <summary>Gets the value tier the recommendation was made for.</summary>
    public ValueTier Tier { get; }

    /// <summary>Gets the budget the caller gave, or <see langword="null"/> when the value tier set it.</summary>
    public AttributeLevel? Budget { get; }

    /// <summary>Gets the highest cost to serve allowed: the caller's <see cref="Budget"/>, or else the value tier's (<see cref="RelationshipTypeRecommender.MaximumCostToServe(ValueTier)"/>).</summary>
    public AttributeLevel MaximumCostToServe { get; }

    /// <summary>Gets the rule that decided the recommendation; <see cref="Explanation"/> says it in words.</summary>
    public RecommendationRule Rule { get; }

    /// <summary>Gets a value indicating whether the recommended type meets every need.</summary>
    public bool MeetsAllNeeds => Ranked[0].MeetsAllNeeds;

    /// <summary>Gets a value indicating whether the recommended type's cost to serve is within the value tier's budget.</summary>
    public bool IsWithinBudget => Ranked[0].IsWithinBudget;

    /// <summary>Gets every offered type, assessed and ranked: fewest unmet needs first, then within budget before over budget, then cheapest first; dedicated personal assistance first when <see cref="Rule"/> is <see cref="RecommendationRule.MostValuableCustomer"/>.</summary>
    public IReadOnlyList<RelationshipTypeAssessment> Ranked { get; }

    /// <summary>Gets the offered types cheaper than the recommended one, cheapest first, each with the reasons it was rejected.</summary>
    public IReadOnlyList<RelationshipTypeAssessment> RejectedCheaper { get; }

    /// <summary>Gets a plain-English explanation of the choice, naming why each cheaper type was rejected.</summary>
    public string Explanation { get; }

    /// <summary>Returns the explanation.</summary>
    /// <returns>The <see cref="Explanation"/>.</returns>
    public override string ToString() => Explanation;
}
