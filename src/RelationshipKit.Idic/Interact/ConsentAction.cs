namespace RelationshipKit.Idic.Interact;

/// <summary>Represents what a consent event records.</summary>
/// <remarks>The <c>default</c> value is <see cref="Granted"/>.</remarks>
public enum ConsentAction
{
    /// <summary>The customer agreed.</summary>
    Granted = 0,

    /// <summary>The customer withdrew an agreement; it takes effect at once.</summary>
    Withdrawn = 1,

    /// <summary>The customer was asked and said no.</summary>
    Refused = 2,
}
