using RelationshipKit.Idic.Interact;

namespace RelationshipKit.Idic.Pipeline;

/// <summary>The defaults of <see cref="InteractStageOptions{TCustomer}"/>.</summary>
internal static class InteractStageDefaults
{
    internal static readonly ContactPolicy ContactPolicy = new();
}
