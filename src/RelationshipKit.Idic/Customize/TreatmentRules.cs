using RelationshipKit.RelationshipTypes;

namespace RelationshipKit.Idic.Customize;

/// <summary>
/// Runs ordered, explainable treatment rules for a customer: which rules fire, the relationship type (by the core's
/// <see cref="RelationshipTypeRecommender"/>), the offers (only with consent to marketing) and the care activities.
/// </summary>
/// <remarks>
/// <para><b>Order.</b> Rules are tested in the order given. Every rule that fires adds its offers and care
/// activities (no repeats); the first one names the treatment; a rule with <see cref="TreatmentRule.EndsEvaluation"/>
/// skips the rest. A rule that does not fire reports its first failing condition.</para>
/// <para><b>Relationship type.</b> The recommender runs on the customer's <see cref="TreatmentFacts.Needs"/> and tier
/// (standard when unknown), within the budget of the first firing rule that sets one, else within what the tier
/// justifies.</para>
/// <para><b>Offers.</b> Made only when <see cref="TreatmentFacts.MarketingConsent"/> is <see langword="true"/>; else
/// listed as withheld with the reason.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class TreatmentRules
{
    private readonly TreatmentRule[] _rules;
    private readonly RelationshipTypeRecommender _recommender;

    /// <summary>Initializes a new <see cref="TreatmentRules"/>.</summary>
    /// <param name="rules">The rules, in order; names must be distinct.</param>
    /// <param name="recommender">The relationship-type recommender; <see langword="null"/> for <see cref="RelationshipTypeRecommender.Default"/> (every type offered).</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="rules"/> holds null or a name twice.</exception>
    public TreatmentRules(IEnumerable<TreatmentRule> rules, RelationshipTypeRecommender? recommender = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = [.. Guard.CopyNotNull(rules)];
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in _rules)
        {
            if (!names.Add(rule.Name))
            {
                throw new ArgumentException($"rules must have distinct names; {Guard.Format(rule.Name)} appears twice.", nameof(rules));
            }
        }

        _recommender = recommender ?? RelationshipTypeRecommender.Default;
        Rules = Array.AsReadOnly(_rules);
    }

    /// <summary>
    /// Gets a starting set of rules from the sources, in this order: <c>falling-satisfaction</c> (satisfaction falls:
    /// personal contact and root-cause follow-up), <c>most-valuable</c> (follow valuable customers, product news from
    /// their manager, key-account alerts), <c>most-growable</c> (other products), <c>prospect</c> (exploration stage:
    /// do not drop a prospect), <c>below-zero</c> (cost to serve held at low, ends the list), <c>every-customer</c>
    /// (a satisfaction survey).
    /// </summary>
    public static TreatmentRules Default { get; } = new(
    [
        new("falling-satisfaction", [TreatmentCondition.SatisfactionFalling()], careActivities: [CareActivity.PersonalContact, CareActivity.RootCauseFollowUp]),
        new("most-valuable", [TreatmentCondition.TierIs(ValueTier.MostValuable)], careActivities: [CareActivity.ValuableCustomerFollowUp, CareActivity.ProductNewsByManager, CareActivity.KeyAccountAlert]),
        new("most-growable", [TreatmentCondition.TierIs(ValueTier.MostGrowable)], offers: ["cross-sell"], careActivities: [CareActivity.OtherProducts]),
        new("prospect", [TreatmentCondition.StageIs("exploration")], careActivities: [CareActivity.ProspectFollowUp]),
        new("below-zero", [TreatmentCondition.TierIs(ValueTier.BelowZero)], budget: AttributeLevel.Low, endsEvaluation: true),
        new("every-customer", careActivities: [CareActivity.SatisfactionSurvey]),
    ]);

    /// <summary>Gets the rules, in order.</summary>
    public IReadOnlyList<TreatmentRule> Rules { get; }

    /// <summary>Chooses the customer's treatment.</summary>
    /// <param name="facts">What is known about him.</param>
    /// <returns>The decision, with every rule's outcome.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="facts"/> is null.</exception>
    public TreatmentDecision Decide(TreatmentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var outcomes = new TreatmentRuleOutcome[_rules.Length];
        var offers = new List<string>();
        var care = new List<(CareActivity, string)>();
        string? name = null;
        string? endedBy = null;
        AttributeLevel? budget = null;
        for (var i = 0; i < _rules.Length; i++)
        {
            var rule = _rules[i];
            if (endedBy is not null)
            {
                outcomes[i] = new TreatmentRuleOutcome(rule, false, false, $"{endedBy} fired and ends the rules");
                continue;
            }

            var (fired, reason) = Test(rule, facts);
            outcomes[i] = new TreatmentRuleOutcome(rule, fired, true, reason);
            if (!fired)
            {
                continue;
            }

            name ??= rule.Name;
            budget ??= rule.Budget;
            offers.AddRange(rule.Offers.Where(o => !offers.Contains(o, StringComparer.Ordinal)));
            care.AddRange(rule.CareActivities.Where(a => !care.Exists(c => c.Item1 == a)).Select(a => (a, rule.Name)));
            if (rule.EndsEvaluation)
            {
                endedBy = rule.Name;
            }
        }

        var tier = facts.Tier ?? ValueTier.Standard;
        var type = budget is { } b ? _recommender.Recommend(facts.Needs, tier, b) : _recommender.Recommend(facts.Needs, tier);
        var consent = facts.MarketingConsent == true;
        string? withheldBecause = offers.Count == 0 || consent ? null
            : facts.MarketingConsent is null ? "consent to marketing not checked" : "no consent to marketing";
        return new TreatmentDecision(
            facts,
            name ?? "default",
            type,
            consent ? [.. offers] : [],
            consent ? [] : [.. offers],
            withheldBecause,
            [.. care],
            outcomes);
    }

    /// <summary>Returns the rule names in order.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => string.Join(" > ", _rules.Select(r => r.Name));

    private static (bool Fired, string Reason) Test(TreatmentRule rule, TreatmentFacts facts)
    {
        if (rule.Conditions.Count == 0)
        {
            return (true, "no conditions");
        }

        var reasons = new List<string>(rule.Conditions.Count);
        foreach (var condition in rule.Conditions)
        {
            var (holds, why) = condition.Test(facts);
            if (!holds)
            {
                return (false, why);
            }

            reasons.Add(why);
        }

        return (true, string.Join(" and ", reasons));
    }
}
