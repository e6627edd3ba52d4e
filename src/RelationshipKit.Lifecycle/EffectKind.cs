namespace RelationshipKit.Lifecycle;

/// <summary>Represents when an effect runs.</summary>
public enum EffectKind
{
    /// <summary>When the relationship leaves the stage.</summary>
    Exit = 0,

    /// <summary>When the relationship enters the stage.</summary>
    Entry = 1,
}
