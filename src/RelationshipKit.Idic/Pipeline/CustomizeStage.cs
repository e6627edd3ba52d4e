using RelationshipKit.Idic.Customize;

namespace RelationshipKit.Idic.Pipeline;

/// <summary>Runs the customize strategy.</summary>
internal sealed class CustomizeStage<TCustomer> : IdicStage<TCustomer>
{
    private readonly CustomizeStrategy<TCustomer> _strategy;

    internal CustomizeStage(CustomizeStageOptions<TCustomer> options)
        : base(IdicStageKind.Customize) =>
        _strategy = options.Strategy ?? throw Guard.Option(nameof(options.Strategy), null, "be set");

    internal override async ValueTask ExecuteAsync(IdicState<TCustomer> state, CancellationToken cancellationToken)
    {
        if (state.CustomerId is null)
        {
            state.Decide(IdicStageKind.Customize, "skipped", "no identified customer: no treatment");
            return;
        }

        var treatment = await _strategy.CustomizeAsync(new CustomizeArguments<TCustomer>(state, cancellationToken)).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"{_strategy.GetType().Name}.CustomizeAsync returned null; return Treatment.PassThrough for no change.");
        state.Treatment = treatment;
        state.Decide(IdicStageKind.Customize, "treatment", $"treatment {treatment}", string.Join("; ", treatment.Reasons));
        if (treatment.CarePlan is { } plan)
        {
            state.Decide(IdicStageKind.Customize, "care-plan", $"care plan: {plan.Planned.Count()} of {plan.Items.Count} care activities planned", "care inputs (contact profile, consent ledger, events)");
            foreach (var item in plan.Items)
            {
                state.Decide(IdicStageKind.Customize, "care-plan", Describe(item), $"{item.Rule}: {item.Reason}; {string.Join("; ", item.Checks)}");
            }
        }
    }

    private static string Describe(CarePlanItem item)
    {
        var channel = item.Channel is { } c ? " on " + c.Name : " (internal)";
        var status = KebabCase.FromPascalCase(item.Status.ToString());
        return item.Scheduled is { } at ? $"{status}: {item.Name}{channel} at {at}" : $"{status}: {item.Name}{channel}, asked for {item.Requested}";
    }
}
