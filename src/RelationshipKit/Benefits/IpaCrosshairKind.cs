namespace RelationshipKit.Benefits;

/// <summary>
/// Represents where the crosshair of an importance–performance grid is placed.
/// </summary>
/// <remarks>The <c>default</c> value is <see cref="DataMeans"/>.</remarks>
public enum IpaCrosshairKind
{
    /// <summary>At the grand means of the data: the mean over benefits of the mean importance and of the mean performance (the default).</summary>
    DataMeans = 0,

    /// <summary>At the middle of the Likert scale for both axes: 3 on a five-point scale, 4 on a seven-point one.</summary>
    ScaleMidpoint = 1,

    /// <summary>At explicit importance and performance values, for example targets or the figures of an earlier survey.</summary>
    Explicit = 2,
}
