using RelationshipKit.Benefits;

namespace RelationshipKit.Idic.Differentiate;

/// <summary>
/// Represents what is known about one customer's needs: the importance he declared for each benefit category (a
/// survey, a benefit profile) and the importance observed in his behaviour (derived importance, what he actually
/// uses and complains about).
/// </summary>
/// <remarks>
/// <para>Scores are comparable within one source only: declared scores are, for example, mean Likert importances;
/// observed scores are, for example, derived importances (correlation of performance with an outcome) or shares of
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
        var declared = ratings.Where(r => r is not null && r.Respondent == customer)
            .GroupBy(r => r.Benefit.Category)
            .ToDictionary(g => g.Key, g => g.Average(r => (double)r.Importance));
        return new NeedsEvidence(customer, declared, observed ?? new Dictionary<BenefitCategory, double>());
    }

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
