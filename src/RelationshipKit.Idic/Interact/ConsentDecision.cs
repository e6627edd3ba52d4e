namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Represents the answer of <see cref="ConsentLedger.Check"/>: whether an interaction may use a purpose on a channel,
/// on which agreement, or why not.
/// </summary>
/// <remarks>
/// The <c>default</c> value is a refusal without a reason. Equality compares all members (the agreement by
/// reference). This type is immutable and thread-safe.
/// </remarks>
[Immutable]
public readonly struct ConsentDecision : IEquatable<ConsentDecision>
{
    private readonly string? _reason;

    internal ConsentDecision(bool granted, ConsentEvent? agreement, string reason)
    {
        IsGranted = granted;
        Agreement = agreement;
        _reason = reason;
    }

    /// <summary>Gets a value indicating whether the interaction has the consent it needs.</summary>
    public bool IsGranted { get; }

    /// <summary>Gets the event that decided: the grant, the withdrawal or the refusal; <see langword="null"/> when no event applies.</summary>
    public ConsentEvent? Agreement { get; }

    /// <summary>Gets the reason in words, for example <c>withdrawn at 2026-03-01T10:00:00Z</c>.</summary>
    public string Reason => _reason ?? string.Empty;

    /// <summary>Determines whether two decisions are equal.</summary>
    /// <param name="left">The first decision.</param>
    /// <param name="right">The second decision.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ConsentDecision left, ConsentDecision right) => left.Equals(right);

    /// <summary>Determines whether two decisions differ.</summary>
    /// <param name="left">The first decision.</param>
    /// <param name="right">The second decision.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ConsentDecision left, ConsentDecision right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ConsentDecision other) =>
        IsGranted == other.IsGranted && ReferenceEquals(Agreement, other.Agreement) && string.Equals(Reason, other.Reason, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ConsentDecision other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(IsGranted, Agreement, Reason);

    /// <summary>Returns the decision and its reason.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => (IsGranted ? "granted: " : "refused: ") + Reason;
}
