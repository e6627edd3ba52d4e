namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Represents a way for the customer to reach the company: a hotline, a free-phone number, web chat, a callback
/// request form, e-mail, with what it costs him, where it serves and when it is open.
/// </summary>
/// <remarks>Equality is reference equality. This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class ServiceLine
{
    /// <summary>Initializes a new <see cref="ServiceLine"/>.</summary>
    /// <param name="name">A kebab-case name, for example <c>hotline-pl</c>.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="cost">What it costs the customer.</param>
    /// <param name="hours">When it is open; <see langword="null"/> for always (e-mail, a callback request form, self-service).</param>
    /// <param name="regions">The ISO 3166-1 alpha-2 regions whose customers it serves at <paramref name="cost"/>; empty for all.</param>
    /// <exception cref="ArgumentException">Thrown when an argument breaks its rule.</exception>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="name"/> is null.</exception>
    public ServiceLine(string name, Channel channel, ChannelCost cost, ServiceHours? hours = null, IEnumerable<string>? regions = null)
    {
        Name = KebabCase.Require(name, 48, nameof(name));
        Channel = Channel.Required(channel, nameof(channel));
        Guard.Defined(cost);
        Cost = cost;
        Hours = hours;
        Regions = Array.AsReadOnly((regions ?? []).Select(r => Guard.NotBlank(r, nameof(regions)).ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the channel.</summary>
    public Channel Channel { get; }

    /// <summary>Gets what it costs the customer.</summary>
    public ChannelCost Cost { get; }

    /// <summary>Gets when it is open; <see langword="null"/> for always.</summary>
    public ServiceHours? Hours { get; }

    /// <summary>Gets the regions it serves at its cost; empty for all.</summary>
    public IReadOnlyList<string> Regions { get; }

    /// <summary>Gets a value indicating whether it serves a customer in <paramref name="region"/> (an unknown region is served only by lines for all regions).</summary>
    /// <param name="region">The customer's region, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when served.</returns>
    public bool Serves(string? region) => Regions.Count == 0 || (region is not null && Regions.Contains(region.ToUpperInvariant(), StringComparer.Ordinal));

    /// <summary>Returns the name, channel, cost and hours.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Name} ({Channel}, {Cost.ToString().ToLowerInvariant()}, {(Hours is null ? "always open" : Hours.ToString())})";
}
