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
        AttributeLevel maximumCostToServe,
        RelationshipTypeAssessment[] ranked,
        RelationshipTypeAssessment[] rejectedCheaper,
        string explanation)
    {
        Needs = needs;
        Tier = tier;
        MaximumCostToServe = maximumCostToServe;
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

    /// <summary>Gets the highest cost to serve the value tier allows.</summary>
    public AttributeLevel MaximumCostToServe { get; }

    /// <summary>Gets a value indicating whether the recommended type meets every need.</summary>
    public bool MeetsAllNeeds => Ranked[0].MeetsAllNeeds;

    /// <summary>Gets a value indicating whether the recommended type's cost to serve is within the value tier's budget.</summary>
    public bool IsWithinBudget => Ranked[0].IsWithinBudget;

    /// <summary>Gets every offered type, assessed and ranked: fewest unmet needs first, then within budget before over budget, then cheapest first.</summary>
    public IReadOnlyList<RelationshipTypeAssessment> Ranked { get; }

    /// <summary>Gets the offered types cheaper than the recommended one, cheapest first, each with the reasons it was rejected.</summary>
    public IReadOnlyList<RelationshipTypeAssessment> RejectedCheaper { get; }

    /// <summary>Gets a plain-English explanation of the choice, naming why each cheaper type was rejected.</summary>
    public string Explanation { get; }

    /// <summary>Returns the explanation.</summary>
    /// <returns>The <see cref="Explanation"/>.</returns>
    public override string ToString() => Explanation;
}
