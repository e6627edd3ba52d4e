namespace RelationshipKit.Idic;

/// <summary>
/// Represents a channel (touchpoint) through which a customer and the company interact: a kebab-case name such as
/// <c>phone</c>, <c>e-mail</c> or <c>web</c>. The well-known channels are static properties; an application adds its
/// own with the constructor (<c>new Channel("whatsapp")</c>).
/// </summary>
/// <remarks>
/// <para>Equality and ordering are ordinal on <see cref="Name"/>. The <c>default</c> value is the unset channel
/// (empty name); it equals only itself and is rejected wherever a channel is required.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct Channel : IEquatable<Channel>, IComparable<Channel>
{
    /// <summary>The longest name accepted, in characters.</summary>
    public const int MaxNameLength = 32;

    private readonly string? _name;

    /// <summary>Initializes a new <see cref="Channel"/>.</summary>
    /// <param name="name">A kebab-case name: lower-case ASCII letters and digits joined by single hyphens, at most <see cref="MaxNameLength"/> characters.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="name"/> is not kebab-case or is too long.</exception>
    public Channel(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!KebabCase.IsValid(name, MaxNameLength))
        {
            throw new ArgumentException(
                $"name must be kebab-case (lower-case ASCII letters and digits joined by single hyphens) and at most {MaxNameLength} characters; was {Guard.Format(name)}.",
                nameof(name));
        }

        _name = name;
    }

    /// <summary>Gets the company's web site (<c>web</c>).</summary>
    public static Channel Web => new("web");

    /// <summary>Gets the company's mobile application (<c>mobile</c>).</summary>
    public static Channel Mobile => new("mobile");

    /// <summary>Gets social media (<c>social</c>).</summary>
    public static Channel Social => new("social");

    /// <summary>Gets the contact centre's voice line: a consultant or the phone menu (<c>phone</c>).</summary>
    public static Channel Phone => new("phone");

    /// <summary>Gets a shop or branch, in person (<c>shop</c>).</summary>
    public static Channel Shop => new("shop");

    /// <summary>Gets e-mail (<c>e-mail</c>).</summary>
    public static Channel Email => new("e-mail");

    /// <summary>Gets text messages (<c>sms</c>).</summary>
    public static Channel Sms => new("sms");

    /// <summary>Gets live chat (<c>chat</c>).</summary>
    public static Channel Chat => new("chat");

    /// <summary>Gets letters by post (<c>post</c>).</summary>
    public static Channel Post => new("post");

    /// <summary>Gets the kebab-case name; the empty string for the <c>default</c> value.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>Gets a value indicating whether this is the unset <c>default</c> channel.</summary>
    public bool IsDefault => _name is null;

    /// <summary>Determines whether two channels are equal.</summary>
    /// <param name="left">The first channel.</param>
    /// <param name="right">The second channel.</param>
    /// <returns><see langword="true"/> when the names are equal.</returns>
    public static bool operator ==(Channel left, Channel right) => left.Equals(right);

    /// <summary>Determines whether two channels differ.</summary>
    /// <param name="left">The first channel.</param>
    /// <param name="right">The second channel.</param>
    /// <returns><see langword="true"/> when the names differ.</returns>
    public static bool operator !=(Channel left, Channel right) => !left.Equals(right);

    /// <summary>Determines whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first channel.</param>
    /// <param name="right">The second channel.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(Channel left, Channel right) => left.CompareTo(right) < 0;

    /// <summary>Determines whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first channel.</param>
    /// <param name="right">The second channel.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(Channel left, Channel right) => left.CompareTo(right) <= 0;

    /// <summary>Determines whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first channel.</param>
    /// <param name="right">The second channel.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(Channel left, Channel right) => left.CompareTo(right) > 0;

    /// <summary>Determines whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first channel.</param>
    /// <param name="right">The second channel.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(Channel left, Channel right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public bool Equals(Channel other) => string.Equals(_name, other._name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Channel other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _name is null ? 0 : StringComparer.Ordinal.GetHashCode(_name);

    /// <inheritdoc />
    public int CompareTo(Channel other) => string.CompareOrdinal(_name, other._name);

    /// <summary>Returns the channel name.</summary>
    /// <returns>The kebab-case name.</returns>
    public override string ToString() => Name;

    internal static Channel Required(Channel channel, string paramName)
    {
        if (channel.IsDefault)
        {
            throw new ArgumentException($"{paramName} must be a channel; was the default (unset) channel.", paramName);
        }

        return channel;
    }
}
