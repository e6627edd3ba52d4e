namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Represents what an interaction was about: a kebab-case name such as <c>delivery</c> or <c>negotiation</c>. The
/// topics a representative must see at once (seed 003: last delivery, returns and credits, payment details, latest
/// negotiation) are static properties; an application adds its own with the constructor.
/// </summary>
/// <remarks>
/// Equality is ordinal on <see cref="Name"/>. The <c>default</c> value is the unset topic (empty name), rejected
/// wherever a topic is required. This type is immutable and thread-safe.
/// </remarks>
[Immutable]
public readonly struct InteractionTopic : IEquatable<InteractionTopic>
{
    /// <summary>The longest name accepted, in characters.</summary>
    public const int MaxNameLength = 48;

    private readonly string? _name;

    /// <summary>Initializes a new <see cref="InteractionTopic"/>.</summary>
    /// <param name="name">A kebab-case name of at most <see cref="MaxNameLength"/> characters.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="name"/> is not kebab-case or is too long.</exception>
    public InteractionTopic(string name) => _name = KebabCase.Require(name, MaxNameLength, nameof(name));

    /// <summary>Gets the delivery topic (<c>delivery</c>).</summary>
    public static InteractionTopic Delivery => new("delivery");

    /// <summary>Gets the return topic (<c>return</c>).</summary>
    public static InteractionTopic Return => new("return");

    /// <summary>Gets the credit topic: a refund or credit note (<c>credit</c>).</summary>
    public static InteractionTopic Credit => new("credit");

    /// <summary>Gets the payment topic: payment details and payments (<c>payment</c>).</summary>
    public static InteractionTopic Payment => new("payment");

    /// <summary>Gets the negotiation topic (<c>negotiation</c>).</summary>
    public static InteractionTopic Negotiation => new("negotiation");

    /// <summary>Gets the complaint topic (<c>complaint</c>).</summary>
    public static InteractionTopic Complaint => new("complaint");

    /// <summary>Gets the question topic: the customer asks something (<c>question</c>).</summary>
    public static InteractionTopic Question => new("question");

    /// <summary>Gets the sale topic (<c>sale</c>).</summary>
    public static InteractionTopic Sale => new("sale");

    /// <summary>Gets the callback topic: the company calls back as it promised (<c>callback</c>).</summary>
    public static InteractionTopic Callback => new("callback");

    /// <summary>Gets the survey topic (<c>survey</c>).</summary>
    public static InteractionTopic Survey => new("survey");

    /// <summary>Gets the kebab-case name; the empty string for the <c>default</c> value.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>Determines whether two topics are equal.</summary>
    /// <param name="left">The first topic.</param>
    /// <param name="right">The second topic.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(InteractionTopic left, InteractionTopic right) => left.Equals(right);

    /// <summary>Determines whether two topics differ.</summary>
    /// <param name="left">The first topic.</param>
    /// <param name="right">The second topic.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(InteractionTopic left, InteractionTopic right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(InteractionTopic other) => string.Equals(_name, other._name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is InteractionTopic other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _name is null ? 0 : StringComparer.Ordinal.GetHashCode(_name);

    /// <summary>Returns the name.</summary>
    /// <returns>The kebab-case name.</returns>
    public override string ToString() => Name;
}
