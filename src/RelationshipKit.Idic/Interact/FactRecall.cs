namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Represents the answer of <see cref="DialogueMemory.Recall"/>: whether the company already knows the answer to a
/// question, since when, from which channel, and whether it is still valid.
/// </summary>
/// <remarks>
/// The <c>default</c> value is an unknown recall of no question. Equality compares the question, the state and the
/// fact by reference. This type is immutable and thread-safe.
/// </remarks>
[Immutable]
public readonly struct FactRecall : IEquatable<FactRecall>
{
    internal FactRecall(string question, Fact? fact, bool valid)
    {
        Question = question;
        Fact = fact;
        IsValid = valid;
    }

    /// <summary>Gets the question asked of the memory.</summary>
    public string Question { get; }

    /// <summary>Gets the latest fact learned for the question; <see langword="null"/> when it was never answered.</summary>
    public Fact? Fact { get; }

    /// <summary>Gets a value indicating whether the question was ever answered.</summary>
    public bool IsKnown => Fact is not null;

    /// <summary>Gets a value indicating whether the latest answer is still valid at the instant of the recall.</summary>
    public bool IsValid { get; }

    /// <summary>Gets a value indicating whether a representative may ask the question: never answered, or the answer expired.</summary>
    public bool ShouldAsk => !IsValid;

    /// <summary>Determines whether two recalls are equal.</summary>
    /// <param name="left">The first recall.</param>
    /// <param name="right">The second recall.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(FactRecall left, FactRecall right) => left.Equals(right);

    /// <summary>Determines whether two recalls differ.</summary>
    /// <param name="left">The first recall.</param>
    /// <param name="right">The second recall.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(FactRecall left, FactRecall right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(FactRecall other) =>
        string.Equals(Question, other.Question, StringComparison.Ordinal) && ReferenceEquals(Fact, other.Fact) && IsValid == other.IsValid;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FactRecall other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Question, Fact, IsValid);

    /// <summary>Returns the explanation, for example <c>household-size: known since 2026-03-01T10:00:00Z from phone, valid</c>.</summary>
    /// <returns>The explanation (never the answer itself).</returns>
    public override string ToString() => Fact is null
        ? $"{Question}: never answered"
        : $"{Question}: known since {Fact.LearnedAt} from {Fact.Channel}, {(IsValid ? "valid" : "expired")}";
}
