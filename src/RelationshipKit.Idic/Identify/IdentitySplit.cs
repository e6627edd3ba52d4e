namespace RelationshipKit.Idic.Identify;

/// <summary>
/// Represents a group of records that soft identifiers link together but that hold two or more values of a hard
/// identifier, and so were split by that identifier.
/// </summary>
/// <remarks>Equality is reference equality. This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class IdentitySplit
{
    internal IdentitySplit(int recordCount, IdentifierKind hardKind, string[] maskedValues, CustomerId[] clusters, int ambiguousLinkCount)
    {
        RecordCount = recordCount;
        HardKind = hardKind;
        MaskedValues = Array.AsReadOnly(maskedValues);
        Clusters = Array.AsReadOnly(clusters);
        AmbiguousLinkCount = ambiguousLinkCount;
    }

    /// <summary>Gets how many records the soft links joined before the split.</summary>
    public int RecordCount { get; }

    /// <summary>Gets the hard identifier kind whose values disagree.</summary>
    public IdentifierKind HardKind { get; }

    /// <summary>Gets the disagreeing values, normalised, masked and in ordinal order of their normal forms.</summary>
    public IReadOnlyList<string> MaskedValues { get; }

    /// <summary>Gets the clusters the records were split into, in ordinal order.</summary>
    public IReadOnlyList<CustomerId> Clusters { get; }

    /// <summary>Gets how many soft links across the split were reported as ambiguous.</summary>
    public int AmbiguousLinkCount { get; }

    /// <summary>Returns the explanation, for example <c>5 records hold 2 account numbers (***345, ***678): split into 3 clusters; 2 soft links reported as ambiguous</c>.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() =>
        $"{RecordCount} records hold {MaskedValues.Count} {IdentifierMask.KindName(HardKind)}s ({string.Join(", ", MaskedValues)}): split into {Clusters.Count} clusters; {AmbiguousLinkCount} soft links reported as ambiguous";
}
