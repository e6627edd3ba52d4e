namespace RelationshipKit.Idic.Identify;

/// <summary>
/// Represents one identifier as a channel recorded it: its kind and its raw text (<c>"Jan.Kowalski@Example.com"</c>,
/// <c>"601 234 567"</c>). Normalisation happens in the resolver (<see cref="IdentifierNormalizer"/>).
/// </summary>
/// <remarks>
/// <para>Equality is ordinal on the raw value and the kind (two spellings of one address are different
/// <see cref="Identifier"/> values with the same normal form). <see cref="ToString"/> masks the value
/// (<see cref="IdentifierMask"/>), so an identifier interpolated into a log line never shows in clear text; read
/// <see cref="Value"/> for the raw text.</para>
/// <para>The <c>default</c> value is an e-mail identifier with an empty value; constructors reject it, and the
/// resolver reports it as invalid. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct Identifier : IEquatable<Identifier>
{
    /// <summary>The longest raw value accepted, in characters.</summary>
    public const int MaxLength = 256;

    private readonly string? _value;

    /// <summary>Initializes a new <see cref="Identifier"/>.</summary>
    /// <param name="kind">The kind of identifier.</param>
    /// <param name="value">The raw text as the channel recorded it; not empty, at most <see cref="MaxLength"/> characters.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="value"/> is empty, white space or too long (the message gives only its length).</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="kind"/> is not a defined value.</exception>
    public Identifier(IdentifierKind kind, string value)
    {
        Guard.Defined(kind);
        ArgumentNullException.ThrowIfNull(value);
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxLength)
        {
            throw new ArgumentException(
                $"value must be 1 to {MaxLength} characters and not white space; was {value.Length} characters.", nameof(value));
        }

        Kind = kind;
        _value = value;
    }

    /// <summary>Gets the kind of identifier.</summary>
    public IdentifierKind Kind { get; }

    /// <summary>Gets the raw text as the channel recorded it (personal data: do not log it; use <see cref="ToString"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Creates an e-mail identifier.</summary>
    /// <param name="value">The address.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="value"/> is empty or too long.</exception>
    public static Identifier Email(string value) => new(IdentifierKind.Email, value);

    /// <summary>Creates a phone identifier.</summary>
    /// <param name="value">The number, national or international, with any punctuation.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="value"/> is empty or too long.</exception>
    public static Identifier Phone(string value) => new(IdentifierKind.Phone, value);

    /// <summary>Creates a loyalty-number identifier.</summary>
    /// <param name="value">The card number.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="value"/> is empty or too long.</exception>
    public static Identifier Loyalty(string value) => new(IdentifierKind.LoyaltyNumber, value);

    /// <summary>Creates a device-id identifier.</summary>
    /// <param name="value">The device or installation id.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="value"/> is empty or too long.</exception>
    public static Identifier Device(string value) => new(IdentifierKind.DeviceId, value);

    /// <summary>Creates an account-number identifier.</summary>
    /// <param name="value">The account number.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="value"/> is empty or too long.</exception>
    public static Identifier Account(string value) => new(IdentifierKind.AccountNumber, value);

    /// <summary>Determines whether two identifiers are equal (kind and raw value, ordinal).</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Identifier left, Identifier right) => left.Equals(right);

    /// <summary>Determines whether two identifiers differ.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Identifier left, Identifier right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(Identifier other) => Kind == other.Kind && string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Identifier other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value));

    /// <summary>Returns the kind and the masked value, for example <c>phone +48*******67</c>; never the clear text.</summary>
    /// <returns>The masked description.</returns>
    public override string ToString() => IdentifierMask.Describe(Kind, Value);
}
