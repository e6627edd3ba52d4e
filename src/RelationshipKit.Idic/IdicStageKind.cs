namespace RelationshipKit.Idic;

/// <summary>Represents the four kinds of IDIC stage (Peppers &amp; Rogers).</summary>
/// <remarks>The <c>default</c> value is <see cref="Identify"/>.</remarks>
public enum IdicStageKind
{
    /// <summary>Know the customer as one individual across channels; verify him once per contact.</summary>
    Identify = 0,

    /// <summary>Rank him by value (tier) and group him by needs (segment).</summary>
    Differentiate = 1,

    /// <summary>Continue the dialogue: memory, consent, contact policy, offers, promises.</summary>
    Interact = 2,

    /// <summary>Choose the treatment he gets.</summary>
    Customize = 3,
}
