namespace RelationshipKit.ApiDocs;

/// <summary>The kinds of members, in the order a type's page lists them.</summary>
internal enum MemberKind
{
    Constructor,
    Field,
    Property,
    Method,
    Operator,
    Event,
}
