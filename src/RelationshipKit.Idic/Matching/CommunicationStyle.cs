namespace RelationshipKit.Idic.Matching;

/// <summary>
/// Represents a personality type or communication style, of a customer or of a consultant: a kebab-case name such as
/// <c>analytical</c> or <c>amiable</c>. The four social styles of Merrill &amp; Reid are static properties; an
/// application that uses another typology (DISC, Kahler's Process Communication Model) creates its own names and a
/// <see cref="StyleCompatibility"/> for them.
/// </summary>
/// <remarks>
/// Equality is ordinal on <see cref="Name"/>. The <c>default</c> value is the unset style (empty name), rejected
/// wherever a style is required. This type is immutable and thread-safe.
/// </remarks>
[Immutable]
public readonly struct CommunicationStyle : IEquatable<CommunicationStyle>
{
    /// <summary>The longest name accepted, in characters.</summary>
    public const int MaxNameLength = 32;

    private readonly string? _name;

    /// <summary>Initializes a new <see cref="CommunicationStyle"/>.</summary>
    /// <param name="name">A kebab-case name of at most <see cref="MaxNameLength"/> characters.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="name"/> is not kebab-case or is too long.</exception>
    public CommunicationStyle(string name) => _name = KebabCase.Require(name, MaxNameLength, nameof(name));

    /// <summary>Gets the driver style: assertive and task-oriented (controlled emotions) — wants results, briefly.</summary>
    public static CommunicationStyle Driver => new("driver");

    /// <summary>Gets the expressive style: assertive and people-oriented (shows emotions) — wants recognition and a story.</summary>
    public static CommunicationStyle Expressive => new("expressive");

    /// <summary>Gets the amiable style: less assertive and people-oriented — wants warmth and reassurance.</summary>
    public static CommunicationStyle Amiable => new("amiable");

    /// <summary>Gets the analytical style: less assertive and task-oriented — wants facts, in order.</summary>
    public static CommunicationStyle Analytical => new("analytical");

    /// <summary>Gets the kebab-case name; the empty string for the <c>default</c> value.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>Determines whether two styles are equal.</summary>
    /// <param name="left">The first style.</param>
    /// <param name="right">The second style.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CommunicationStyle left, CommunicationStyle right) => left.Equals(right);

    /// <summary>Determines whether two styles differ.</summary>
    /// <param name="left">The first style.</param>
    /// <param name="right">The second style.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CommunicationStyle left, CommunicationStyle right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(CommunicationStyle other) => string.Equals(_name, other._name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CommunicationStyle other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _name is null ? 0 : StringComparer.Ordinal.GetHashCode(_name);

    /// <summary>Returns the name.</summary>
    /// <returns>The kebab-case name.</returns>
    public override string ToString() => Name;
}
