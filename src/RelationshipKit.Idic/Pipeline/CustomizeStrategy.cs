namespace RelationshipKit.Idic.Pipeline;

/// <summary>
/// Represents how the customize stage chooses a customer's treatment: the extension point for treatment rules.
/// </summary>
/// <typeparam name="TCustomer">The application's customer type.</typeparam>
/// <remarks>
/// <para>To plug in treatment rules, derive from this class and override <see cref="CustomizeAsync"/>: read what the
/// earlier stages decided from the <see cref="CustomizeArguments{TCustomer}"/> (customer, tier, needs segment,
/// context, consent, contact decision, allowed offers) and return a <see cref="Treatment"/> whose reasons name the
/// rules that fired. An override must be thread-safe (one pipeline serves many requests at once), must honour the
/// cancellation token and must not log identifiers in clear text. The default,
/// <see cref="PassThroughCustomizeStrategy{TCustomer}"/>, returns <see cref="Treatment.PassThrough"/>.</para>
/// <para>An abstract class rather than an interface so that members can be added later without breaking
/// implementations.</para>
/// </remarks>
[Immutable]
public abstract class CustomizeStrategy<TCustomer>
{
    /// <summary>Chooses the customer's treatment.</summary>
    /// <param name="arguments">What the earlier stages decided.</param>
    /// <returns>The treatment.</returns>
    public abstract ValueTask<Treatment> CustomizeAsync(CustomizeArguments<TCustomer> arguments);
}
