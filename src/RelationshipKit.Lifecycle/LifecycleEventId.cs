using RelationshipKit.Lifecycle.Internal;

namespace RelationshipKit.Lifecycle;

/// <summary>
/// Represents the caller's identifier of one event (a queue message id, a request id): a non-empty string of at most
/// 200 characters, compared ordinally. Firing or writing the same event id twice for one customer returns the
/// original result and appends nothing, so an event delivered twice (queues deliver at least once) counts once.
/// </summary>
/// <remarks>
/// <para>Event ids are scoped to one customer's relationship: the same id used for two customers names two events.</para>
/// <para>The <c>default</c> value is the unset id (<see cref="IsDefault"/>); <c>Fire</c> and the stores reject it.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct LifecycleEventId : IEquatable<LifecycleEventId>
{
    /// <summary>The longest id accepted, in UTF-16 code units.</summary>
    public const int MaxLength = 200;

    private readonly string? _value;

    /// <summary>Initializes a new <see cref="LifecycleEventId"/>.</summary>
    /// <param name="value">The id text, used as given (not trimmed).</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="value"/> is empty, white space or longer than <see cref="MaxLength"/> characters.</exception>
    public LifecycleEventId(string value) => _value = Text.Required(value, MaxLength, nameof(value));

    /// <summary>Gets the id text; the empty string for the <c>default</c> value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is the unset <c>default</c> id.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Determines whether two ids are equal (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when the ids are equal.</returns>
    public static bool operator ==(LifecycleEventId left, LifecycleEventId right) => left.Equals(right);

    /// <summary>Determines whether two ids differ (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when the ids differ.</returns>
    public static bool operator !=(LifecycleEventId left, LifecycleEventId right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(LifecycleEventId other) =>
        ReferenceEquals(_value, other._value) || string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LifecycleEventId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Returns the id text.</summary>
    /// <returns>The id text; the empty string for the <c>default</c> value.</returns>
    public override string ToString() => Value;
}
