namespace RelationshipKit.Lifecycle.Presets;

/// <summary>Represents who ended a relationship (seed 002).</summary>
public enum DissolutionInitiator
{
    /// <summary>The customer ended it.</summary>
    Customer = 0,

    /// <summary>The supplier ended it.</summary>
    Supplier = 1,
}
