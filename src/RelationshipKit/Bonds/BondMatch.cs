namespace RelationshipKit.Bonds;

/// <summary>
/// Represents how well a bond profile matches one archetype: its rank, distance, confidence, coverage and a
/// per-dimension explanation.
/// </summary>
/// <remarks>
/// <para>The formulas are given on <see cref="BondClassifier"/>. Equality is reference equality.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class BondMatch
{
    internal BondMatch(BondArchetype archetype, int rank, double distance, double confidence, double coverage, BondDimensionContribution[] contributions, BondDimension[] missing, string explanation)
    {
        Archetype = archetype;
        Rank = rank;
        Distance = distance;
        Confidence = confidence;
        Coverage = coverage;
        Contributions = Array.AsReadOnly(contributions);
        MissingDimensions = Array.AsReadOnly(missing);
        Explanation = explanation;
    }

    /// <summary>Gets the archetype matched.</summary>
    public BondArchetype Archetype { get; }

    /// <summary>Gets the 1-based rank among the archetypes compared (1 is the best match).</summary>
    public int Rank { get; }

    /// <summary>Gets the normalised weighted distance between profile and signature on the dimensions both score, in [0, 1] (0 is identical).</summary>
    public double Distance { get; }

    /// <summary>Gets the confidence that this archetype is the right one, in [0, 1]; the confidences of all matches sum to 1.</summary>
    public double Confidence { get; }

    /// <summary>Gets the share of the signature's weight that the profile scores, in (0, 1]; low coverage means the match rests on few dimensions.</summary>
    public double Coverage { get; }

    /// <summary>Gets the contribution of every dimension compared, in <see cref="BondDimension"/> order.</summary>
    public IReadOnlyList<BondDimensionContribution> Contributions { get; }

    /// <summary>Gets the dimensions of the signature that the profile does not score (not compared), in <see cref="BondDimension"/> order.</summary>
    public IReadOnlyList<BondDimension> MissingDimensions { get; }

    /// <summary>Gets a one-paragraph explanation: the dimensions that are close, those that are far, and those not compared.</summary>
    public string Explanation { get; }

    /// <summary>Returns the rank, archetype and confidence, for example <c>1. committed-partnership (confidence 0.62)</c>.</summary>
    /// <returns>A short description of the match.</returns>
    public override string ToString() => $"{Rank}. {Archetype.Id} (confidence {Preconditions.Format(Math.Round(Confidence, 2))})";
}
