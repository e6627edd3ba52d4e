namespace RelationshipKit.Idic.Customize;

/// <summary>Represents what one treatment rule did for a customer: fired, did not fire (and why), or was not evaluated.</summary>
/// <remarks>Equality is reference equality. This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class TreatmentRuleOutcome
{
    internal TreatmentRuleOutcome(TreatmentRule rule, bool fired, bool evaluated, string reason)
    {
        Rule = rule;
        Fired = fired;
        Evaluated = evaluated;
        Reason = reason;
    }

    /// <summary>Gets the rule.</summary>
    public TreatmentRule Rule { get; }

    /// <summary>Gets a value indicating whether it fired.</summary>
    public bool Fired { get; }

    /// <summary>Gets a value indicating whether it was evaluated (an earlier rule may have ended the evaluation).</summary>
    public bool Evaluated { get; }

    /// <summary>Gets why it fired (every condition's reason) or why not (the first condition that failed, or the rule that ended the list).</summary>
    public string Reason { get; }

    /// <summary>Returns, for example, <c>fired vip-care: tier is MostValuable</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => (Fired ? "fired " : Evaluated ? "not fired " : "not evaluated ") + $"{Rule.Name}: {Reason}";
}
