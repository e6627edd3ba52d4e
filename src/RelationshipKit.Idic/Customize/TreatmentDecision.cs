using RelationshipKit.Idic.Pipeline;
using RelationshipKit.RelationshipTypes;

namespace RelationshipKit.Idic.Customize;

/// <summary>
/// Represents the treatment chosen for a customer: its name (the first rule that fired), the relationship type the
/// core recommender chose, the offers made and withheld, the care activities planned, and every rule's outcome.
/// </summary>
/// <remarks>Created by <see cref="TreatmentRules.Decide"/>. Equality is reference equality. This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class TreatmentDecision
{
    internal TreatmentDecision(
        TreatmentFacts facts,
        string name,
        RelationshipTypeRecommendation relationshipType,
        string[] offers,
        string[] offersWithheld,
        string? offersWithheldBecause,
        (CareActivity Activity, string Rule)[] care,
        TreatmentRuleOutcome[] outcomes)
    {
        Facts = facts;
        Name = name;
        RelationshipType = relationshipType;
        Offers = Array.AsReadOnly(offers);
        OffersWithheld = Array.AsReadOnly(offersWithheld);
        OffersWithheldBecause = offersWithheldBecause;
        CareActivities = Array.AsReadOnly(care.Select(c => c.Activity).ToArray());
        CareRules = Array.AsReadOnly(care.Select(c => c.Rule).ToArray());
        Outcomes = Array.AsReadOnly(outcomes);
    }

    /// <summary>Gets the facts the rules read.</summary>
    public TreatmentFacts Facts { get; }

    /// <summary>Gets the treatment's name: the first rule that fired, or <c>default</c> when none did.</summary>
    public string Name { get; }

    /// <summary>Gets the relationship type the core recommender chose, with its explanation.</summary>
    public RelationshipTypeRecommendation RelationshipType { get; }

    /// <summary>Gets the offers to make, in rule order without repeats.</summary>
    public IReadOnlyList<string> Offers { get; }

    /// <summary>Gets the offers the rules gave but that may not be made.</summary>
    public IReadOnlyList<string> OffersWithheld { get; }

    /// <summary>Gets why offers were withheld; <see langword="null"/> when none were.</summary>
    public string? OffersWithheldBecause { get; }

    /// <summary>Gets the care activities to plan, in rule order without repeats.</summary>
    public IReadOnlyList<CareActivity> CareActivities { get; }

    /// <summary>Gets, for each of <see cref="CareActivities"/>, the rule that planned it.</summary>
    public IReadOnlyList<string> CareRules { get; }

    /// <summary>Gets every rule's outcome, in rule order.</summary>
    public IReadOnlyList<TreatmentRuleOutcome> Outcomes { get; }

    /// <summary>Gets the rules that fired.</summary>
    public IEnumerable<TreatmentRuleOutcome> Fired => Outcomes.Where(o => o.Fired);

    /// <summary>Converts the decision to the pipeline's <see cref="Treatment"/>: actions <c>relationship-type:…</c>, <c>offer:…</c>, <c>care:…</c>; reasons: the recommender's rule, then every rule's outcome; <see cref="Treatment.Decision"/> is this decision.</summary>
    /// <returns>The treatment.</returns>
    public Treatment ToTreatment() => Convert().With(this, null);

    /// <summary>Converts the decision and the customer's care plan to the pipeline's <see cref="Treatment"/>, as <see cref="ToTreatment()"/> with <see cref="Treatment.CarePlan"/> set.</summary>
    /// <param name="carePlan">The customer's care plan, made from this decision.</param>
    /// <returns>The treatment.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="carePlan"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="carePlan"/> is another customer's.</exception>
    public Treatment ToTreatment(CarePlan carePlan)
    {
        ArgumentNullException.ThrowIfNull(carePlan);
        if (carePlan.Customer != Facts.Customer)
        {
            throw new ArgumentException($"carePlan must be {Facts.Customer}'s; was {carePlan.Customer}'s.", nameof(carePlan));
        }

        return Convert().With(this, carePlan);
    }

    /// <summary>Returns the name, relationship type, offers and care activities.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Convert().ToString();

    private Treatment Convert()
    {
        var actions = new List<string> { "relationship-type:" + RelationshipTypeInfo.For(RelationshipType.Type).Name };
        actions.AddRange(Offers.Select(o => "offer:" + o));
        actions.AddRange(CareActivities.Select(a => "care:" + CareActivitiesInfo(a)));
        var reasons = new List<string> { $"relationship type {RelationshipTypeInfo.For(RelationshipType.Type).Name} by the recommender's {RelationshipType.Rule} rule" };
        if (OffersWithheldBecause is { } why)
        {
            reasons.Add($"offers withheld ({string.Join(", ", OffersWithheld)}): {why}");
        }

        reasons.AddRange(Outcomes.Select(o => o.ToString()));
        return new Treatment(Name, actions, reasons);
    }

    private static string CareActivitiesInfo(CareActivity activity) => Customize.CareActivities.Describe(activity).Name;
}
