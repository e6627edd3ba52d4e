namespace RelationshipKit.Idic;

/// <summary>Marks which implementation of a store kind is registered (one store per kind).</summary>
internal sealed class IdicStoreMarker<TStore>(Type implementation)
{
    internal Type Implementation { get; } = implementation;
}
