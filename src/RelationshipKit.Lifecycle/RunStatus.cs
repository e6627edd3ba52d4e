namespace RelationshipKit.Lifecycle;

/// <summary>Represents how a <see cref="LifecycleRunner{TStage, TTrigger}"/> call ended.</summary>
public enum RunStatus
{
    /// <summary>The transition was accepted and stored, and its effects ran.</summary>
    Applied = 0,

    /// <summary>The definition rejected the trigger; nothing was stored (see the transition's rejection reason).</summary>
    Rejected = 1,

    /// <summary>The event id had already been applied; the stored state is returned and nothing ran.</summary>
    Duplicate = 2,

    /// <summary>The store kept conflicting with concurrent writers after every retry; nothing was stored.</summary>
    Conflict = 3,

    /// <summary>The stored state belongs to another definition or version without a migration; nothing was stored.</summary>
    DefinitionMismatch = 4,
}
