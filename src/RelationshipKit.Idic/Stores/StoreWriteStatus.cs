namespace RelationshipKit.Idic.Stores;

/// <summary>Represents the outcome of a store write.</summary>
/// <remarks>The <c>default</c> value is <see cref="Written"/>.</remarks>
public enum StoreWriteStatus
{
    /// <summary>The write was applied; the stream is at the new version.</summary>
    Written = 0,

    /// <summary>An event with the same id was applied before; nothing changed (a retry is safe).</summary>
    Duplicate = 1,

    /// <summary>The stream was not at the expected version: someone else wrote first. Nothing changed; re-read and decide again.</summary>
    Conflict = 2,
}
