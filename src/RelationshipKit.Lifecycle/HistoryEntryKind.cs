namespace RelationshipKit.Lifecycle;

/// <summary>Represents what kind of step a lifecycle history entry records.</summary>
public enum HistoryEntryKind
{
    /// <summary>The relationship started at the definition's initial stage (the first entry of a history).</summary>
    Started = 0,

    /// <summary>The relationship was brought in at a stage of the caller's choice (an existing customer imported from another system).</summary>
    Imported = 1,

    /// <summary>A trigger moved the relationship to another stage.</summary>
    Transition = 2,

    /// <summary>A trigger left and re-entered the same stage (exit and entry effects ran, the time in stage restarted).</summary>
    Reentry = 3,

    /// <summary>A trigger was recorded without changing the stage (no effects, the time in stage continues).</summary>
    Internal = 4,

    /// <summary>A trigger won a lost relationship back: a transition that starts a new episode of the same relationship.</summary>
    WinBack = 5,
}
