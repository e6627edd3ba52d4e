namespace RelationshipKit.Idic.Identify;

/// <summary>
/// Represents an identifier that could not be normalised (an e-mail without a domain, a phone number of the wrong
/// length) and so took no part in linking.
/// </summary>
/// <remarks>Equality is reference equality. This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class RejectedIdentifier
{
    internal RejectedIdentifier(string recordId, Identifier identifier)
    {
        RecordId = recordId;
        Identifier = identifier;
    }

    /// <summary>Gets the id of the record that carried the identifier.</summary>
    public string RecordId { get; }

    /// <summary>Gets the identifier as the channel recorded it (its <see cref="Identify.Identifier.ToString"/> is masked).</summary>
    public Identifier Identifier { get; }

    /// <summary>Returns the explanation with the identifier masked, for example <c>web:3: phone +48****12 is not a valid phone number</c>.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => $"{RecordId}: {Identifier} is not a valid {IdentifierMask.KindName(Identifier.Kind)}";
}
