namespace RelationshipKit.Lifecycle;

/// <summary>Represents why a trigger was not accepted. A rejection is a result, never an exception.</summary>
public enum RejectionReason
{
    /// <summary>Not rejected (the value of an accepted or duplicate result).</summary>
    None = 0,

    /// <summary>The stage (and its parent stages) permit no transition for the trigger.</summary>
    NoTransition = 1,

    /// <summary>Transitions exist, but none of their guards was met; their descriptions are listed.</summary>
    GuardsUnmet = 2,

    /// <summary>The relationship is in a terminal stage, which permits no trigger.</summary>
    TerminalStage = 3,

    /// <summary>The state belongs to another definition (another name, or another version without a declared migration).</summary>
    DefinitionMismatch = 4,

    /// <summary>The stage blocks the trigger that its parent stage would permit (for example advancing during a conflict).</summary>
    Blocked = 5,

    /// <summary>The event is older than the relationship's last transition; accepting it would make the history go back in time.</summary>
    OutOfOrder = 6,

    /// <summary>A start was asked for a customer whose relationship has already started.</summary>
    AlreadyStarted = 7,

    /// <summary>A trigger was fired for a customer whose relationship has not started.</summary>
    NotStarted = 8,
}
