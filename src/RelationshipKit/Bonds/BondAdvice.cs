namespace RelationshipKit.Bonds;

/// <summary>
/// Represents "what would move it": the smallest changes to a bond profile that make a target archetype its best
/// match, as computed by <see cref="BondClassifier.Advise(BondProfile, string, IEnumerable{BondDimension})"/>.
/// </summary>
/// <remarks>
/// <para>The search is described on <see cref="BondClassifier.Advise(BondProfile, string, IEnumerable{BondDimension})"/>. When the outcome is
/// not <see cref="BondAdviceOutcome.Reachable"/>, <see cref="Changes"/> is empty and <see cref="AdvisedProfile"/> is
/// the profile itself.</para>
/// <para>Equality is reference equality. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class BondAdvice
{
    internal BondAdvice(BondArchetype target, BondAdviceOutcome outcome, BondChange[] changes, BondClassification current, BondClassification advised, BondDimension[] pinned, BondDimension[] releaseToReach, string explanation, bool releaseTogether = false)
    {
        Target = target;
        Outcome = outcome;
        Changes = Array.AsReadOnly(changes);
        CurrentClassification = current;
        AdvisedClassification = advised;
        Explanation = explanation;
        Pinned = Array.AsReadOnly(pinned);
        ReleaseToReach = Array.AsReadOnly(releaseToReach);
        ReleaseTogether = releaseTogether;
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

    /// <summary>Gets the dimensions held fixed, in <see cref="BondDimension"/> order; advice never moves them.</summary>
    public IReadOnlyList<BondDimension> Pinned { get; }

    /// <summary>
    /// Gets, when the outcome is <see cref="BondAdviceOutcome.BlockedByPinned"/>, the pinned dimensions whose release
    /// would make the target reachable: each one alone, or all of them together when <see cref="ReleaseTogether"/> is
    /// true; empty for every other outcome.
    /// </summary>
    public IReadOnlyList<BondDimension> ReleaseToReach { get; }

    /// <summary>Gets a value indicating whether the dimensions of <see cref="ReleaseToReach"/> must be released together (no single release is enough).</summary>
    public bool ReleaseTogether { get; }

    /// <summary>Gets the advice as sentences a person can act on.</summary>
    public string Explanation { get; }

    /// <summary>Returns <see cref="Explanation"/>.</summary>
    /// <returns>The advice as sentences.</returns>
    public override string ToString() => Explanation;
}
