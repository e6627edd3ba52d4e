using RelationshipKit.Benefits;
using RelationshipKit.RelationshipTypes;
using RelationshipKit.Satisfaction;

namespace RelationshipKit.Idic.Customize;

/// <summary>
/// Represents what treatment rules read about one customer: his value tier, needs segment, lifecycle stage,
/// satisfaction trend, the needs the relationship type must meet, consent to marketing and whether he may be
/// contacted now.
/// </summary>
/// <remarks>
/// The lifecycle stage is a plain kebab-case value (<c>exploration</c>, <c>commitment</c>…) so that this package does
/// not depend on the lifecycle package. Unknown facts are <see langword="null"/>; a condition on an unknown fact does
/// not hold and says so. Equality is reference equality. This type is immutable and thread-safe.
/// </remarks>
[Immutable]
public sealed class TreatmentFacts
{
    /// <summary>The longest lifecycle stage name: 48 characters.</summary>
    public const int MaxLifecycleStageLength = 48;

    /// <summary>Initializes a new <see cref="TreatmentFacts"/>.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="tier">His value tier; <see langword="null"/> when unknown.</param>
    /// <param name="segment">His needs segment (the top benefit category); <see langword="null"/> when unknown.</param>
    /// <param name="lifecycleStage">His lifecycle stage, a kebab-case value; <see langword="null"/> when unknown.</param>
    /// <param name="satisfactionTrend">His satisfaction trend (the core's least-squares slope per 90 days); <see langword="null"/> when not measured.</param>
    /// <param name="needs">The needs the relationship type must meet (the core recommender's input); <see cref="CustomerNeeds.None"/> when not assessed.</param>
    /// <param name="marketingConsent">Whether he consented to marketing; <see langword="null"/> when not checked.</param>
    /// <param name="contactAllowedNow">Whether the contact policy allows contacting him now; <see langword="null"/> when not checked.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="customer"/> is the default or <paramref name="lifecycleStage"/> is not kebab-case.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="tier"/> or <paramref name="segment"/> is undefined.</exception>
    public TreatmentFacts(
        CustomerId customer,
        ValueTier? tier = null,
        BenefitCategory? segment = null,
        string? lifecycleStage = null,
        SatisfactionTrend? satisfactionTrend = null,
        CustomerNeeds needs = default,
        bool? marketingConsent = null,
        bool? contactAllowedNow = null)
    {
        Guard.Set(customer);
        if (tier is { } t)
        {
            Guard.Defined(t, nameof(tier));
        }

        if (segment is { } s)
        {
            Guard.Defined(s, nameof(segment));
        }

        Customer = customer;
        Tier = tier;
        Segment = segment;
        LifecycleStage = lifecycleStage is null ? null : KebabCase.Require(lifecycleStage, MaxLifecycleStageLength, nameof(lifecycleStage));
        SatisfactionTrend = satisfactionTrend;
        Needs = needs;
        MarketingConsent = marketingConsent;
        ContactAllowedNow = contactAllowedNow;
    }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets his value tier; <see langword="null"/> when unknown.</summary>
    public ValueTier? Tier { get; }

    /// <summary>Gets his needs segment; <see langword="null"/> when unknown.</summary>
    public BenefitCategory? Segment { get; }

    /// <summary>Gets his lifecycle stage; <see langword="null"/> when unknown.</summary>
    public string? LifecycleStage { get; }

    /// <summary>Gets his satisfaction trend; <see langword="null"/> when not measured.</summary>
    public SatisfactionTrend? SatisfactionTrend { get; }

    /// <summary>Gets the needs the relationship type must meet.</summary>
    public CustomerNeeds Needs { get; }

    /// <summary>Gets whether he consented to marketing; <see langword="null"/> when not checked.</summary>
    public bool? MarketingConsent { get; }

    /// <summary>Gets whether the contact policy allows contacting him now; <see langword="null"/> when not checked.</summary>
    public bool? ContactAllowedNow { get; }

    /// <summary>
    /// Reads the facts an IDIC pipeline decided: tier, needs segment, consent (as marketing consent when the request's
    /// purpose was marketing) and the contact decision; adds what the pipeline does not know.
    /// </summary>
    /// <typeparam name="TCustomer">The application's customer type.</typeparam>
    /// <param name="soFar">What the pipeline decided so far.</param>
    /// <param name="lifecycleStage">The customer's lifecycle stage.</param>
    /// <param name="satisfactionTrend">His satisfaction trend.</param>
    /// <param name="needs">The needs the relationship type must meet.</param>
    /// <param name="marketingConsent">Consent to marketing when known from elsewhere; else read from the pipeline when the request was for marketing.</param>
    /// <returns>The facts.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="soFar"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the pipeline did not identify the customer.</exception>
    public static TreatmentFacts From<TCustomer>(
        IdicResult<TCustomer> soFar,
        string? lifecycleStage = null,
        SatisfactionTrend? satisfactionTrend = null,
        CustomerNeeds needs = default,
        bool? marketingConsent = null)
    {
        ArgumentNullException.ThrowIfNull(soFar);
        var customer = soFar.CustomerId ?? throw new ArgumentException("soFar must come from a pipeline that identified the customer; CustomerId was null.", nameof(soFar));
        var consent = marketingConsent
            ?? (soFar.Consent is { } c && soFar.Request.Purpose == Interact.ConsentPurpose.Marketing ? c.IsGranted : null);
        return new TreatmentFacts(customer, soFar.Tier, soFar.NeedsSegment?.Segment, lifecycleStage, satisfactionTrend, needs, consent, soFar.ContactDecision?.IsAllowed);
    }

    /// <summary>Returns the customer and the known facts.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        $"{Customer}: tier {Tier?.ToString() ?? "unknown"}, segment {Segment?.ToString() ?? "unknown"}, stage {LifecycleStage ?? "unknown"}";
}
