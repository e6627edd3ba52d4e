namespace RelationshipKit.Lifecycle;

/// <summary>Represents the first entry of a history that a check rejected, and why.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class HistoryProblem
{
    internal HistoryProblem(int index, long sequence, string message)
    {
        Index = index;
        Sequence = sequence;
        Message = message;
    }

    /// <summary>Gets the 0-based position of the bad entry in the list checked.</summary>
    public int Index { get; }

    /// <summary>Gets the sequence number the bad entry carries.</summary>
    public long Sequence { get; }

    /// <summary>Gets a sentence naming the entry and the rule it breaks.</summary>
    public string Message { get; }

    /// <summary>Returns <see cref="Message"/>.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;
}
