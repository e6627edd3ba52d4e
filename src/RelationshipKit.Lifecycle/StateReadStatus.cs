namespace RelationshipKit.Lifecycle;

/// <summary>Represents the outcome of reading a relationship's state.</summary>
public enum StateReadStatus
{
    /// <summary>No relationship is stored for the customer.</summary>
    NotFound = 0,

    /// <summary>The state was read (through a declared migration when an older version wrote it).</summary>
    Found = 1,

    /// <summary>The state was written by another definition, a newer version, or an older version without a declared migration.</summary>
    DefinitionMismatch = 2,
}
