namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Represents the purpose an agreement (consent) covers: a kebab-case name such as <c>marketing</c> or
/// <c>survey</c>. Common purposes are static properties; an application adds its own with the constructor.
/// </summary>
/// <remarks>
/// Equality is ordinal on <see cref="Name"/>. The <c>default</c> value is the unset purpose (empty name), rejected
/// wherever a purpose is required. This type is immutable and thread-safe.
/// </remarks>
[Immutable]
public readonly struct ConsentPurpose : IEquatable<ConsentPurpose>
{
    /// <summary>The longest name accepted, in characters.</summary>
    public const int MaxNameLength = 48;

    private readonly string? _name;

    /// <summary>Initializes a new <see cref="ConsentPurpose"/>.</summary>
    /// <param name="name">A kebab-case name of at most <see cref="MaxNameLength"/> characters.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="name"/> is not kebab-case or is too long.</exception>
    public ConsentPurpose(string name) => _name = KebabCase.Require(name, MaxNameLength, nameof(name));

    /// <summary>Gets service: messages about the customer's own orders, cases and contracts (<c>service</c>).</summary>
    public static ConsentPurpose Service => new("service");

    /// <summary>Gets marketing: offers of products and services (<c>marketing</c>).</summary>
    public static ConsentPurpose Marketing => new("marketing");

    /// <summary>Gets surveys and requests for feedback (<c>survey</c>).</summary>
    public static ConsentPurpose Survey => new("survey");

    /// <summary>Gets profiling: analysing the customer's behaviour to personalise (<c>profiling</c>).</summary>
    public static ConsentPurpose Profiling => new("profiling");

    /// <summary>Gets passing data to partners (<c>third-party</c>).</summary>
    public static ConsentPurpose ThirdParty => new("third-party");

    /// <summary>Gets the kebab-case name; the empty string for the <c>default</c> value.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>Determines whether two purposes are equal.</summary>
    /// <param name="left">The first purpose.</param>
    /// <param name="right">The second purpose.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ConsentPurpose left, ConsentPurpose right) => left.Equals(right);

    /// <summary>Determines whether two purposes differ.</summary>
    /// <param name="left">The first purpose.</param>
    /// <param name="right">The second purpose.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ConsentPurpose left, ConsentPurpose right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ConsentPurpose other) => string.Equals(_name, other._name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ConsentPurpose other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _name is null ? 0 : StringComparer.Ordinal.GetHashCode(_name);

    /// <summary>Returns the name.</summary>
    /// <returns>The kebab-case name.</returns>
    public override string ToString() => Name;
}
