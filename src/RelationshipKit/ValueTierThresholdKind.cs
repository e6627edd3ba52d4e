namespace RelationshipKit;

/// <summary>Represents how <see cref="ValueTierThresholds"/> are given: as quantiles of the customer base or as amounts.</summary>
/// <remarks>The <c>default</c> value is <see cref="Quantiles"/>.</remarks>
public enum ValueTierThresholdKind
{
    /// <summary>Quantiles of the customer base: the cut is computed from the customers being assigned.</summary>
    Quantiles = 0,

    /// <summary>Fixed amounts of money, the same for every customer base.</summary>
    Amounts = 1,
}
