namespace RelationshipKit.Idic.Matching;

/// <summary>
/// Represents a customer who needs a consultant: his language, communication style, age band, the skills his case
/// needs, his value tier and his dedicated adviser if he has one.
/// </summary>
/// <remarks>Equality is reference equality. This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class MatchRequest
{
    /// <summary>Initializes a new <see cref="MatchRequest"/>.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="language">The language he is served in, an ISO 639-1 code such as <c>pl</c>.</param>
    /// <param name="style">His communication style; <see langword="null"/> when not known (the style term is then not scored).</param>
    /// <param name="ageBand">His age band.</param>
    /// <param name="requiredSkills">The kebab-case skills his case needs.</param>
    /// <param name="tier">His value tier; <see langword="null"/> when not known (treated as standard).</param>
    /// <param name="dedicatedAdviser">The id of his dedicated adviser; <see langword="null"/> when he has none.</param>
    /// <exception cref="ArgumentException">Thrown when an argument breaks its rule (the message names it).</exception>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="language"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="ageBand"/> or <paramref name="tier"/> is undefined.</exception>
    public MatchRequest(
        CustomerId customer,
        string language,
        CommunicationStyle? style = null,
        AgeBand ageBand = AgeBand.Unknown,
        IEnumerable<string>? requiredSkills = null,
        ValueTier? tier = null,
        string? dedicatedAdviser = null)
    {
        Guard.Set(customer);
        Customer = customer;
        Language = Consultant.Language(language, nameof(language));
        if (style is { Name.Length: 0 })
        {
            throw new ArgumentException("style must be a real style or null; was the default (unset) style.", nameof(style));
        }

        Style = style;
        Guard.Defined(ageBand);
        AgeBand = ageBand;
        RequiredSkills = Array.AsReadOnly((requiredSkills ?? []).Select(s => KebabCase.Require(s, 48, nameof(requiredSkills))).Distinct(StringComparer.Ordinal).ToArray());
        if (tier is { } t)
        {
            Guard.Defined(t, nameof(tier));
        }

        Tier = tier;
        DedicatedAdviser = dedicatedAdviser is null ? null : Guard.NotBlank(dedicatedAdviser);
    }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets the language he is served in.</summary>
    public string Language { get; }

    /// <summary>Gets his communication style; <see langword="null"/> when not known.</summary>
    public CommunicationStyle? Style { get; }

    /// <summary>Gets his age band.</summary>
    public AgeBand AgeBand { get; }

    /// <summary>Gets the skills his case needs.</summary>
    public IReadOnlyList<string> RequiredSkills { get; }

    /// <summary>Gets his value tier; <see langword="null"/> when not known.</summary>
    public ValueTier? Tier { get; }

    /// <summary>Gets the id of his dedicated adviser; <see langword="null"/> when he has none.</summary>
    public string? DedicatedAdviser { get; }

    /// <summary>Returns the customer, language and needed skills.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        $"{Customer} ({Language}{(Style is { } s ? ", " + s.Name : string.Empty)}{(RequiredSkills.Count == 0 ? string.Empty : ", needs " + string.Join(", ", RequiredSkills))})";
}
