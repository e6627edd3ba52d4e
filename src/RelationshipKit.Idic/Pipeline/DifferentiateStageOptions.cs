using RelationshipKit.Idic.Differentiate;

namespace RelationshipKit.Idic.Pipeline;

/// <summary>
/// Represents the settings of the differentiate stage: where the customer's tier and needs segment come from. A
/// mutable bag, validated when the stage is added; at least one source must be set.
/// </summary>
/// <typeparam name="TCustomer">The application's customer type.</typeparam>
[Mutable]
public sealed class DifferentiateStageOptions<TCustomer>
{
    /// <summary>Gets or sets the value tiers of the last batch run (<see cref="DifferentiationRun.Tiers"/>), looked up by customer id.</summary>
    /// <value>Default: <see langword="null"/>.</value>
    public ValueTierAssignment? Tiers { get; set; }

    /// <summary>Gets or sets a lookup of the tier, used when <see cref="Tiers"/> is not set or does not hold the customer.</summary>
    /// <value>Default: <see langword="null"/>.</value>
    public Func<DifferentiateArguments<TCustomer>, ValueTask<ValueTier?>>? TierOf { get; set; }

    /// <summary>Gets or sets the needs segments of the last batch run, looked up by customer id.</summary>
    /// <value>Default: <see langword="null"/>.</value>
    public NeedsSegmentation? Needs { get; set; }

    /// <summary>Gets or sets a lookup of the needs segment, used when <see cref="Needs"/> is not set or does not hold the customer.</summary>
    /// <value>Default: <see langword="null"/>.</value>
    public Func<DifferentiateArguments<TCustomer>, ValueTask<NeedsSegment?>>? NeedsOf { get; set; }
}
