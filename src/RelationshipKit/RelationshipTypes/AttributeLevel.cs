namespace RelationshipKit.RelationshipTypes;

/// <summary>
/// Represents an ordinal level of a relationship-type attribute (human involvement, personalisation, cost to serve)
/// or of a customer's need for personalisation.
/// </summary>
/// <remarks>
/// The levels are ordered: comparing two values compares the levels. The <c>default</c> value is <see cref="None"/>.
/// </remarks>
public enum AttributeLevel
{
    /// <summary>None at all.</summary>
    None = 0,

    /// <summary>Low.</summary>
    Low = 1,

    /// <summary>Medium.</summary>
    Medium = 2,

    /// <summary>High.</summary>
    High = 3,

    /// <summary>Very high.</summary>
    VeryHigh = 4,
}
