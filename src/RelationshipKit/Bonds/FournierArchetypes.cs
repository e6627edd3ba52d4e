namespace RelationshipKit.Bonds;

/// <summary>
/// Provides the identifiers of Fournier's (1998) fifteen consumer–brand relationship forms, the archetypes of
/// <see cref="BondArchetypeCatalog.Fournier"/>.
/// </summary>
/// <remarks>
/// <para>Source: Fournier, S. (1998), "Consumers and Their Brands: Developing Relationship Theory in Consumer
/// Research", <i>Journal of Consumer Research</i> 24(4), 343–373, Table 2. Committed partnership and marriage of
/// convenience are also the two forms that Bollen &amp; Emes (2008) name.</para>
/// <para>Fournier describes the forms in words; the scores of each signature are this project's reading of her
/// descriptions (documented per archetype in <c>docs/concepts/bonds.md</c>), not figures from the paper.
/// Dimensions that define a form carry weight 2, the others weight 1.</para>
/// </remarks>
public static class FournierArchetypes
{
    /// <summary>The identifier of the arranged marriage: imposed by a third party, long-term and exclusive, little affect.</summary>
    public const string ArrangedMarriage = "arranged-marriage";

    /// <summary>The identifier of casual friends (buddies): low affect and intimacy, sporadic, few expectations.</summary>
    public const string CasualFriendship = "casual-friendship";

    /// <summary>The identifier of the marriage of convenience: long-term, brought about by circumstances, kept because it is good enough.</summary>
    public const string MarriageOfConvenience = "marriage-of-convenience";

    /// <summary>The identifier of the committed partnership: long-term, freely chosen, high in love, intimacy and trust.</summary>
    public const string CommittedPartnership = "committed-partnership";

    /// <summary>The identifier of the best friendship: freely chosen, reciprocal, intimate and rewarding.</summary>
    public const string BestFriendship = "best-friendship";

    /// <summary>The identifier of the compartmentalized friendship: specialised, situational, enduring, easy to enter and leave.</summary>
    public const string CompartmentalizedFriendship = "compartmentalized-friendship";

    /// <summary>The identifier of the kinship: not chosen, inherited through the family.</summary>
    public const string Kinship = "kinship";

    /// <summary>The identifier of the rebound (avoidance-driven relationship): chosen to get away from another partner.</summary>
    public const string Rebound = "rebound";

    /// <summary>The identifier of the childhood friendship: rarely engaged but affectively charged, recalling earlier times.</summary>
    public const string ChildhoodFriendship = "childhood-friendship";

    /// <summary>The identifier of the courtship: an interim state on the way to a committed partnership.</summary>
    public const string Courtship = "courtship";

    /// <summary>The identifier of the dependency: obsessive, highly emotional, the other felt to be irreplaceable.</summary>
    public const string Dependency = "dependency";

    /// <summary>The identifier of the fling: short-term, emotionally rewarding, without commitment.</summary>
    public const string Fling = "fling";

    /// <summary>The identifier of the enmity: intensely involving and negative.</summary>
    public const string Enmity = "enmity";

    /// <summary>The identifier of the secret affair: highly emotive and kept private.</summary>
    public const string SecretAffair = "secret-affair";

    /// <summary>The identifier of the enslavement: not chosen, governed by the other party, negative but persisting.</summary>
    public const string Enslavement = "enslavement";

    private const string Source = "Fournier (1998), Consumers and Their Brands, Table 2";
    private const string SourceWithBollenEmes = Source + "; Bollen & Emes (2008)";

