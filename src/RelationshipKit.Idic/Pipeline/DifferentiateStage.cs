using RelationshipKit.Benefits;
using RelationshipKit.Idic.Differentiate;

namespace RelationshipKit.Idic.Pipeline;

/// <summary>Reads the customer's value tier and needs segment.</summary>
internal sealed class DifferentiateStage<TCustomer> : IdicStage<TCustomer>
{
    private readonly ValueTierAssignment? _tiers;
    private readonly Func<DifferentiateArguments<TCustomer>, ValueTask<ValueTier?>>? _tierOf;
    private readonly NeedsSegmentation? _needs;
    private readonly Func<DifferentiateArguments<TCustomer>, ValueTask<NeedsSegment?>>? _needsOf;

    internal DifferentiateStage(DifferentiateStageOptions<TCustomer> options)
        : base(IdicStageKind.Differentiate)
    {
        _tiers = options.Tiers;
        _tierOf = options.TierOf;
        _needs = options.Needs;
        _needsOf = options.NeedsOf;
        if (_tiers is null && _tierOf is null && _needs is null && _needsOf is null)
        {
            throw Guard.Option("Tiers, TierOf, Needs or NeedsOf", null, "be set (the stage needs a source of tiers or needs)");
        }
    }

    internal override async ValueTask ExecuteAsync(IdicState<TCustomer> state, CancellationToken cancellationToken)
    {
        if (state.CustomerId is not { } id)
        {
            state.Decide(IdicStageKind.Differentiate, "skipped", "no identified customer: no tier or needs segment");
            return;
        }

        var arguments = new DifferentiateArguments<TCustomer>(state, cancellationToken);
        if (_tiers is not null && _tiers.TryGet(id, out var tier))
        {
            state.Tier = tier.Tier;
            state.Decide(IdicStageKind.Differentiate, "value-tier", $"tier {tier.Tier}: {tier.Reason}", "value tier assignment");
        }
        else if (_tierOf is not null && await _tierOf(arguments).ConfigureAwait(false) is { } looked)
        {
            state.Tier = looked;
            state.Decide(IdicStageKind.Differentiate, "value-tier", $"tier {looked}", "tier lookup");
        }
        else
        {
            state.Decide(IdicStageKind.Differentiate, "value-tier", "tier unknown: treat as standard until the next tier run", "no valuation for this customer");
        }

        var segment = _needs is not null && _needs.TryGet(id, out var held) ? held
            : _needsOf is not null ? await _needsOf(arguments).ConfigureAwait(false) : null;
        if (segment?.Segment is { } category)
        {
            state.NeedsSegment = segment;
            state.Decide(IdicStageKind.Differentiate, "needs-segment", $"needs segment {Benefit.ForCategory(category).Name}: {segment.Explanation}",
                _needs is not null ? "needs segmentation" : "needs lookup");
        }
        else
        {
            state.Decide(IdicStageKind.Differentiate, "needs-segment", "needs unknown: learn them in this contact", "no needs evidence for this customer");
        }
    }
}
