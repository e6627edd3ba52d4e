namespace RelationshipKit.Lifecycle.Batch;

/// <summary>Represents what a lifecycle event asks for.</summary>
public enum LifecycleEventKind
{
    /// <summary>Fire a trigger on an existing relationship.</summary>
    Fire = 0,

    /// <summary>Start a relationship at the definition's initial stage.</summary>
    Start = 1,
}
