namespace RelationshipKit.Testing.Lifecycle;

/// <summary>Represents the triggers of the store contract's lifecycle.</summary>
public enum ContractTrigger
{
    /// <summary>Lead to active.</summary>
    Activate = 0,

    /// <summary>Active to paused.</summary>
    Pause = 1,

    /// <summary>Paused to its review substage.</summary>
    Review = 2,

    /// <summary>Paused (or in review) back to active.</summary>
    Resume = 3,

    /// <summary>Any stage to closed.</summary>
    Close = 4,

    /// <summary>Closed back to lead, as a new episode.</summary>
    Reopen = 5,

    /// <summary>An internal transition while active.</summary>
    Note = 6,
}
