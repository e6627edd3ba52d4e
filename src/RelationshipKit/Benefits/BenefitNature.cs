namespace RelationshipKit.Benefits;

/// <summary>
/// Represents the nature of a benefit: whether it serves a practical need or a feeling.
/// </summary>
/// <remarks>The <c>default</c> value is <see cref="Functional"/>.</remarks>
public enum BenefitNature
{
    /// <summary>A functional (rational) benefit: money, time, effort or risk saved.</summary>
    Functional = 0,

    /// <summary>An emotional benefit: reassurance, recognition, belonging, enjoyment.</summary>
    Emotional = 1,
}
