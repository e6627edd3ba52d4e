using NodaTime;

namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Represents the answer of <see cref="ContactPolicy.RouteInbound"/>: the line to offer the customer, other lines of
/// the same cost, or, when nothing is open, the next opening, with the reasons.
/// </summary>
/// <remarks>Equality is reference equality. This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class InboundRoute
{
    internal InboundRoute(ServiceLine? line, ServiceLine[] alternatives, Instant? nextOpening, string[] reasons)
    {
        Line = line;
        Alternatives = Array.AsReadOnly(alternatives);
        NextOpening = nextOpening;
        Reasons = Array.AsReadOnly(reasons);
    }

    /// <summary>Gets the line to offer; <see langword="null"/> when none is open.</summary>
    public ServiceLine? Line { get; }

    /// <summary>Gets other open lines of the same cost.</summary>
    public IReadOnlyList<ServiceLine> Alternatives { get; }

    /// <summary>Gets when the first serving line opens, when none is open now.</summary>
    public Instant? NextOpening { get; }

    /// <summary>Gets the reasons: lines closed, lines not offered because they cost the customer more.</summary>
    public IReadOnlyList<string> Reasons { get; }

    /// <summary>Returns the chosen line and the reasons.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() =>
        (Line is null ? "no line open" : $"offer {Line}") + (Reasons.Count == 0 ? string.Empty : ": " + string.Join("; ", Reasons));
}
