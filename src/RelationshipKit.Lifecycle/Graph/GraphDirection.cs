namespace RelationshipKit.Lifecycle.Graph;

/// <summary>Represents the direction a graph is laid out in.</summary>
public enum GraphDirection
{
    /// <summary>From top to bottom (the default).</summary>
    TopToBottom = 0,

    /// <summary>From left to right.</summary>
    LeftToRight = 1,
}
