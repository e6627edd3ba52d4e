namespace RelationshipKit.Lifecycle.Storage;

/// <summary>Represents the outcome of a store write.</summary>
public enum WriteStatus
{
    /// <summary>The entry was appended and the state replaced.</summary>
    Written = 0,

    /// <summary>The event id was already written for the customer: nothing was appended; the original entry and the current state are returned.</summary>
    Duplicate = 1,

    /// <summary>The expected version is not the stored one (another writer got there first): nothing was written; the stored version is returned.</summary>
    Conflict = 2,

    /// <summary>The write, or the stored state, belongs to another definition or version: nothing was written.</summary>
    DefinitionMismatch = 3,
}
