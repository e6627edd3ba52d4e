using NodaTime;

namespace RelationshipKit.Idic.Identify;

/// <summary>
/// Represents one record about a customer as one channel holds it (a web account, a loyalty card at the till, a
/// contact-centre case, an app installation): a record id unique across all channels, the channel and the
/// identifiers the record carries.
/// </summary>
/// <remarks>
/// <para>The record id is the source system's key (<c>web:10017</c>, <c>shop:PL-3/778</c>), not personal data; it
/// is written in full in explanations. The identifiers are personal data and are masked wherever this package
/// prints them.</para>
/// <para>Equality is reference equality. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class ChannelRecord
{
    /// <summary>The longest record id accepted, in characters (the length of a <see cref="CustomerId"/>).</summary>
    public const int MaxIdLength = CustomerId.MaxLength;

    private readonly Identifier[] _identifiers;

    /// <summary>Initializes a new <see cref="ChannelRecord"/>.</summary>
    /// <param name="id">The record id, unique across all channels: 1 to <see cref="MaxIdLength"/> characters, no surrounding white space.</param>
    /// <param name="channel">The channel that holds the record.</param>
    /// <param name="identifiers">The identifiers the record carries (may be empty: such a record stays alone).</param>
    /// <param name="observedAt">When the channel last confirmed the record, if known.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="id"/> or <paramref name="identifiers"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="id"/> is empty, too long or has surrounding white space, when <paramref name="channel"/> is the default, or when an identifier is the default value.</exception>
    public ChannelRecord(string id, Channel channel, IEnumerable<Identifier> identifiers, Instant? observedAt = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(identifiers);
        if (id.Length == 0 || id.Length > MaxIdLength || char.IsWhiteSpace(id[0]) || char.IsWhiteSpace(id[^1]))
        {
            throw new ArgumentException(
                $"id must be 1 to {MaxIdLength} characters without surrounding white space; was {Guard.Format(id)}.", nameof(id));
        }

        Id = id;
        Channel = Channel.Required(channel, nameof(channel));
        _identifiers = identifiers.ToArray();
        for (var i = 0; i < _identifiers.Length; i++)
        {
            if (_identifiers[i].Value.Length == 0)
            {
                throw new ArgumentException($"identifiers must not contain the default identifier; item {i} was the default.", nameof(identifiers));
            }
        }

        ObservedAt = observedAt;
    }

    /// <summary>Gets the record id, unique across all channels.</summary>
    public string Id { get; }

    /// <summary>Gets the channel that holds the record.</summary>
    public Channel Channel { get; }

    /// <summary>Gets the identifiers the record carries, in the order given.</summary>
    public IReadOnlyList<Identifier> Identifiers => _identifiers;

    /// <summary>Gets when the channel last confirmed the record, if known.</summary>
    public Instant? ObservedAt { get; }

    internal Identifier[] IdentifierArray => _identifiers;

    /// <summary>Returns the record id, the channel and the number of identifiers (identifiers are not shown).</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Id} ({Channel}, {_identifiers.Length} identifiers)";
}
