using NodaTime;
using RelationshipKit.Lifecycle.Presets;
using RelationshipKit.Lifecycle.Signals;

namespace RelationshipKit.Lifecycle.Tests.Signals;

public class LifecycleSignalsTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 4, 1, 8, 0);

    [Fact]
    public void Evaluate_Observations_SuggestTriggersWithRuleDescriptions()
    {
        var sources = LifecyclePresets.Sources();
        var signals = new LifecycleSignalsBuilder<RelationshipStage, RelationshipTrigger>()
            .WhenComplaintReceived(RelationshipTrigger.Complain)
            .WhenProbabilityAliveBelow(0.3, RelationshipTrigger.Dissolve)
            .WhenSatisfactionFalling(-0.5, RelationshipTrigger.Complain)
            .When("strong", "strength of at least 0.7", RelationshipTrigger.Advance, a => a.Observations.Strength >= new RelationshipStrength(0.7))
            .WhenStrengthBelow(new RelationshipStrength(0.95), RelationshipTrigger.Complain)
            .Build(sources);
        var state = sources.Start(new CustomerId("c1"), new LifecycleEventId("s"), T0).State;

        var suggestions = signals.Evaluate(state, new RelationshipObservations(probabilityAlive: 0.2, complaintReceived: true, satisfactionTrend: -0.8, strength: new RelationshipStrength(0.9)), T0);

        suggestions.Select(s => (s.Name, s.Description, s.Trigger, s.IsPermitted)).Should().Equal(
            ("conflict", "a complaint was received", RelationshipTrigger.Complain, true),
            ("at risk", "P(alive) below 0.3", RelationshipTrigger.Dissolve, true),
            ("at risk", "satisfaction falling faster than -0.5 per 90 days", RelationshipTrigger.Complain, true),
            ("strong", "strength of at least 0.7", RelationshipTrigger.Advance, true),
            ("weak", "relationship strength below 0.95", RelationshipTrigger.Complain, true));
        signals.Evaluate(state, default, T0).Should().BeEmpty("a rule whose input is missing does not fire");
        signals.Rules.Should().HaveCount(5);
    }

    [Fact]
    public void Evaluate_TriggerNotPermittedNow_IsStillSuggestedButMarked()
    {
        var funnel = LifecyclePresets.Funnel();
        var signals = new LifecycleSignalsBuilder<FunnelStage, FunnelTrigger>().WhenProbabilityAliveBelow(0.5, FunnelTrigger.Lapse).Build(funnel);
        var prospect = funnel.Start(new CustomerId("c1"), new LifecycleEventId("s"), T0).State;

        var suggestion = signals.Evaluate(prospect, new RelationshipObservations(probabilityAlive: 0.1), T0).Should().ContainSingle().Subject;

        suggestion.IsPermitted.Should().BeFalse("a prospect cannot lapse");
    }

    [Fact]
    public void Builder_InvalidArguments_Throw()
    {
        var builder = new LifecycleSignalsBuilder<FunnelStage, FunnelTrigger>();
        FluentActions.Invoking(() => builder.WhenProbabilityAliveBelow(1, FunnelTrigger.Lapse)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("threshold must be in (0, 1); was 1. (Parameter 'threshold')*");
        FluentActions.Invoking(() => builder.WhenSatisfactionFalling(0.1, FunnelTrigger.Lapse)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("slope must be a negative finite number; was 0.1. (Parameter 'slope')*");
        FluentActions.Invoking(() => builder.When("", "d", FunnelTrigger.Lapse, _ => true)).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => builder.WhenComplaintReceived((FunnelTrigger)9)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("trigger");
        FluentActions.Invoking(() => builder.Build(LifecyclePresets.Funnel())).Should().Throw<InvalidOperationException>()
            .WithMessage("The signals have no rule; add one with WhenProbabilityAliveBelow, WhenComplaintReceived, WhenSatisfactionFalling or When.");
        builder.WhenComplaintReceived(FunnelTrigger.Lapse).Build(LifecyclePresets.Funnel());
        FluentActions.Invoking(() => builder.WhenComplaintReceived(FunnelTrigger.Lapse)).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Observations_OutOfRange_Throw()
    {
        EqualityContract.Verify(new RelationshipObservations(0.5), new RelationshipObservations(0.5), new RelationshipObservations(0.5, true));
        FluentActions.Invoking(() => new RelationshipObservations(probabilityAlive: 1.1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("probabilityAlive must be in [0, 1]; was 1.1. (Parameter 'probabilityAlive')*");
        FluentActions.Invoking(() => new RelationshipObservations(satisfactionTrend: double.PositiveInfinity)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("satisfactionTrend must be a finite number; was Infinity. (Parameter 'satisfactionTrend')*");
    }
}
