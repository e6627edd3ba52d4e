namespace RelationshipKit.Idic.Pipeline;

/// <summary>
/// Represents the default customize strategy: it returns <see cref="Treatment.PassThrough"/>.
/// </summary>
/// <typeparam name="TCustomer">The application's customer type.</typeparam>
/// <remarks>This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class PassThroughCustomizeStrategy<TCustomer> : CustomizeStrategy<TCustomer>
{
    /// <inheritdoc />
    public override ValueTask<Treatment> CustomizeAsync(CustomizeArguments<TCustomer> arguments) => new(Treatment.PassThrough);
}
