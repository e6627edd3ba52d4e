namespace RelationshipKit.Idic;

/// <summary>
/// Represents every decision an IDIC pipeline made for one request, in the order made.
/// </summary>
/// <remarks>Equality is reference equality. This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class DecisionTrace
{
    internal DecisionTrace(IdicDecision[] entries) => Entries = Array.AsReadOnly(entries);

    /// <summary>Gets the decisions in the order made.</summary>
    public IReadOnlyList<IdicDecision> Entries { get; }

    /// <summary>Gets the decisions of one stage.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>Its decisions in order.</returns>
    public IReadOnlyList<IdicDecision> Of(IdicStageKind stage) => [.. Entries.Where(e => e.Stage == stage)];

    /// <summary>Returns the trace, one decision per line.</summary>
    /// <returns>The trace.</returns>
    public override string ToString() => string.Join("\n", Entries);
}
