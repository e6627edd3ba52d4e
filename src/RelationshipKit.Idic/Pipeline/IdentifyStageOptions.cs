namespace RelationshipKit.Idic.Pipeline;

/// <summary>
/// Represents the settings of the identify stage. A mutable bag, validated when the stage is added.
/// </summary>
/// <typeparam name="TCustomer">The application's customer type.</typeparam>
[Mutable]
public sealed class IdentifyStageOptions<TCustomer>
{
    /// <summary>Gets or sets how the application finds the customer from what he presented (the request's identifiers) or from the request's customer id; returns <see langword="null"/> when nobody matches.</summary>
    /// <value>Default: <see langword="null"/>. Required.</value>
    public Func<IdentifyArguments, ValueTask<TCustomer?>>? FindCustomer { get; set; }

    /// <summary>Gets or sets how to read a customer's id.</summary>
    /// <value>Default: <see langword="null"/>. Required.</value>
    public Func<TCustomer, CustomerId>? CustomerIdOf { get; set; }

    /// <summary>Gets or sets a value indicating whether an unverified contact must be verified (once) before the interaction goes on.</summary>
    /// <value>Default: <see langword="true"/>.</value>
    public bool RequireVerification { get; set; } = true;
}
