using RelationshipKit.Idic.Pipeline;

namespace RelationshipKit.Idic.Customize;

/// <summary>
/// Represents the customize strategy that runs <see cref="TreatmentRules"/> in the pipeline's Customize stage and,
/// given the customer's care inputs, schedules his care activities with a <see cref="CarePlanner"/>.
/// </summary>
/// <typeparam name="TCustomer">The application's customer type.</typeparam>
/// <remarks>
/// <para>The facts come from what the pipeline decided (<see cref="TreatmentFacts.From{TCustomer}"/>); pass
/// <c>facts</c> to add what the pipeline does not know (lifecycle stage, satisfaction trend, needs, consent to
/// marketing). The treatment's reasons list the recommender's rule and every rule's outcome; they land in the
/// decision trace.</para>
/// <para><b>Care plan.</b> With <c>careInputs</c>, the strategy reads the customer's contact profile, consent ledger
/// and events and makes his dated care plan at the request's instant from his events and the treatment's care
/// activities (<see cref="CarePlanner.Plan(CareInputs, NodaTime.Instant, TreatmentDecision?)"/>: every slot checked
/// against the contact policy and consent). The plan is <see cref="Treatment.CarePlan"/>, and the stage writes one
/// trace entry per item with its reason and rule. When the delegate returns <see langword="null"/> (nothing known
/// about the customer), the treatment has no plan.</para>
/// <para>This type is immutable and thread-safe when the delegates are.</para>
/// </remarks>
[Immutable]
public sealed class TreatmentRulesCustomizeStrategy<TCustomer> : CustomizeStrategy<TCustomer>
{
    private readonly TreatmentRules _rules;
    private readonly Func<CustomizeArguments<TCustomer>, TreatmentFacts> _facts;
    private readonly CarePlanner _planner;
    private readonly Func<CustomizeArguments<TCustomer>, ValueTask<CareInputs?>>? _careInputs;

    /// <summary>Initializes a new <see cref="TreatmentRulesCustomizeStrategy{TCustomer}"/>.</summary>
    /// <param name="rules">The rules; <see langword="null"/> for <see cref="TreatmentRules.Default"/>.</param>
    /// <param name="facts">Builds the facts from the stage's arguments; <see langword="null"/> for <see cref="TreatmentFacts.From{TCustomer}"/> of what the pipeline decided.</param>
    /// <param name="planner">Schedules the care activities; <see langword="null"/> for a <see cref="CarePlanner"/> with the default contact policy and <see cref="CareRules.Default"/>. Used only with <paramref name="careInputs"/>.</param>
    /// <param name="careInputs">Gets the customer's contact profile, consent ledger and events (from the application's stores); <see langword="null"/> to choose the treatment without a care plan.</param>
    public TreatmentRulesCustomizeStrategy(
        TreatmentRules? rules = null,
        Func<CustomizeArguments<TCustomer>, TreatmentFacts>? facts = null,
        CarePlanner? planner = null,
        Func<CustomizeArguments<TCustomer>, ValueTask<CareInputs?>>? careInputs = null)
    {
        _rules = rules ?? TreatmentRules.Default;
        _facts = facts ?? (a => TreatmentFacts.From(a.SoFar));
        _planner = planner ?? new CarePlanner();
        _careInputs = careInputs;
    }

    /// <inheritdoc />
    public override async ValueTask<Treatment> CustomizeAsync(CustomizeArguments<TCustomer> arguments)
    {
        arguments.CancellationToken.ThrowIfCancellationRequested();
        var facts = _facts(arguments) ?? throw new InvalidOperationException("The facts delegate returned null; return TreatmentFacts.From(arguments.SoFar) for the pipeline's facts.");
        var decision = _rules.Decide(facts);
        if (_careInputs is null)
        {
            return decision.ToTreatment();
        }

        var inputs = await _careInputs(arguments).ConfigureAwait(false);
        arguments.CancellationToken.ThrowIfCancellationRequested();
        if (inputs is null)
        {
            return decision.ToTreatment();
        }

        if (inputs.Customer != facts.Customer)
        {
            throw new InvalidOperationException($"The careInputs delegate returned {inputs.Customer}'s inputs for {facts.Customer}; return the inputs of arguments.CustomerId.");
        }

        return decision.ToTreatment(_planner.Plan(inputs, arguments.At, decision));
    }
}
