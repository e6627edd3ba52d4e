using RelationshipKit.RelationshipTypes;

namespace RelationshipKit.Idic.Customize;

/// <summary>
/// Represents one treatment rule: when all its conditions hold, it fires and gives the customer its offers and care
/// activities, and may set the cost-to-serve budget the relationship-type recommender works within.
/// </summary>
/// <remarks>
/// Rules run in the order given to <see cref="TreatmentRules"/>. A rule with <see cref="EndsEvaluation"/> stops the
/// rules after it when it fires (the later ones are reported as not evaluated). Equality is reference equality. This
/// type is immutable and thread-safe.
/// </remarks>
[Immutable]
public sealed class TreatmentRule
{
    /// <summary>Initializes a new <see cref="TreatmentRule"/>.</summary>
    /// <param name="name">A kebab-case name, for example <c>win-back-falling-satisfaction</c>; the first rule that fires names the treatment.</param>
    /// <param name="conditions">The conditions; all must hold. None means the rule always fires.</param>
    /// <param name="offers">The offer codes it gives (made only with consent to marketing).</param>
    /// <param name="careActivities">The care activities it plans.</param>
    /// <param name="budget">The cost to serve the relationship type may reach; <see langword="null"/> for what the tier justifies.</param>
    /// <param name="endsEvaluation">Whether the rules after it are skipped when it fires.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="name"/> is not kebab-case or a list holds null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="budget"/> or an activity is undefined.</exception>
    public TreatmentRule(
        string name,
        IEnumerable<TreatmentCondition>? conditions = null,
        IEnumerable<string>? offers = null,
        IEnumerable<CareActivity>? careActivities = null,
        AttributeLevel? budget = null,
        bool endsEvaluation = false)
    {
        Name = KebabCase.Require(name, 64, nameof(name));
        Conditions = Guard.CopyNotNull(conditions);
        Offers = Guard.CopyNotNull(offers);
        if (Offers.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("offers must not hold blank codes.", nameof(offers));
        }

        var activities = (careActivities ?? []).Distinct().ToArray();
        foreach (var activity in activities)
        {
            Guard.Defined(activity, nameof(careActivities));
        }

        CareActivities = Array.AsReadOnly(activities);
        if (budget is { } b)
        {
            Guard.Defined(b, nameof(budget));
        }

        Budget = budget;
        EndsEvaluation = endsEvaluation;
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the conditions; all must hold.</summary>
    public IReadOnlyList<TreatmentCondition> Conditions { get; }

    /// <summary>Gets the offer codes it gives.</summary>
    public IReadOnlyList<string> Offers { get; }

    /// <summary>Gets the care activities it plans.</summary>
    public IReadOnlyList<CareActivity> CareActivities { get; }

    /// <summary>Gets the cost to serve the relationship type may reach; <see langword="null"/> for what the tier justifies.</summary>
    public AttributeLevel? Budget { get; }

    /// <summary>Gets a value indicating whether the rules after it are skipped when it fires.</summary>
    public bool EndsEvaluation { get; }

    /// <summary>Returns the name and conditions.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        Conditions.Count == 0 ? $"{Name} (always)" : $"{Name} ({string.Join(" and ", Conditions)})";
}
