using System.Globalization;
using System.Text;

namespace RelationshipKit.RelationshipTypes;

/// <summary>
/// Recommends a relationship type per customer: the cheapest offered type that meets the customer's needs within
/// the cost to serve that the customer's value tier justifies ("good-enough service at the lowest cost").
/// </summary>
/// <remarks>
/// <para>Every offered type is assessed against the <see cref="CustomerNeeds"/>: its human contact must reach the
/// needed contact, its personalisation the needed level, and it must sustain an ongoing relationship, offer a peer
/// community or co-creation when those are needed. Its cost to serve is within budget when it is at most
/// <see cref="MaximumCostToServe(ValueTier)"/> of the customer's tier (low for below-zero customers, medium for
/// standard ones, high for the most growable and very high for the most valuable), or at most the budget the caller
/// gives, which replaces the tier's.</para>
/// <para>The types are ranked by the number of unmet needs, then within budget before over budget, then by
/// <see cref="RelationshipTypeInfo.CostRank"/>; the first is recommended. So needs come first, the budget second and
/// cost third: a type that meets every need is recommended even over budget, and the recommendation says so.</para>
/// <para><b>Most valuable customers.</b> Seed 002 ties dedicated personal assistance to the clients who matter most
/// ("банкиры, которые занимаются обслуживанием людей с высоким уровнем собственного капитала": bankers who serve people
/// with a high net worth; key-account managers who keep personal relationships with important clients). A
/// <see cref="ValueTier.MostValuable"/> customer is therefore offered
/// <see cref="RelationshipType.DedicatedPersonalAssistance"/> whenever it is offered, within the budget, and leaves no
/// more needs unmet than the type the needs alone would pick; otherwise the needs rule decides and the explanation
/// says why the most-valuable rule did not apply. <see cref="RelationshipTypeRecommendation.Rule"/> names the rule
/// that decided.</para>
/// <para>Sources: the relationship types of the Business Model Canvas (Osterwalder &amp; Pigneur 2010); value tiers
/// and needs from the differentiate step of IDIC (Peppers &amp; Rogers).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class RelationshipTypeRecommender
{
    /// <summary>Initializes a new <see cref="RelationshipTypeRecommender"/> that chooses among the types the company offers.</summary>
    /// <param name="offered">The relationship types the company offers: at least one, each at most once.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="offered"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="offered"/> is empty or names a type twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="offered"/> contains an undefined value.</exception>
    public RelationshipTypeRecommender(IEnumerable<RelationshipType> offered)
    {
        ArgumentNullException.ThrowIfNull(offered);
        var seen = new HashSet<RelationshipType>();
        foreach (var type in offered)
        {
            if (!Enum.IsDefined(type))
            {
                throw Preconditions.OutOfRange(nameof(offered), type, "contain only defined RelationshipType values");
            }

            if (!seen.Add(type))
            {
                throw new ArgumentException($"offered must name each relationship type once; {type} appears twice.", nameof(offered));
            }
        }

        if (seen.Count == 0)
        {
            throw new ArgumentException("offered must name at least one relationship type.", nameof(offered));
        }

        Offered = Array.AsReadOnly(RelationshipTypeInfo.All.Where(info => seen.Contains(info.Type)).ToArray());
    }

    /// <summary>Gets a recommender that chooses among all eight relationship types.</summary>
    public static RelationshipTypeRecommender Default { get; } = new(Enum.GetValues<RelationshipType>());

    /// <summary>Gets the offered types, cheapest to serve first.</summary>
    public IReadOnlyList<RelationshipTypeInfo> Offered { get; }

    /// <summary>Gets the highest cost to serve that a customer of <paramref name="tier"/> justifies.</summary>
    /// <param name="tier">The value tier.</param>
    /// <returns><see cref="AttributeLevel.Low"/> for below-zero, <see cref="AttributeLevel.Medium"/> for standard, <see cref="AttributeLevel.High"/> for most growable and <see cref="AttributeLevel.VeryHigh"/> for most valuable customers.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="tier"/> is not a defined value.</exception>
    public static AttributeLevel MaximumCostToServe(ValueTier tier)
    {
        Preconditions.Defined(tier);
        return tier switch
        {
            ValueTier.BelowZero => AttributeLevel.Low,
            ValueTier.MostGrowable => AttributeLevel.High,
            ValueTier.MostValuable => AttributeLevel.VeryHigh,
            _ => AttributeLevel.Medium,
        };
    }

    /// <summary>Recommends a relationship type for a customer with <paramref name="needs"/> in value tier <paramref name="tier"/>, with the tier's budget.</summary>
    /// <param name="needs">What the customer needs from the relationship.</param>
    /// <param name="tier">The customer's value tier, which sets the budget for the cost to serve (<see cref="MaximumCostToServe(ValueTier)"/>).</param>
    /// <returns>The recommended type, every offered type ranked, the rule that decided and the explanation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="tier"/> is not a defined value.</exception>
    public RelationshipTypeRecommendation Recommend(CustomerNeeds needs, ValueTier tier) => Recommend(needs, tier, null);

    /// <summary>Recommends a relationship type for a customer with <paramref name="needs"/> in value tier <paramref name="tier"/>, within a budget the caller sets.</summary>
    /// <param name="needs">What the customer needs from the relationship.</param>
    /// <param name="tier">The customer's value tier; a most valuable customer is offered dedicated personal assistance when <paramref name="budget"/> allows it.</param>
    /// <param name="budget">The highest cost to serve the caller will spend on this customer; it replaces the tier's budget.</param>
    /// <returns>The recommended type, every offered type ranked, the rule that decided and the explanation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="tier"/> or <paramref name="budget"/> is not a defined value.</exception>
    public RelationshipTypeRecommendation Recommend(CustomerNeeds needs, ValueTier tier, AttributeLevel budget)
    {
        Preconditions.Defined(budget);
        return Recommend(needs, tier, (AttributeLevel?)budget);
    }

    private RelationshipTypeRecommendation Recommend(CustomerNeeds needs, ValueTier tier, AttributeLevel? budget)
    {
        var ceiling = budget ?? MaximumCostToServe(tier);
        Preconditions.Defined(tier);
        var limit = budget is { } given ? $"the budget given ({Text(given)})" : $"the {Text(ceiling)} a {Text(tier)} customer justifies";
        var byNeeds = Offered
            .Select(info => Assess(info, needs, ceiling, limit))
            .OrderBy(a => a.UnmetNeeds.Count)
            .ThenBy(a => a.IsWithinBudget ? 0 : 1)
            .ThenBy(a => a.Info.CostRank)
            .ToArray();
        var onNeeds = byNeeds[0];
        var ranked = byNeeds;
        var rule = onNeeds.MeetsAllNeeds
            ? onNeeds.IsWithinBudget ? RecommendationRule.CheapestWithinBudget : RecommendationRule.NeedsOverBudget
            : RecommendationRule.FewestUnmetNeeds;
        string? mostValuableNote = null;
        if (tier == ValueTier.MostValuable && onNeeds.Info.Type != RelationshipType.DedicatedPersonalAssistance)
        {
            var dedicated = byNeeds.FirstOrDefault(a => a.Info.Type == RelationshipType.DedicatedPersonalAssistance);
            if (dedicated is null)
            {
                mostValuableNote = "dedicated-personal-assistance is not offered";
            }
            else if (!dedicated.IsWithinBudget)
            {
                mostValuableNote = $"{limit} forbids dedicated-personal-assistance (cost to serve {Text(dedicated.Info.CostToServe)})";
            }
            else if (dedicated.UnmetNeeds.Count > onNeeds.UnmetNeeds.Count)
            {
                mostValuableNote = $"dedicated-personal-assistance leaves more needs unmet ({string.Join(", ", dedicated.Reasons)})";
            }
            else
            {
                rule = RecommendationRule.MostValuableCustomer;
                ranked = [dedicated, .. byNeeds.Where(a => a != dedicated)];
            }
        }

        var chosen = ranked[0];
        var cheaper = ranked.Where(a => a.Info.CostRank < chosen.Info.CostRank).OrderBy(a => a.Info.CostRank).ToArray();
        var explanation = rule == RecommendationRule.MostValuableCustomer
            ? ExplainMostValuable(chosen, onNeeds, ceiling, budget is not null, limit)
            : Explain(chosen, cheaper, tier, ceiling, budget is not null, limit) + (mostValuableNote is null ? string.Empty : $" The most-valuable-customer rule did not apply: {mostValuableNote}.");
        return new RelationshipTypeRecommendation(needs, tier, budget, ceiling, rule, ranked, cheaper, explanation);
    }

    private static RelationshipTypeAssessment Assess(RelationshipTypeInfo info, CustomerNeeds needs, AttributeLevel ceiling, string limit)
    {
        var unmet = new List<CustomerNeed>();
        var reasons = new List<string>();
        if (info.HumanContact < needs.HumanContact)
        {
            unmet.Add(CustomerNeed.HumanContact);
            reasons.Add($"offers {Offers(info.HumanContact)} but {Needs(needs.HumanContact)} is needed");
        }

        if (info.Personalisation < needs.Personalisation)
        {
            unmet.Add(CustomerNeed.Personalisation);
            reasons.Add($"personalisation is {Text(info.Personalisation)} but {Text(needs.Personalisation)} is needed");
        }

        if (needs.OngoingRelationship && !info.OngoingRelationship)
        {
            unmet.Add(CustomerNeed.OngoingRelationship);
            reasons.Add("does not sustain an ongoing relationship");
        }

        if (needs.PeerCommunity && !info.PeerCommunity)
        {
            unmet.Add(CustomerNeed.PeerCommunity);
            reasons.Add("offers no peer community");
        }

        if (needs.CoCreation && !info.CoCreation)
        {
            unmet.Add(CustomerNeed.CoCreation);
            reasons.Add("offers no co-creation");
        }

        var withinBudget = info.CostToServe <= ceiling;
        if (!withinBudget)
        {
            reasons.Add($"costs {Text(info.CostToServe)} to serve, above {limit}");
        }

        return new RelationshipTypeAssessment(info, [.. unmet], withinBudget, [.. reasons]);
    }

    private static string ExplainMostValuable(RelationshipTypeAssessment chosen, RelationshipTypeAssessment onNeeds, AttributeLevel ceiling, bool budgetGiven, string limit)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"A most valuable (MVC) customer is offered {chosen.Info.Name}: a named representative, as private banks give high-net-worth clients and key accounts get a key-account manager; ");
        text.Append(budgetGiven
            ? $"{limit} allows it (cost to serve {Text(chosen.Info.CostToServe)})."
            : $"its cost to serve ({Text(chosen.Info.CostToServe)}) is within {limit}.");
        text.Append(CultureInfo.InvariantCulture, $" On needs alone, {onNeeds.Info.Name} would do (cost to serve {Text(onNeeds.Info.CostToServe)}).");
        if (!chosen.MeetsAllNeeds)
        {
            text.Append(CultureInfo.InvariantCulture, $" Needs it leaves unmet: {string.Join(", ", chosen.Reasons)}.");
        }

        return text.ToString();
    }

    private static string Explain(RelationshipTypeAssessment chosen, RelationshipTypeAssessment[] cheaper, ValueTier tier, AttributeLevel ceiling, bool budgetGiven, string limit)
    {
        var info = chosen.Info;
        var within = budgetGiven ? $"the budget given ({Text(ceiling)})" : $"the budget of a {Text(tier)} customer";
        var text = new StringBuilder();
        if (chosen.MeetsAllNeeds && chosen.IsWithinBudget)
        {
            text.Append(CultureInfo.InvariantCulture, $"The cheapest offered type that meets every need within {within} is {info.Name} (cost to serve {Text(info.CostToServe)}; at most {Text(ceiling)} is justified).");
        }
        else if (chosen.MeetsAllNeeds)
        {
            text.Append(CultureInfo.InvariantCulture, $"The cheapest offered type that meets every need is {info.Name}, but it costs {Text(info.CostToServe)} to serve, above {limit}: serving these needs costs more than {(budgetGiven ? "the budget allows" : "the customer's value")}, so weigh serving them anyway against offering less.");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"No offered type meets every need; {info.Name} leaves the fewest unmet ({string.Join(", ", chosen.Reasons)}){(chosen.IsWithinBudget ? " within " + within : string.Empty)}.");
        }

        if (cheaper.Length > 0)
        {
            text.Append(" Cheaper types were rejected: ");
            text.AppendJoin("; ", cheaper.Select(a => a.Info.Name + " " + string.Join(", ", a.Reasons)));
            text.Append('.');
        }

        return text.ToString();
    }

    private static string Offers(HumanContact contact) => contact switch
    {
        HumanContact.None => "no human contact",
        HumanContact.OnRequest => "human contact only on request",
        _ => "a named contact",
    };

    private static string Needs(HumanContact contact) => contact switch
    {
        HumanContact.OnRequest => "human contact on request",
        _ => "a named contact",
    };

    private static string Text(AttributeLevel level) => level switch
    {
        AttributeLevel.None => "none",
        AttributeLevel.Low => "low",
        AttributeLevel.Medium => "medium",
        AttributeLevel.High => "high",
        _ => "very high",
    };

    private static string Text(ValueTier tier) => tier switch
    {
        ValueTier.MostValuable => "most valuable (MVC)",
        ValueTier.MostGrowable => "most growable (MGC)",
        ValueTier.BelowZero => "below-zero (BZ)",
        _ => "standard",
    };
}