    /// <summary>Creates the fifteen archetypes in Fournier's order.</summary>
    internal static BondArchetype[] Create() =>
    [
        Form(ArrangedMarriage, "Arranged marriage",
            "Imposed by the preference of a third party (an employer, a family) and meant to be long-term and exclusive, with little affective attachment.",
            Source,
            T(BondDimension.Voluntariness, -0.8, 2), T(BondDimension.Basis, -0.2), T(BondDimension.Symmetry, -0.2),
            T(BondDimension.Formality, 0.6), T(BondDimension.Engagement, -0.4), T(BondDimension.SwitchingEase, -0.6),
            T(BondDimension.Affect, 0.2), T(BondDimension.Intensity, -0.4), T(BondDimension.Duration, 0.8, 2),
            T(BondDimension.Visibility, 0.2)),
        Form(CasualFriendship, "Casual friendship",
            "A friendship low in affect and intimacy, engaged only now and then, with few expectations of reciprocity or reward.",
            Source,
            T(BondDimension.Voluntariness, 0.6), T(BondDimension.Basis, -0.2), T(BondDimension.Symmetry, 0.2),
            T(BondDimension.Formality, -0.6), T(BondDimension.Engagement, -0.4), T(BondDimension.InteractionFrequency, -0.6, 2),
            T(BondDimension.CategoryInvolvement, -0.4), T(BondDimension.SwitchingEase, 0.6), T(BondDimension.Affect, 0.3),
            T(BondDimension.Intensity, -0.8, 2), T(BondDimension.Duration, -0.2)),
        Form(MarriageOfConvenience, "Marriage of convenience",
            "Long-term and committed, but brought about by circumstances rather than deliberate choice and kept because it is good enough: low emotional attachment and no real choice (a tax office, a vehicle registry).",
            SourceWithBollenEmes,
            T(BondDimension.Voluntariness, -0.7, 2), T(BondDimension.Basis, -0.8, 2), T(BondDimension.Symmetry, -0.4),
            T(BondDimension.Formality, 0.4), T(BondDimension.Engagement, -0.6), T(BondDimension.CategoryInvolvement, -0.6),
            T(BondDimension.SwitchingEase, -0.4), T(BondDimension.Affect, 0.0), T(BondDimension.Intensity, -0.6),
            T(BondDimension.Duration, 0.6)),
        Form(CommittedPartnership, "Committed partnership",
            "Long-term, freely chosen and socially supported, high in love, intimacy and trust, with a commitment to stay together through setbacks (a favourite shoe brand).",
            SourceWithBollenEmes,
            T(BondDimension.Voluntariness, 0.9, 2), T(BondDimension.Basis, 0.8, 2), T(BondDimension.Symmetry, 0.6),
            T(BondDimension.Formality, 0.2), T(BondDimension.Engagement, 0.6), T(BondDimension.InteractionFrequency, 0.4),
            T(BondDimension.CategoryInvolvement, 0.6), T(BondDimension.SwitchingEase, -0.6), T(BondDimension.Affect, 0.8),
            T(BondDimension.Intensity, 0.7), T(BondDimension.Duration, 0.9), T(BondDimension.Visibility, 0.6)),
        Form(BestFriendship, "Best friendship",
            "Freely chosen and reciprocal, kept alive by continued positive rewards; honest and intimate, with shared images and interests.",
            Source,
            T(BondDimension.Voluntariness, 0.9), T(BondDimension.Basis, 0.7), T(BondDimension.Symmetry, 0.8, 2),
            T(BondDimension.Formality, -0.6), T(BondDimension.Engagement, 0.6), T(BondDimension.InteractionFrequency, 0.6),
            T(BondDimension.CategoryInvolvement, 0.4), T(BondDimension.SwitchingEase, -0.2), T(BondDimension.Affect, 0.9, 2),
            T(BondDimension.Intensity, 0.7), T(BondDimension.Duration, 0.7), T(BondDimension.Visibility, 0.4)),
        Form(CompartmentalizedFriendship, "Compartmentalized friendship",
            "A specialised friendship confined to one situation: enduring, less intimate than other friendships but socially rewarding, and easy to enter and leave.",
            Source,
            T(BondDimension.Voluntariness, 0.7), T(BondDimension.Basis, 0.2), T(BondDimension.Symmetry, 0.2),
            T(BondDimension.Formality, -0.4), T(BondDimension.Engagement, 0.0), T(BondDimension.InteractionFrequency, -0.2),
            T(BondDimension.CategoryInvolvement, -0.2), T(BondDimension.SwitchingEase, 0.8, 2), T(BondDimension.Affect, 0.5),
            T(BondDimension.Intensity, -0.2, 2), T(BondDimension.Duration, 0.6)),
        Form(Kinship, "Kinship",
            "Not chosen but inherited through the family, like the brand one's parents always bought.",
            Source,
            T(BondDimension.Voluntariness, -0.9, 2), T(BondDimension.Basis, 0.6), T(BondDimension.Symmetry, 0.0),
            T(BondDimension.Formality, -0.4), T(BondDimension.Engagement, -0.2), T(BondDimension.InteractionFrequency, 0.2),
            T(BondDimension.SwitchingEase, -0.6), T(BondDimension.Affect, 0.4), T(BondDimension.Intensity, 0.2),
            T(BondDimension.Duration, 1.0, 2), T(BondDimension.Visibility, 0.4)),
        Form(Rebound, "Rebound (avoidance-driven relationship)",
            "Chosen mainly to get away from a previous or available partner rather than out of attraction to this one.",
            Source,
            T(BondDimension.Voluntariness, 0.4), T(BondDimension.Basis, -0.6, 2), T(BondDimension.Symmetry, 0.0),
            T(BondDimension.Engagement, 0.2), T(BondDimension.CategoryInvolvement, 0.0), T(BondDimension.SwitchingEase, 0.6),
            T(BondDimension.Affect, 0.0), T(BondDimension.Intensity, -0.4), T(BondDimension.Duration, -0.6, 2)),
        Form(ChildhoodFriendship, "Childhood friendship",
            "Engaged only now and then but charged with affect, recalling earlier times and giving the comfort and security of a past self.",
            Source,
            T(BondDimension.Voluntariness, 0.6), T(BondDimension.Basis, 0.8), T(BondDimension.Formality, -0.8),
            T(BondDimension.Engagement, -0.4), T(BondDimension.InteractionFrequency, -0.8, 2), T(BondDimension.SwitchingEase, -0.2),
            T(BondDimension.Affect, 0.8), T(BondDimension.Intensity, 0.0), T(BondDimension.Duration, 0.9, 2)),
        Form(Courtship, "Courtship",
            "An interim state on the way to a committed partnership, in which the parties try each other out.",
            Source,
            T(BondDimension.Voluntariness, 0.9), T(BondDimension.Basis, 0.5), T(BondDimension.Symmetry, 0.4),
            T(BondDimension.Formality, -0.2), T(BondDimension.Engagement, 0.8, 2), T(BondDimension.InteractionFrequency, 0.4),
            T(BondDimension.CategoryInvolvement, 0.4), T(BondDimension.SwitchingEase, 0.4), T(BondDimension.Affect, 0.6),
            T(BondDimension.Intensity, 0.4), T(BondDimension.Duration, -0.2, 2), T(BondDimension.Visibility, 0.2)),
        Form(Dependency, "Dependency",
            "An obsessive, highly emotional and self-centred attraction to a partner felt to be irreplaceable: separation brings anxiety and transgressions are tolerated.",
            Source,
            T(BondDimension.Voluntariness, 0.2), T(BondDimension.Basis, 1.0, 2), T(BondDimension.Symmetry, -0.8),
            T(BondDimension.Engagement, 0.4), T(BondDimension.InteractionFrequency, 0.8), T(BondDimension.CategoryInvolvement, 0.8),
            T(BondDimension.SwitchingEase, -1.0, 2), T(BondDimension.Affect, 0.2), T(BondDimension.Intensity, 1.0, 2),
            T(BondDimension.Duration, 0.6)),
        Form(Fling, "Fling",
            "A short, time-bounded engagement with high emotional reward and no commitment or reciprocity expected.",
            Source,
            T(BondDimension.Voluntariness, 0.9), T(BondDimension.Basis, 0.8), T(BondDimension.Symmetry, 0.0),
            T(BondDimension.Formality, -1.0), T(BondDimension.Engagement, 0.6), T(BondDimension.SwitchingEase, 1.0, 2),
            T(BondDimension.Affect, 0.8), T(BondDimension.Intensity, 0.6), T(BondDimension.Duration, -1.0, 2)),
        Form(Enmity, "Enmity",
            "An intensely involving relationship charged with negative feelings and the wish to avoid the other party or to hurt it.",
            Source,
            T(BondDimension.Voluntariness, -0.2), T(BondDimension.Basis, 0.6), T(BondDimension.Engagement, 0.6),
            T(BondDimension.CategoryInvolvement, 0.4), T(BondDimension.Affect, -1.0, 2), T(BondDimension.Intensity, 0.9, 2),
            T(BondDimension.Duration, 0.0), T(BondDimension.Visibility, 0.4)),
        Form(SecretAffair, "Secret affair",
            "A highly emotive relationship held in private and felt to be risky if others found out.",
            Source,
            T(BondDimension.Voluntariness, 0.8), T(BondDimension.Basis, 0.9, 2), T(BondDimension.Formality, -0.8),
            T(BondDimension.SwitchingEase, 0.2), T(BondDimension.Affect, 0.6), T(BondDimension.Intensity, 0.8),
            T(BondDimension.Duration, -0.2), T(BondDimension.Visibility, -1.0, 2)),
        Form(Enslavement, "Enslavement",
            "Not chosen and governed entirely by the other party's wishes: it carries negative feelings but persists because circumstances leave no way out.",
            Source,
            T(BondDimension.Voluntariness, -1.0, 2), T(BondDimension.Basis, -0.6), T(BondDimension.Symmetry, -1.0, 2),
            T(BondDimension.Formality, 0.4), T(BondDimension.Engagement, -0.6), T(BondDimension.SwitchingEase, -1.0),
            T(BondDimension.Affect, -0.8, 2), T(BondDimension.Intensity, 0.2), T(BondDimension.Duration, 0.6)),
    ];

    private static BondTarget T(BondDimension dimension, double score, double weight = 1.0) => new(dimension, score, weight);

    private static BondArchetype Form(string id, string displayName, string description, string source, params BondTarget[] signature) =>
        new(id, displayName, description, signature, source);
}
