namespace RelationshipKit.Idic.Matching;

/// <summary>
/// Represents the consultant chosen for a customer, with every consultant scored term by term, the rule that decided
/// and an explanation.
/// </summary>
/// <remarks>Created by <see cref="ConsultantMatcher.Match"/>. Equality is reference equality. This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class ConsultantMatch
{
    internal ConsultantMatch(MatchRequest request, ConsultantScore? chosen, MatchRule rule, ConsultantScore[] ranked, ConsultantScore[] excluded, string? callbackFromAdviser, string explanation)
    {
        Request = request;
        Chosen = chosen;
        Rule = rule;
        Ranked = Array.AsReadOnly(ranked);
        Excluded = Array.AsReadOnly(excluded);
        CallbackFromAdviser = callbackFromAdviser;
        Explanation = explanation;
    }

    /// <summary>Gets the customer's request.</summary>
    public MatchRequest Request { get; }

    /// <summary>Gets the chosen consultant with his score; <see langword="null"/> when the rule is <see cref="MatchRule.NoConsultant"/>.</summary>
    public ConsultantScore? Chosen { get; }

    /// <summary>Gets the rule that decided.</summary>
    public MatchRule Rule { get; }

    /// <summary>Gets the eligible consultants, best score first (ties: lighter load, then id).</summary>
    public IReadOnlyList<ConsultantScore> Ranked { get; }

    /// <summary>Gets the consultants not considered, with the reason, in id order.</summary>
    public IReadOnlyList<ConsultantScore> Excluded { get; }

    /// <summary>Gets the dedicated adviser who should call the customer back, when he was not available now; <see langword="null"/> otherwise.</summary>
    public string? CallbackFromAdviser { get; }

    /// <summary>Gets the explanation of the choice.</summary>
    public string Explanation { get; }

    /// <summary>Returns the explanation.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => Explanation;
}
