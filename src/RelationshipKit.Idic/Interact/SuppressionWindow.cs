using NodaTime;

namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Represents a time during which the customer must not be contacted, taken from his calendar of events: "do not
/// call a fan while his team is playing" (seed 001).
/// </summary>
/// <remarks>
/// The window holds its start and excludes its end. Equality compares the interval and the reason. The
/// <c>default</c> value is an empty window at the epoch with no reason; constructors reject empty windows. This type
/// is immutable and thread-safe.
/// </remarks>
[Immutable]
public readonly struct SuppressionWindow : IEquatable<SuppressionWindow>
{
    private readonly string? _reason;

    /// <summary>Initializes a new <see cref="SuppressionWindow"/>.</summary>
    /// <param name="start">When the window opens.</param>
    /// <param name="end">When it closes; after <paramref name="start"/>.</param>
    /// <param name="reason">The event, for example <c>Legia Warszawa match</c> (shown to staff, never a personal identifier).</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="end"/> is not after <paramref name="start"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="reason"/> is empty.</exception>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="reason"/> is null.</exception>
    public SuppressionWindow(Instant start, Instant end, string reason)
    {
        if (end <= start)
        {
            throw Guard.OutOfRange(nameof(end), end, $"be after start ({start})");
        }

        Start = start;
        End = end;
        _reason = Guard.NotBlank(reason);
    }

    /// <summary>Gets when the window opens.</summary>
    public Instant Start { get; }

    /// <summary>Gets when it closes.</summary>
    public Instant End { get; }

    /// <summary>Gets the event.</summary>
    public string Reason => _reason ?? string.Empty;

    /// <summary>Determines whether two windows are equal.</summary>
    /// <param name="left">The first window.</param>
    /// <param name="right">The second window.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SuppressionWindow left, SuppressionWindow right) => left.Equals(right);

    /// <summary>Determines whether two windows differ.</summary>
    /// <param name="left">The first window.</param>
    /// <param name="right">The second window.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(SuppressionWindow left, SuppressionWindow right) => !left.Equals(right);

    /// <summary>Determines whether <paramref name="at"/> is inside the window.</summary>
    /// <param name="at">The instant.</param>
    /// <returns><see langword="true"/> when inside.</returns>
    public bool Contains(Instant at) => at >= Start && at < End;

    /// <inheritdoc />
    public bool Equals(SuppressionWindow other) => Start == other.Start && End == other.End && string.Equals(_reason, other._reason, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SuppressionWindow other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End, _reason);

    /// <summary>Returns the window and its reason.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Reason} ({Start} to {End})";
}
