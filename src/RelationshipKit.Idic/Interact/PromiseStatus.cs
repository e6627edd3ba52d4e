namespace RelationshipKit.Idic.Interact;

/// <summary>Represents the state of a callback promise.</summary>
/// <remarks>The <c>default</c> value is <see cref="Open"/>. There is no cancelled state: a promise is closed only by a recorded contact.</remarks>
public enum PromiseStatus
{
    /// <summary>Made and not yet kept.</summary>
    Open = 0,

    /// <summary>Kept by a recorded contact that reached the customer.</summary>
    Kept = 1,
}
