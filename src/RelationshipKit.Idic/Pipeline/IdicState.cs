using Microsoft.Extensions.Logging;
using NodaTime;
using RelationshipKit.Idic.Differentiate;
using RelationshipKit.Idic.Identify;
using RelationshipKit.Idic.Interact;

namespace RelationshipKit.Idic.Pipeline;

/// <summary>The mutable state one execution carries from stage to stage; never shared between executions.</summary>
internal sealed class IdicState<TCustomer>(IdicRequest request, Instant at, ILogger logger)
{
    private readonly List<IdicDecision> _trace = [];

    internal IdicRequest Request { get; } = request;

    internal Instant At { get; } = at;

    internal TCustomer? Customer { get; set; }

    internal CustomerId? CustomerId { get; set; }

    internal bool NeedsVerification { get; set; }

    internal Verification? Verification { get; set; }

    internal ValueTier? Tier { get; set; }

    internal NeedsSegment? NeedsSegment { get; set; }

    internal CustomerContext? Context { get; set; }

    internal ConsentDecision? Consent { get; set; }

    internal ContactDecision? ContactDecision { get; set; }

    internal string? Refusal { get; set; }

    internal List<string> QuestionsToAsk { get; } = [];

    internal List<FactRecall> KnownAnswers { get; } = [];

    internal string? SuggestedQuestion { get; set; }

    internal List<string> OffersAllowed { get; } = [];

    internal List<string> OffersWithheld { get; } = [];

    internal IReadOnlyList<PromiseEscalation> OverduePromises { get; set; } = [];

    internal Treatment? Treatment { get; set; }

    internal void Decide(IdicStageKind stage, string rule, string decision, string basis = "")
    {
        var entry = new IdicDecision(stage, rule, decision, basis);
        _trace.Add(entry);
        IdicLog.Decision(logger, stage.ToString(), rule, entry.Decision + (basis.Length == 0 ? string.Empty : $" ({basis})"));
    }

    internal IdicResult<TCustomer> ToResult() => new(this, new DecisionTrace([.. _trace]));
}
