namespace RelationshipKit;

/// <summary>
/// Represents the identifier of one customer: a non-empty string of at most 128 characters, trimmed,
/// compared ordinally (<c>"00001"</c> stays <c>"00001"</c> and differs from <c>"1"</c>).
/// </summary>
/// <remarks>
/// <para>Equality and ordering are ordinal on <see cref="Value"/>.</para>
/// <para>The <c>default</c> value is the unset id: its <see cref="Value"/> is the empty string, it equals
/// only other default values and sorts before every real id. Construction never produces it.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct CustomerId : IEquatable<CustomerId>, IComparable<CustomerId>
{
    /// <summary>The longest id accepted, in UTF-16 code units.</summary>
    public const int MaxLength = 128;

    private readonly string? _value;

    /// <summary>Initializes a new <see cref="CustomerId"/> from <paramref name="value"/>, trimming surrounding white space.</summary>
    /// <param name="value">The id text.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="value"/> is empty or white space after trimming, or longer than <see cref="MaxLength"/> characters after trimming.</exception>
    public CustomerId(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            throw new ArgumentException($"value must not be empty or white space; was {Preconditions.Format(value)}.", nameof(value));
        }

        if (trimmed.Length > MaxLength)
        {
            throw new ArgumentException($"value must be at most {MaxLength} characters after trimming; was {trimmed.Length} characters.", nameof(value));
        }

        _value = trimmed;
    }

    /// <summary>Gets the id text; the empty string for the <c>default</c> value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is the unset <c>default</c> id.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Determines whether two ids are equal (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when the ids are equal.</returns>
    public static bool operator ==(CustomerId left, CustomerId right) => left.Equals(right);

    /// <summary>Determines whether two ids differ (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when the ids differ.</returns>
    public static bool operator !=(CustomerId left, CustomerId right) => !left.Equals(right);

    /// <summary>Determines whether <paramref name="left"/> sorts before <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(CustomerId left, CustomerId right) => left.CompareTo(right) < 0;

    /// <summary>Determines whether <paramref name="left"/> sorts before or with <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(CustomerId left, CustomerId right) => left.CompareTo(right) <= 0;

    /// <summary>Determines whether <paramref name="left"/> sorts after <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(CustomerId left, CustomerId right) => left.CompareTo(right) > 0;

    /// <summary>Determines whether <paramref name="left"/> sorts after or with <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(CustomerId left, CustomerId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public bool Equals(CustomerId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CustomerId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc />
    public int CompareTo(CustomerId other) => string.CompareOrdinal(_value, other._value);

    /// <summary>Returns the id text.</summary>
    /// <returns>The id text; the empty string for the <c>default</c> value.</returns>
    public override string ToString() => Value;
}
