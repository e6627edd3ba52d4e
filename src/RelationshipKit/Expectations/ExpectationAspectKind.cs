namespace RelationshipKit.Expectations;

/// <summary>Represents what an <see cref="ExpectationAspect"/> compares.</summary>
/// <remarks>The <c>default</c> value is <see cref="RelationshipType"/>.</remarks>
public enum ExpectationAspectKind
{
    /// <summary>The relationship type: how the relationship is served.</summary>
    RelationshipType = 0,

    /// <summary>One bond dimension.</summary>
    BondDimension = 1,
}
