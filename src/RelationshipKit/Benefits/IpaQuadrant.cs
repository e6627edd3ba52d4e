namespace RelationshipKit.Benefits;

/// <summary>
/// Represents a quadrant of the importance–performance grid (Martilla &amp; James 1977), with importance on the
/// vertical axis and performance on the horizontal one.
/// </summary>
/// <remarks>The <c>default</c> value is <see cref="ConcentrateHere"/>.</remarks>
public enum IpaQuadrant
{
    /// <summary>High importance, low performance: the benefits to improve first ("concentrate here").</summary>
    ConcentrateHere = 0,

    /// <summary>High importance, high performance: strengths to maintain ("keep up the good work").</summary>
    KeepUpTheGoodWork = 1,

    /// <summary>Low importance, low performance: no urgent action ("low priority").</summary>
    LowPriority = 2,

    /// <summary>Low importance, high performance: resources that may be better spent elsewhere ("possible overkill").</summary>
    PossibleOverkill = 3,
}
