namespace RelationshipKit.Idic.Matching;

/// <summary>
/// Represents the settings of a <see cref="ConsultantMatcher"/>: the weight of each term, the style table, and which
/// tiers get a dedicated adviser. A mutable bag, validated and copied by the matcher's constructor.
/// </summary>
[Mutable]
public sealed class ConsultantMatchingOptions
{
    /// <summary>Gets or sets the weight of the communication-style term.</summary>
    /// <value>Default: 3. Must be finite and 0 or more.</value>
    public double StyleWeight { get; set; } = ConsultantMatchingDefaults.StyleWeight;

    /// <summary>Gets or sets the weight of the skills term (the share of the case's skills the consultant has).</summary>
    /// <value>Default: 4. Must be finite and 0 or more.</value>
    public double SkillsWeight { get; set; } = ConsultantMatchingDefaults.SkillsWeight;

    /// <summary>Gets or sets the weight of the load term (1 − open cases / capacity).</summary>
    /// <value>Default: 2. Must be finite and 0 or more.</value>
    public double LoadWeight { get; set; } = ConsultantMatchingDefaults.LoadWeight;

    /// <summary>
    /// Gets or sets the weight of the age-band term: seed 001's "prowadzenie rozmów telefonicznych z osobami starszymi
    /// przez pracowników w podobnym przedziale wiekowym" (calls with older people handled by staff of a similar age
    /// bracket).
    /// </summary>
    /// <value>
    /// Default: 0, so the term is not weighed until the application decides to: matching on age is the application's
    /// decision to make (and to check against its own rules on age), not the library's. Must be finite and 0 or more.
    /// </value>
    public double AgeBandWeight { get; set; }

    /// <summary>Gets or sets a value indicating whether the age-band term applies only to customers of 60 and over, as the source's example does.</summary>
    /// <value>Default: <see langword="true"/>.</value>
    public bool AgeBandForOlderCustomersOnly { get; set; } = true;

    /// <summary>Gets or sets how styles go together.</summary>
    /// <value>Default: <see cref="StyleCompatibility.SameStyle"/> (the source's "agreement of types").</value>
    public StyleCompatibility StyleCompatibility { get; set; } = StyleCompatibility.SameStyle;

    /// <summary>Gets the value tiers whose customers get a dedicated adviser.</summary>
    /// <value>Default: <see cref="ValueTier.MostValuable"/> (seed 002: a named representative for the clients who matter most).</value>
    public ISet<ValueTier> DedicatedAdviserTiers { get; } = new HashSet<ValueTier> { ValueTier.MostValuable };
}
