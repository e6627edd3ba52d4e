namespace RelationshipKit.Lifecycle;

/// <summary>Represents how firing a trigger ended.</summary>
public enum TransitionOutcome
{
    /// <summary>Rejected: nothing changes and nothing is appended (see <see cref="RejectionReason"/>).</summary>
    Rejected = 0,

    /// <summary>Accepted: a new state, a history entry to append and the effects to run.</summary>
    Accepted = 1,

    /// <summary>The event id was already applied: the current state is returned, nothing is appended and no effect runs.</summary>
    Duplicate = 2,
}
