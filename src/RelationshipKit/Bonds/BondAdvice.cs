namespace RelationshipKit.Bonds;

/// <summary>
/// Represents "what would move it": the smallest changes to a bond profile that make a target archetype its best
/// match, as computed by <see cref="BondClassifier.Advise(BondProfile, string)"/>.
/// </summary>
/// <remarks>
/// <para>The search is described on <see cref="BondClassifier.Advise(BondProfile, string)"/>. When the outcome is
/// not <see cref="BondAdviceOutcome.Reachable"/>, <see cref="Changes"/> is empty and <see cref="AdvisedProfile"/> is
/// the profile itself.</para>
/// <para>Equality is reference equality. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class BondAdvice
{
    internal BondAdvice(BondArchetype target, BondAdviceOutcome outcome, BondChange[] changes, BondClassification current, BondClassification advised, string explanation)
    {
        Target = target;
        Outcome = outcome;
        Changes = Array.AsReadOnly(changes);
        CurrentClassification = current;
        AdvisedClassification = advised;
        Explanation = explanation;
    }

    /// <summary>Gets the archetype the advice aims at.</summary>
    public BondArchetype Target { get; }

    /// <summary>Gets the outcome: already the best match, reachable with <see cref="Changes"/>, or unreachable.</summary>
    public BondAdviceOutcome Outcome { get; }

    /// <summary>Gets the recommended moves, in <see cref="BondDimension"/> order; empty unless the outcome is <see cref="BondAdviceOutcome.Reachable"/>.</summary>
    public IReadOnlyList<BondChange> Changes { get; }

    /// <summary>Gets the profile the advice starts from.</summary>
    public BondProfile Profile => CurrentClassification.Profile;

    /// <summary>Gets the profile after the recommended moves.</summary>
    public BondProfile AdvisedProfile => AdvisedClassification.Profile;

    /// <summary>Gets the classification of the profile as it is.</summary>
    public BondClassification CurrentClassification { get; }

    /// <summary>Gets the classification of <see cref="AdvisedProfile"/>; its best match is <see cref="Target"/> when the outcome is reachable.</summary>
    public BondClassification AdvisedClassification { get; }

    /// <summary>Gets the advice as sentences a person can act on.</summary>
    public string Explanation { get; }

    /// <summary>Returns <see cref="Explanation"/>.</summary>
    /// <returns>The advice as sentences.</returns>
    public override string ToString() => Explanation;
}
