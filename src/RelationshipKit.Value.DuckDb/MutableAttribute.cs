namespace RelationshipKit.Value.DuckDb;

/// <summary>
/// Marks a public class whose instances change after construction (builders, options, accumulators).
/// A reflection test requires every public class to carry this marker or <see cref="ImmutableAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
internal sealed class MutableAttribute : Attribute
{
}
