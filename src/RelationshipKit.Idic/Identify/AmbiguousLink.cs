namespace RelationshipKit.Idic.Identify;

/// <summary>
/// Represents a soft link (a shared e-mail, phone, loyalty number or device id) between two clusters that the
/// resolver did not merge, because the records on its two sides hold different values of a hard identifier.
/// </summary>
/// <remarks>
/// A household sharing one phone, or a shop assistant typing the store's e-mail into every form, produce such
/// links. They are reported for a person to judge, never merged automatically. Equality is reference equality.
/// This type is immutable and thread-safe.
/// </remarks>
[Immutable]
public sealed class AmbiguousLink
{
    internal AmbiguousLink(CustomerId firstCluster, string firstRecordId, CustomerId secondCluster, string secondRecordId, IdentifierKind kind, string maskedValue)
    {
        FirstCluster = firstCluster;
        FirstRecordId = firstRecordId;
        SecondCluster = secondCluster;
        SecondRecordId = secondRecordId;
        Kind = kind;
        MaskedValue = maskedValue;
    }

    /// <summary>Gets the cluster on the first side (the smaller id).</summary>
    public CustomerId FirstCluster { get; }

    /// <summary>Gets the record on the first side that carries the identifier (its smallest such record).</summary>
    public string FirstRecordId { get; }

    /// <summary>Gets the cluster on the second side.</summary>
    public CustomerId SecondCluster { get; }

    /// <summary>Gets the record on the second side that carries the identifier (its smallest such record).</summary>
    public string SecondRecordId { get; }

    /// <summary>Gets the kind of the shared soft identifier.</summary>
    public IdentifierKind Kind { get; }

    /// <summary>Gets the shared identifier, normalised and masked.</summary>
    public string MaskedValue { get; }

    /// <summary>Returns the explanation, for example <c>web:3 (cluster web:3) and shop:9 (cluster shop:1) share phone +48*******67 but not the account number: not merged</c>.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() =>
        $"{FirstRecordId} (cluster {FirstCluster}) and {SecondRecordId} (cluster {SecondCluster}) share {IdentifierMask.KindName(Kind)} {MaskedValue} but hold different hard identifiers: not merged";
}
