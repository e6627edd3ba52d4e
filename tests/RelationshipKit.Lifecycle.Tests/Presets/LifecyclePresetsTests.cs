using NodaTime;
using RelationshipKit.Lifecycle.Presets;

namespace RelationshipKit.Lifecycle.Tests.Presets;

public class LifecyclePresetsTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 4, 1, 8, 0);
    private static readonly LifecycleDefinition<RelationshipStage, RelationshipTrigger> Sources = LifecyclePresets.Sources();
    private static readonly LifecycleDefinition<RelationshipStage, RelationshipTrigger> Dwyer = LifecyclePresets.Dwyer();

    private static int s_event;

    public static TheoryData<RelationshipStage, RelationshipStage> ActiveStages => new()
    {
        { RelationshipStage.Exploration, RelationshipStage.ExplorationInConflict },
        { RelationshipStage.Awareness, RelationshipStage.AwarenessInConflict },
        { RelationshipStage.Expansion, RelationshipStage.ExpansionInConflict },
        { RelationshipStage.Commitment, RelationshipStage.CommitmentInConflict },
    };

    private static LifecycleEventId NextEvent() => new("e" + Interlocked.Increment(ref s_event));

    private static RelationshipState<RelationshipStage> Fire(LifecycleDefinition<RelationshipStage, RelationshipTrigger> definition, RelationshipState<RelationshipStage> state, RelationshipTrigger trigger)
    {
        var result = definition.Fire(state, trigger, NextEvent(), state.LastTransitionAt + Duration.FromDays(1));
        result.IsAccepted.Should().BeTrue(result.Message);
        return result.State;
    }

    private static RelationshipState<RelationshipStage> ReachSources(RelationshipStage stage)
    {
        var state = Sources.Start(new CustomerId("c1"), NextEvent(), T0).State;
        while (state.Stage != stage)
        {
            state = Fire(Sources, state, RelationshipTrigger.Advance);
        }

        return state;
    }

    [Fact]
    public void Sources_AdvanceWalksTheSeedOrder()
    {
        var state = Sources.Start(new CustomerId("c1"), NextEvent(), T0).State;
        var visited = new List<RelationshipStage> { state.Stage };
        while (Sources.PermittedTriggers(state, state.LastTransitionAt).Any(p => p.Trigger == RelationshipTrigger.Advance))
        {
            state = Fire(Sources, state, RelationshipTrigger.Advance);
            visited.Add(state.Stage);
        }

        visited.Should().Equal(RelationshipStage.Exploration, RelationshipStage.Awareness, RelationshipStage.Expansion, RelationshipStage.Commitment);
        Sources.Name.Should().Be("sources");
    }

    [Fact]
    public void Dwyer_AdvanceStartsWithAwareness()
    {
        var state = Dwyer.Start(new CustomerId("c1"), NextEvent(), T0).State;
        var visited = new List<RelationshipStage> { state.Stage };
        while (Dwyer.PermittedTriggers(state, state.LastTransitionAt).Any(p => p.Trigger == RelationshipTrigger.Advance))
        {
            state = Fire(Dwyer, state, RelationshipTrigger.Advance);
            visited.Add(state.Stage);
        }

        visited.Should().Equal(RelationshipStage.Awareness, RelationshipStage.Exploration, RelationshipStage.Expansion, RelationshipStage.Commitment);
        Dwyer.Stages.Should().NotContain(RelationshipStage.AwarenessInConflict, "in Dwyer's order awareness comes before any exchange");
    }

    [Fact]
    public void Sources_FailedTestInExploration_EndsAbruptly()
    {
        var ended = Fire(Sources, ReachSources(RelationshipStage.Exploration), RelationshipTrigger.TestFailed);

        ended.Stage.Should().Be(RelationshipStage.Dissolution);
        Sources.Fire(ReachSources(RelationshipStage.Expansion), RelationshipTrigger.TestFailed, NextEvent(), T0 + Duration.FromDays(30))
            .RejectionReason.Should().Be(RejectionReason.NoTransition);
    }

    [Theory]
    [MemberData(nameof(ActiveStages))]
    public void Sources_ComplaintHandledWell_ReturnsToExactlyTheStage(RelationshipStage stage, RelationshipStage conflict)
    {
        var before = ReachSources(stage);

        var inConflict = Fire(Sources, before, RelationshipTrigger.Complain);
        inConflict.Stage.Should().Be(conflict);
        Sources.IsIn(inConflict, stage).Should().BeTrue("a relationship in conflict is still in its stage");
        Sources.Fire(inConflict, RelationshipTrigger.Advance, NextEvent(), inConflict.LastTransitionAt)
            .RejectionReason.Should().Be(stage == RelationshipStage.Commitment ? RejectionReason.NoTransition : RejectionReason.Blocked);
        var second = Sources.Fire(inConflict, RelationshipTrigger.Complain, NextEvent(), inConflict.LastTransitionAt + Duration.FromHours(1));
        second.Record.Kind.Should().Be(HistoryEntryKind.Internal);
        second.State.Stage.Should().Be(conflict);

        var recovered = Fire(Sources, second.State, RelationshipTrigger.ResolveWell);

        recovered.Stage.Should().Be(stage);
        if (stage != RelationshipStage.Commitment)
        {
            Fire(Sources, recovered, RelationshipTrigger.Advance).Stage.Should().NotBe(stage, "after a complaint handled well the relationship may advance");
        }
    }

    [Theory]
    [MemberData(nameof(ActiveStages))]
    public void Sources_ComplaintHandledBadly_Dissolves(RelationshipStage stage, RelationshipStage conflict)
    {
        var inConflict = Fire(Sources, ReachSources(stage), RelationshipTrigger.Complain);
        inConflict.Stage.Should().Be(conflict);

        var result = Sources.Fire(inConflict, RelationshipTrigger.ResolveBadly, NextEvent(), inConflict.LastTransitionAt + Duration.FromDays(1));

        result.State.Stage.Should().Be(RelationshipStage.Dissolution);
        result.Effects.Should().BeEmpty("the conflict and its stage have no exit effects and dissolution no entry effect");
    }

    [Theory]
    [InlineData(RelationshipStage.Exploration)]
    [InlineData(RelationshipStage.Awareness)]
    [InlineData(RelationshipStage.Expansion)]
    [InlineData(RelationshipStage.Commitment)]
    public void Sources_DissolveFromEveryStage_RecordsInitiatorAndReason(RelationshipStage stage)
    {
        var state = ReachSources(stage);
        var reason = new DissolutionReason(DissolutionInitiator.Supplier, DissolutionCause.Fraud);

        var result = Sources.Fire(state, LifecyclePresets.Dissolve, reason, NextEvent(), state.LastTransitionAt + Duration.FromDays(1));
        var fromConflict = Sources.Fire(Fire(Sources, state, RelationshipTrigger.Complain), LifecyclePresets.Dissolve,
            new DissolutionReason(DissolutionInitiator.Customer, DissolutionCause.Dissatisfied), NextEvent(), state.LastTransitionAt + Duration.FromDays(5));

        result.State.Stage.Should().Be(RelationshipStage.Dissolution);
        result.Record.ArgumentSummary.Should().Be("supplier: Fraud");
        fromConflict.State.Stage.Should().Be(RelationshipStage.Dissolution);
        fromConflict.Record.ArgumentSummary.Should().Be("customer: Dissatisfied");
    }

    [Fact]
    public void Sources_WinBack_IsANewEpisodeAtExploration()
    {
        var ended = Sources.Fire(ReachSources(RelationshipStage.Expansion), LifecyclePresets.Dissolve,
            new DissolutionReason(DissolutionInitiator.Customer, DissolutionCause.MovedToBetterBrandOrProduct), NextEvent(), T0 + Duration.FromDays(10)).State;

        var back = Fire(Sources, ended, RelationshipTrigger.WinBack);

        back.Stage.Should().Be(RelationshipStage.Exploration);
        back.Episode.Should().Be(2);
        back.Version.Should().Be(ended.Version + 1, "the same relationship goes on");
    }

    [Fact]
    public void Sources_StrengthBeforeTheConflict_CanBeReadByAGuard()
    {
        var builder = LifecyclePresets.ConfigureSources(new LifecycleBuilder<RelationshipStage, RelationshipTrigger>("strong-survive"));
        var badly = builder.Trigger<RelationshipStrength>(RelationshipTrigger.ResolveBadly, s => "strength before: " + s);
        builder.Configure(RelationshipStage.CommitmentInConflict)
            .PermitIf(badly, RelationshipStage.Commitment, (_, before) => before >= new RelationshipStrength(0.6), "the relationship was strong before the conflict (at least 0.6)");
        var definition = builder.Build();
        var state = definition.Start(new CustomerId("c1"), NextEvent(), T0).State;
        for (var i = 0; i < 3; i++)
        {
            state = definition.Fire(state, RelationshipTrigger.Advance, NextEvent(), state.LastTransitionAt + Duration.FromDays(1)).State;
        }

        state = definition.Fire(state, RelationshipTrigger.Complain, NextEvent(), state.LastTransitionAt + Duration.FromDays(1)).State;

        var strong = definition.Fire(state, badly, new RelationshipStrength(0.8), NextEvent(), state.LastTransitionAt + Duration.FromDays(1));
        var weak = definition.Fire(state, badly, new RelationshipStrength(0.2), NextEvent(), state.LastTransitionAt + Duration.FromDays(1));

        strong.State.Stage.Should().Be(RelationshipStage.Commitment);
        strong.Record.ArgumentSummary.Should().Be("strength before: 0.80");
        weak.State.Stage.Should().Be(RelationshipStage.Dissolution);
    }

    [Fact]
    public void DissolutionReason_CausesBelongToTheirSide()
    {
        EqualityContract.Verify(new DissolutionReason(DissolutionInitiator.Customer, DissolutionCause.Dissatisfied), new DissolutionReason(DissolutionInitiator.Customer, DissolutionCause.Dissatisfied),
            new DissolutionReason(DissolutionInitiator.Supplier, DissolutionCause.Other, "terms"));
        new DissolutionReason(DissolutionInitiator.Supplier, DissolutionCause.Other, "payment terms").ToString().Should().Be("supplier: Other (payment terms)");
        FluentActions.Invoking(() => new DissolutionReason(DissolutionInitiator.Supplier, DissolutionCause.Dissatisfied)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("cause must be one the supplier gives; Dissatisfied is given by the customer. (Parameter 'cause')*");
        FluentActions.Invoking(() => new DissolutionReason(DissolutionInitiator.Customer, DissolutionCause.Fraud)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("cause must be one the customer gives; Fraud is given by the supplier. (Parameter 'cause')*");
        FluentActions.Invoking(() => new DissolutionReason(DissolutionInitiator.Customer, DissolutionCause.Other)).Should().Throw<ArgumentException>()
            .WithMessage("text must describe the cause when cause is Other; was null. (Parameter 'text')");
        FluentActions.Invoking(() => new DissolutionReason((DissolutionInitiator)5, DissolutionCause.Other, "x")).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("initiator");
        FluentActions.Invoking(() => new DissolutionReason(DissolutionInitiator.Customer, DissolutionCause.Other, new string('t', 201))).Should().Throw<ArgumentException>().WithParameterName("text");
    }

    [Fact]
    public void Funnel_PurchasesMoveThroughTheFunnel()
    {
        var funnel = LifecyclePresets.Funnel();
        var state = funnel.Start(new CustomerId("c1"), NextEvent(), T0).State;
        var stages = new List<FunnelStage> { state.Stage };
        for (var purchases = 1; purchases <= 5; purchases++)
        {
            state = funnel.Fire(state, LifecyclePresets.Purchase, purchases, NextEvent(), state.LastTransitionAt + Duration.FromDays(30)).State;
            stages.Add(state.Stage);
        }

        stages.Should().Equal(FunnelStage.Prospect, FunnelStage.FirstPurchase, FunnelStage.Repeat, FunnelStage.Repeat, FunnelStage.Loyal, FunnelStage.Loyal);
        var lapsed = funnel.Fire(state, FunnelTrigger.Lapse, NextEvent(), state.LastTransitionAt + Duration.FromDays(400)).State;
        var back = funnel.Fire(lapsed, LifecyclePresets.Purchase, 6, NextEvent(), lapsed.LastTransitionAt + Duration.FromDays(1));
        back.State.Stage.Should().Be(FunnelStage.WonBack);
        back.State.Episode.Should().Be(2);
        back.Record.ArgumentSummary.Should().Be("6 purchases");
        funnel.Fire(back.State, LifecyclePresets.Purchase, 7, NextEvent(), back.State.LastTransitionAt + Duration.FromDays(1)).State.Stage.Should().Be(FunnelStage.Loyal);
    }

    [Fact]
    public void Funnel_Options_AreValidatedWithTheirName()
    {
        FluentActions.Invoking(() => LifecyclePresets.Funnel(new FunnelOptions { LoyalAfterPurchases = 1 })).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("LoyalAfterPurchases must be at least 2; was 1. (Parameter 'options')*");
        FluentActions.Invoking(() => LifecyclePresets.Funnel(new FunnelOptions { LapsedBelowProbabilityAlive = 1 })).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("LapsedBelowProbabilityAlive must be in (0, 1); was 1. (Parameter 'options')*");
        LifecyclePresets.Funnel(new FunnelOptions { LoyalAfterPurchases = 2 }).Describe().Transitions.Should().Contain(t => t.Guard == "at least 2 purchases");
    }

    [Fact]
    public void ConfigurePreset_OnABuilderWithAnotherToken_Throws()
    {
        var builder = new LifecycleBuilder<RelationshipStage, RelationshipTrigger>();
        builder.Trigger<DissolutionReason>(RelationshipTrigger.Dissolve);

        FluentActions.Invoking(() => LifecyclePresets.ConfigureSources(builder)).Should().Throw<ArgumentException>()
            .WithMessage("trigger Dissolve was already declared with another token; configure the preset on a fresh builder. (Parameter 'token')");
    }
}
