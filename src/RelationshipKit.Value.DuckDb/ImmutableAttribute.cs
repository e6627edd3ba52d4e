namespace RelationshipKit.Value.DuckDb;

/// <summary>
/// Marks a public class whose instances never change after construction. A reflection test
/// requires every public class to carry this marker or <see cref="MutableAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
internal sealed class ImmutableAttribute : Attribute
{
}
