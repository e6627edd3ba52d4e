using RelationshipKit.Idic.Pipeline;

namespace RelationshipKit.Idic.Customize;

/// <summary>
/// Represents the customize strategy that runs <see cref="TreatmentRules"/> in the pipeline's Customize stage.
/// </summary>
/// <typeparam name="TCustomer">The application's customer type.</typeparam>
/// <remarks>
/// The facts come from what the pipeline decided (<see cref="TreatmentFacts.From{TCustomer}"/>); pass
/// <c>facts</c> to add what the pipeline does not know (lifecycle stage, satisfaction trend, needs, consent to
/// marketing). The treatment's reasons list the recommender's rule and every rule's outcome; they land in the
/// decision trace. This type is immutable and thread-safe when the delegate is.
/// </remarks>
[Immutable]
public sealed class TreatmentRulesCustomizeStrategy<TCustomer> : CustomizeStrategy<TCustomer>
{
    private readonly TreatmentRules _rules;
    private readonly Func<CustomizeArguments<TCustomer>, TreatmentFacts> _facts;

    /// <summary>Initializes a new <see cref="TreatmentRulesCustomizeStrategy{TCustomer}"/>.</summary>
    /// <param name="rules">The rules; <see langword="null"/> for <see cref="TreatmentRules.Default"/>.</param>
    /// <param name="facts">Builds the facts from the stage's arguments; <see langword="null"/> for <see cref="TreatmentFacts.From{TCustomer}"/> of what the pipeline decided.</param>
    public TreatmentRulesCustomizeStrategy(TreatmentRules? rules = null, Func<CustomizeArguments<TCustomer>, TreatmentFacts>? facts = null)
    {
        _rules = rules ?? TreatmentRules.Default;
        _facts = facts ?? (a => TreatmentFacts.From(a.SoFar));
    }

    /// <inheritdoc />
    public override ValueTask<Treatment> CustomizeAsync(CustomizeArguments<TCustomer> arguments)
    {
        arguments.CancellationToken.ThrowIfCancellationRequested();
        var facts = _facts(arguments) ?? throw new InvalidOperationException("The facts delegate returned null; return TreatmentFacts.From(arguments.SoFar) for the pipeline's facts.");
        return new(_rules.Decide(facts).ToTreatment());
    }
}
