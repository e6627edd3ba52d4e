namespace RelationshipKit.RelationshipTypes;

/// <summary>
/// Represents how well one relationship type fits a customer: which needs it leaves unmet and whether its cost to
/// serve is within the budget of the customer's value tier.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class RelationshipTypeAssessment
{
    internal RelationshipTypeAssessment(RelationshipTypeInfo info, CustomerNeed[] unmetNeeds, bool isWithinBudget, string[] reasons)
    {
        Info = info;
        UnmetNeeds = Array.AsReadOnly(unmetNeeds);
        IsWithinBudget = isWithinBudget;
        Reasons = Array.AsReadOnly(reasons);
    }

    /// <summary>Gets the relationship type assessed, with its attributes.</summary>
    public RelationshipTypeInfo Info { get; }

    /// <summary>Gets the needs the type does not meet, in the order of <see cref="CustomerNeed"/>; empty when it meets them all.</summary>
    public IReadOnlyList<CustomerNeed> UnmetNeeds { get; }

    /// <summary>Gets a value indicating whether the type meets every need.</summary>
    public bool MeetsAllNeeds => UnmetNeeds.Count == 0;

    /// <summary>Gets a value indicating whether the type's cost to serve is within the budget of the customer's value tier.</summary>
    public bool IsWithinBudget { get; }

    /// <summary>Gets why the type falls short: one sentence fragment per unmet need, then one for the budget when it is exceeded; empty when it fits.</summary>
    public IReadOnlyList<string> Reasons { get; }

    /// <summary>Returns the type and its shortcomings.</summary>
    /// <returns>The text, for example <c>self-service: offers no human contact but a named contact is needed</c>, or <c>self-service: fits</c>.</returns>
    public override string ToString() => Info.Name + ": " + (Reasons.Count == 0 ? "fits" : string.Join(", ", Reasons));
}
