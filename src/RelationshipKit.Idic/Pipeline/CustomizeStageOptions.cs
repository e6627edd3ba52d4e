namespace RelationshipKit.Idic.Pipeline;

/// <summary>
/// Represents the settings of the customize stage. A mutable bag, validated when the stage is added.
/// </summary>
/// <typeparam name="TCustomer">The application's customer type.</typeparam>
[Mutable]
public sealed class CustomizeStageOptions<TCustomer>
{
    /// <summary>Gets or sets how the treatment is chosen.</summary>
    /// <value>Default: <see cref="PassThroughCustomizeStrategy{TCustomer}"/> (the interaction goes on unchanged).</value>
    public CustomizeStrategy<TCustomer> Strategy { get; set; } = new PassThroughCustomizeStrategy<TCustomer>();
}
