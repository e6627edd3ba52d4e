using RelationshipKit.Idic.Customize;

namespace RelationshipKit.Idic.Pipeline;

/// <summary>
/// Represents the treatment the customize stage chose for a customer: a name, what it gives him, and why.
/// </summary>
/// <remarks>
/// The default strategy returns <see cref="PassThrough"/>: the interaction goes on unchanged. Treatment rules that
/// choose relationship types, offers and care activities plug in through <see cref="CustomizeStrategy{TCustomer}"/>;
/// <see cref="TreatmentRulesCustomizeStrategy{TCustomer}"/> also carries the rules' <see cref="Decision"/> and the
/// customer's dated <see cref="CarePlan"/>. Equality is reference equality. This type is immutable and thread-safe.
/// </remarks>
[Immutable]
public sealed class Treatment
{
    /// <summary>Initializes a new <see cref="Treatment"/>.</summary>
    /// <param name="name">A kebab-case name, for example <c>dedicated-adviser</c>.</param>
    /// <param name="actions">What the customer gets, in order (offers, care activities, routing).</param>
    /// <param name="reasons">Why: the rules that chose it.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="name"/> is not kebab-case or a list holds null.</exception>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="name"/> is null.</exception>
    public Treatment(string name, IEnumerable<string>? actions = null, IEnumerable<string>? reasons = null)
    {
        Name = KebabCase.Require(name, 64, nameof(name));
        Actions = Guard.CopyNotNull(actions);
        Reasons = Guard.CopyNotNull(reasons);
    }

    private Treatment(Treatment treatment, TreatmentDecision? decision, CarePlan? carePlan)
    {
        Name = treatment.Name;
        Actions = treatment.Actions;
        Reasons = treatment.Reasons;
        Decision = decision;
        CarePlan = carePlan;
    }

    /// <summary>Gets the pass-through treatment: no change to the interaction.</summary>
    public static Treatment PassThrough { get; } = new("pass-through", [], ["no treatment rules configured: the interaction goes on unchanged"]);

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets what the customer gets.</summary>
    public IReadOnlyList<string> Actions { get; }

    /// <summary>Gets why.</summary>
    public IReadOnlyList<string> Reasons { get; }

    /// <summary>Gets the treatment rules' decision this treatment was made from; <see langword="null"/> when no treatment rules chose it.</summary>
    public TreatmentDecision? Decision { get; }

    /// <summary>Gets the customer's dated care plan, every slot checked against the contact policy and consent; <see langword="null"/> when the strategy does not plan care.</summary>
    public CarePlan? CarePlan { get; }

    /// <summary>Returns the name and actions.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Actions.Count == 0 ? Name : $"{Name}: {string.Join(", ", Actions)}";

    internal Treatment With(TreatmentDecision decision, CarePlan? carePlan) => new(this, decision, carePlan);
}
