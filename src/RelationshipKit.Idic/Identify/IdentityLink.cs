namespace RelationshipKit.Idic.Identify;

/// <summary>
/// Represents why two records are linked: they share one normalised identifier.
/// </summary>
/// <remarks>
/// The identifier is kept masked (<see cref="IdentifierMask"/>): explanations are for people and logs. Equality is
/// reference equality. This type is immutable and thread-safe.
/// </remarks>
[Immutable]
public sealed class IdentityLink
{
    internal IdentityLink(string fromRecordId, string toRecordId, IdentifierKind kind, string maskedValue)
    {
        FromRecordId = fromRecordId;
        ToRecordId = toRecordId;
        Kind = kind;
        MaskedValue = maskedValue;
    }

    /// <summary>Gets the record id that was already in the cluster.</summary>
    public string FromRecordId { get; }

    /// <summary>Gets the record id that the identifier links to it.</summary>
    public string ToRecordId { get; }

    /// <summary>Gets the kind of the shared identifier.</summary>
    public IdentifierKind Kind { get; }

    /// <summary>Gets the shared identifier, normalised and masked (<c>+48*******67</c>).</summary>
    public string MaskedValue { get; }

    /// <summary>Returns the explanation, for example <c>shop:7 linked to web:3 by phone +48*******67</c>.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => $"{ToRecordId} linked to {FromRecordId} by {IdentifierMask.KindName(Kind)} {MaskedValue}";
}
