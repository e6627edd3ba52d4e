using RelationshipKit.Benefits;

namespace RelationshipKit.Idic.Differentiate;

/// <summary>
/// Represents what is known about one customer's needs: the importance he declared for each benefit category (a
/// survey, a benefit profile) and the importance observed in his behaviour (derived importance, what he actually
/// uses and complains about).
/// </summary>
/// <remarks>
/// <para>Scores are comparable within one source only: declared scores are, for example, mean Likert importances;
/// observed scores are, for example, the core's derived importances (correlation of performance with an outcome:
/// <see cref="FromDerivedImportance(CustomerId, IEnumerable{BenefitRating}, DerivedImportanceResult)"/>) or shares of
/// behaviour. Only the order within a source matters.</para>
/// <para>Equality is reference equality. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class NeedsEvidence
{
    /// <summary>Initializes a new <see cref="NeedsEvidence"/>.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="declared">Declared importance per category; may be empty.</param>
    /// <param name="observed">Observed importance per category; may be empty.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="customer"/> is the default or a score is not finite.</exception>
    /// <exception cref="ArgumentNullException">Thrown when a dictionary is null.</exception>
    public NeedsEvidence(CustomerId customer, IReadOnlyDictionary<BenefitCategory, double> declared, IReadOnlyDictionary<BenefitCategory, double> observed)
    {
        Guard.Set(customer);
        Customer = customer;
        Declared = Copy(declared, nameof(declared));
        Observed = Copy(observed, nameof(observed));
    }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets the declared importance per category.</summary>
    public IReadOnlyDictionary<BenefitCategory, double> Declared { get; }

    /// <summary>Gets the observed importance per category.</summary>
    public IReadOnlyDictionary<BenefitCategory, double> Observed { get; }

    /// <summary>Creates evidence from a customer's benefit ratings (declared: mean importance per category) and observed scores.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="ratings">His ratings; ratings of other respondents are left out.</param>
    /// <param name="observed">Observed importance per category; <see langword="null"/> for none.</param>
    /// <returns>The evidence.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="ratings"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="customer"/> is the default or a score is not finite.</exception>
    public static NeedsEvidence FromRatings(CustomerId customer, IEnumerable<BenefitRating> ratings, IReadOnlyDictionary<BenefitCategory, double>? observed = null)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var declared = DeclaredScores(ratings.Where(r => r is not null && r.Respondent == customer));
        return new NeedsEvidence(customer, declared, observed ?? new Dictionary<BenefitCategory, double>());
    }

    /// <summary>
    /// Creates evidence whose declared importance comes from the customer's own benefit ratings and whose observed
    /// importance comes from the core's derived importance (<see cref="DerivedImportance"/>): how strongly the delivery
    /// of each benefit goes with what customers do.
    /// </summary>
    /// <param name="customer">The customer.</param>
    /// <param name="ratings">His ratings, for the declared importance; ratings of other respondents are left out (the same survey may be passed whole).</param>
    /// <param name="derived">The derived importance of the group the customer belongs to (all respondents, or a tier, region or product line with at least <see cref="DerivedImportance.MinimumRespondents"/> respondents).</param>
    /// <returns>The evidence.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="ratings"/> or <paramref name="derived"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="customer"/> is the default.</exception>
    /// <remarks>
    /// <para>Seed 001 asks for the customers' real needs, "nie mylić z deklarowanymi" (not to be confused with the
    /// declared ones). Derived importance is the core's definition of a need observed in behaviour: Spearman's ρ
    /// between a benefit's performance scores and an outcome (repeat purchases, spend, P(alive)). It is a finding
    /// about a group, not about one person, so every customer of the group gets the same observed scores; run
    /// <see cref="DerivedImportance.Analyze"/> per group to tell groups apart.</para>
    /// <para>The observed score of a category is the mean ρ of its benefits whose status is
    /// <see cref="DerivedImportanceStatus.Known"/>. Benefits with too few respondents or no variation give no score,
    /// and a result with too few respondents overall gives no observed evidence at all, so the customer's segment then
    /// falls back to what he declared (<see cref="NeedsSegment.Segment"/>).</para>
    /// </remarks>
    public static NeedsEvidence FromDerivedImportance(CustomerId customer, IEnumerable<BenefitRating> ratings, DerivedImportanceResult derived)
    {
        ArgumentNullException.ThrowIfNull(derived);
        return FromRatings(customer, ratings, ObservedScores(derived));
    }

    /// <summary>
    /// Creates the evidence of every respondent of a survey: declared importance from each one's ratings, observed
    /// importance from the derived importance of the whole survey (see
    /// <see cref="FromDerivedImportance(CustomerId, IEnumerable{BenefitRating}, DerivedImportanceResult)"/>).
    /// </summary>
    /// <param name="ratings">The survey answers.</param>
    /// <param name="derived">The derived importance computed from those answers (or from the group they belong to).</param>
    /// <returns>One evidence per respondent, in ordinal order of respondent id.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="ratings"/> contains null.</exception>
    public static IReadOnlyList<NeedsEvidence> FromDerivedImportance(IEnumerable<BenefitRating> ratings, DerivedImportanceResult derived)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(derived);
        var all = Guard.CopyNotNull(ratings);
        var observed = ObservedScores(derived);
        return [.. all.GroupBy(r => r.Respondent)
            .OrderBy(g => g.Key)
            .Select(g => new NeedsEvidence(g.Key, DeclaredScores(g), observed))];
    }

    private static Dictionary<BenefitCategory, double> ObservedScores(DerivedImportanceResult derived) =>
        derived.Items
            .Where(item => item.Status == DerivedImportanceStatus.Known && item.Correlation is not null)
            .GroupBy(item => item.Benefit.Category)
            .ToDictionary(g => g.Key, g => g.Average(item => item.Correlation.GetValueOrDefault()));

    private static Dictionary<BenefitCategory, double> DeclaredScores(IEnumerable<BenefitRating> ratings) =>
        ratings.GroupBy(r => r.Benefit.Category).ToDictionary(g => g.Key, g => g.Average(r => (double)r.Importance));

    private static Dictionary<BenefitCategory, double> Copy(IReadOnlyDictionary<BenefitCategory, double> scores, string paramName)
    {
        ArgumentNullException.ThrowIfNull(scores, paramName);
        foreach (var (category, score) in scores)
        {
            Guard.Defined(category, paramName);
            if (!double.IsFinite(score))
            {
                throw Guard.OutOfRange(paramName, score, $"hold finite scores; the score of {category} was not finite");
            }
        }

        return new Dictionary<BenefitCategory, double>(scores);
    }
}
