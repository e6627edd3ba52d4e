namespace RelationshipKit.Testing.Lifecycle;

/// <summary>Represents the stages of the small lifecycle the store contract writes (see <see cref="ContractLifecycle"/>).</summary>
public enum ContractStage
{
    /// <summary>The initial stage.</summary>
    Lead = 0,

    /// <summary>An active relationship.</summary>
    Active = 1,

    /// <summary>A paused relationship.</summary>
    Paused = 2,

    /// <summary>A substage of <see cref="Paused"/> (merged into it by version 2's migration).</summary>
    PausedInReview = 3,

    /// <summary>The end (a win-back starts a new episode at <see cref="Lead"/>).</summary>
    Closed = 4,
}
