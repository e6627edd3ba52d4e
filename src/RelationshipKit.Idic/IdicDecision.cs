namespace RelationshipKit.Idic;

/// <summary>
/// Represents one entry of a decision trace: which stage decided what, by which rule, from which data.
/// </summary>
/// <remarks>
/// Texts hold no personal identifiers in clear text (identifiers are masked), so a trace may be logged or shown to a
/// representative. Equality is reference equality. This type is immutable and thread-safe.
/// </remarks>
[Immutable]
public sealed class IdicDecision
{
    /// <summary>Initializes a new <see cref="IdicDecision"/>.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="rule">The rule, a kebab-case name such as <c>consent</c> or <c>offer-cap</c>.</param>
    /// <param name="decision">What was decided.</param>
    /// <param name="basis">From which data; empty when the rule needs none.</param>
    /// <exception cref="ArgumentException">Thrown when an argument breaks its rule.</exception>
    /// <exception cref="ArgumentNullException">Thrown when a string argument is null.</exception>
    public IdicDecision(IdicStageKind stage, string rule, string decision, string basis)
    {
        Guard.Defined(stage);
        Stage = stage;
        Rule = KebabCase.Require(rule, 48, nameof(rule));
        Decision = Guard.NotBlank(decision);
        ArgumentNullException.ThrowIfNull(basis);
        Basis = basis;
    }

    /// <summary>Gets the stage.</summary>
    public IdicStageKind Stage { get; }

    /// <summary>Gets the rule.</summary>
    public string Rule { get; }

    /// <summary>Gets what was decided.</summary>
    public string Decision { get; }

    /// <summary>Gets from which data; empty when the rule needs none.</summary>
    public string Basis { get; }

    /// <summary>Returns the entry, for example <c>Interact [consent] refused: no agreement for marketing on sms (consent store, version 3)</c>.</summary>
    /// <returns>The entry on one line.</returns>
    public override string ToString() => $"{Stage} [{Rule}] {Decision}" + (Basis.Length == 0 ? string.Empty : $" ({Basis})");
}
