namespace RelationshipKit.Idic.Identify;

/// <summary>Represents how a cluster changed between two resolutions.</summary>
/// <remarks>The <c>default</c> value is <see cref="Merged"/>.</remarks>
public enum IdentityChangeKind
{
    /// <summary>Records that were in two or more clusters are now in one.</summary>
    Merged = 0,

    /// <summary>Records that were in one cluster are now in two or more.</summary>
    Split = 1,
}
