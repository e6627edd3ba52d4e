namespace RelationshipKit.Benefits;

/// <summary>
/// Represents a category of relational benefit: what a customer gets out of a relationship beyond the core product.
/// </summary>
/// <remarks>
/// <para>The first three are the relational benefits found by Gwinner, Gremler &amp; Bitner (1998); purpose and
/// experience benefits are the further categories the CRM literature names. Each category has a standard benefit
/// of the same kebab-case name (<see cref="Benefit.ForCategory(BenefitCategory)"/>), for example
/// <c>special-treatment</c>.</para>
/// <para>The <c>default</c> value is <see cref="Confidence"/>.</para>
/// </remarks>
public enum BenefitCategory
{
    /// <summary>Confidence benefits: reduced anxiety, trust, knowing what to expect (<c>confidence</c>).</summary>
    Confidence = 0,

    /// <summary>Social benefits: being recognised, familiarity, personal rapport with staff (<c>social</c>).</summary>
    Social = 1,

    /// <summary>Special-treatment benefits: better prices, faster service, extras (<c>special-treatment</c>).</summary>
    SpecialTreatment = 2,

    /// <summary>Purpose benefits: the relationship serves a shared goal, such as acting together for the environment (<c>purpose</c>).</summary>
    Purpose = 3,

    /// <summary>Experience benefits: a pleasant, memorable, personal interaction (<c>experience</c>).</summary>
    Experience = 4,
}
