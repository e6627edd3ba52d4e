using NodaTime;
using static RelationshipKit.Lifecycle.Tests.TestLifecycle;

namespace RelationshipKit.Lifecycle.Tests;

public partial class LifecycleDefinitionTests
{
    [Fact]
    public void Fire_PermittedTrigger_ReturnsNewStateRecordAndEffectsWithoutRunningThem()
    {
        var ran = false;
        var definition = TestLifecycle.Build(b => b.Configure(Stage.Lost).OnEntry("send a survey", (_, _) =>
        {
            ran = true;
            return ValueTask.CompletedTask;
        }));
        var state = definition.Start(C("c1"), E("start"), T0).State;
        var at = T0 + Duration.FromHours(1);

        var result = definition.Fire(state, Trigger.Lose, E("lose"), at, new TransitionMetadata("ana", "chose a rival", ChangeDriver.CompetitorActivity));

        result.Outcome.Should().Be(TransitionOutcome.Accepted);
        result.State.Should().Be(new RelationshipState<Stage>(C("c1"), "deals", 1, Stage.Lost, 2, 1, at, at, E("lose")));
        result.Record.From.Should().Be(Stage.New);
        result.Record.To.Should().Be(Stage.Lost);
        result.Record.Trigger.Should().Be(Trigger.Lose);
        result.Record.Kind.Should().Be(HistoryEntryKind.Transition);
        result.Record.Sequence.Should().Be(2);
        result.Record.Metadata.Driver.Should().Be(ChangeDriver.CompetitorActivity);
        result.Effects.Select(e => e.ToString()).Should().Equal("exit New: log leaving new", "entry Lost: send a survey");
        ran.Should().BeFalse("Fire never runs an effect");
        result.Message.Should().Be("Lose moved the relationship from New to Lost.");
    }

    [Fact]
    public void Fire_NoTransition_IsRejectedNotThrown()
    {
        var result = Deals.Fire(Started(), Trigger.Win, E("win"), T0);

        result.IsRejected.Should().BeTrue();
        result.RejectionReason.Should().Be(RejectionReason.NoTransition);
        result.State.Should().Be(Started(), "a rejection changes nothing");
        result.Record.IsDefault.Should().BeTrue();
        result.Effects.Should().BeEmpty();
        result.Message.Should().Be("New permits no transition for Win.");
    }

    [Fact]
    public void Fire_GuardsUnmet_ReturnsRejectedWithDescriptions()
    {
        var result = Deals.Fire(Opened(), Trigger.Win, E("win"), T0 + Duration.FromDays(2));

        result.RejectionReason.Should().Be(RejectionReason.GuardsUnmet);
        result.UnmetGuards.Should().Equal("open for at least 7 days");
        result.Message.Should().Be("Win is not permitted from Open: \"open for at least 7 days\" not met.");
    }

    [Fact]
    public void Fire_GuardMet_UsesTimeInStage()
    {
        var result = Deals.Fire(Opened(), Trigger.Win, E("win"), T0 + Duration.FromDays(8));

        result.IsAccepted.Should().BeTrue();
        result.State.Stage.Should().Be(Stage.Won);
        result.Effects.Select(e => e.Description).Should().Equal("release the owner");
    }

    [Fact]
    public void Fire_TypedTrigger_GuardReadsArgumentAndHistoryKeepsSummary()
    {
        var low = Deals.Fire(Opened(), Score, 40, E("score-40"), T0 + Duration.FromDays(1));
        var high = Deals.Fire(Opened(), Score, 85, E("score-85"), T0 + Duration.FromDays(1));

        low.RejectionReason.Should().Be(RejectionReason.GuardsUnmet);
        low.UnmetGuards.Should().Equal("score at least 80");
        high.State.Stage.Should().Be(Stage.Won);
        high.Record.ArgumentSummary.Should().Be("85");
    }

    [Fact]
    public void Fire_TypedTriggerMisused_ThrowsAndSaysWhatToCallInstead()
    {
        FluentActions.Invoking(() => Deals.Fire(Opened(), Trigger.Score, E("s"), T0)).Should().Throw<InvalidOperationException>()
            .WithMessage("Trigger Score carries a Int32 argument; fire it with the token from builder.Trigger<Int32>(Score) and the argument.");
        var stringToken = new LifecycleBuilder<Stage, Trigger>().Trigger<string>(Trigger.Score);
        FluentActions.Invoking(() => Deals.Fire(Opened(), stringToken, "x", E("s"), T0)).Should().Throw<InvalidOperationException>()
            .WithMessage("Trigger Score carries a Int32 argument in \"deals\", not a String.");
        var winToken = new LifecycleBuilder<Stage, Trigger>().Trigger<int>(Trigger.Win);
        FluentActions.Invoking(() => Deals.Fire(Opened(), winToken, 1, E("s"), T0)).Should().Throw<InvalidOperationException>()
            .WithMessage("Trigger Win is parameterless in \"deals\"; fire it without an argument.");
    }

    [Fact]
    public void Fire_InvalidArguments_Throw()
    {
        FluentActions.Invoking(() => Deals.Fire(default, Trigger.Qualify, E("e"), T0)).Should().Throw<ArgumentException>()
            .WithMessage("state must be a started relationship (the default value has none); call Start or read it from a store. (Parameter 'state')");
        FluentActions.Invoking(() => Deals.Fire(Started(), (Trigger)55, E("e"), T0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("trigger must be a member of Trigger; was 55. (Parameter 'trigger')*");
        FluentActions.Invoking(() => Deals.Fire(Started(), Trigger.Qualify, default, T0)).Should().Throw<ArgumentException>().WithParameterName("eventId");
        FluentActions.Invoking(() => Deals.Fire(Started(), Score, 1, E("e"), Instant.FromUtc(2300, 1, 1, 0, 0))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("at");
    }

    [Fact]
    public void Fire_TerminalStage_IsRejectedAsTerminal()
    {
        var won = Deals.Fire(Opened(), Score, 90, E("win"), T0 + Duration.FromDays(1)).State;
        var archived = Deals.Fire(won, Trigger.Archive, E("archive"), T0 + Duration.FromDays(2)).State;

        var result = Deals.Fire(archived, Trigger.Reopen, E("reopen"), T0 + Duration.FromDays(3));

        result.RejectionReason.Should().Be(RejectionReason.TerminalStage);
        result.Message.Should().Be("Archived is a terminal stage; it permits no trigger (Reopen).");
    }

    [Fact]
    public void Fire_AnotherDefinitionsState_IsRejectedAsMismatch()
    {
        var foreign = new RelationshipState<Stage>(C("c1"), "tickets", 1, Stage.New, 1, 1, T0, T0, E("x"));

        var result = Deals.Fire(foreign, Trigger.Qualify, E("q"), T0);

        result.RejectionReason.Should().Be(RejectionReason.DefinitionMismatch);
        result.Message.Should().Be("The state belongs to definition \"tickets\", not \"deals\".");
    }

    [Fact]
    public void Fire_OlderVersionWithoutMigration_IsRejectedWithAdvice()
    {
        var old = new RelationshipState<Stage>(C("c1"), "deals", 0 + 1, Stage.New, 1, 1, T0, T0, E("x"));
        var v2 = BuildVersion2(migrate: false);

        var result = v2.Fire(old, Trigger.Qualify, E("q"), T0);

        result.RejectionReason.Should().Be(RejectionReason.DefinitionMismatch);
        result.Message.Should().Be("it was written by version 1 of \"deals\" and version 2 declares no migration from it; call MigrateFrom(1, ...) on the builder.");
    }

    [Fact]
    public void Fire_OlderVersionWithMigration_MigratesThenFires()
    {
        var onHold = new RelationshipState<Stage>(C("c1"), "deals", 1, Stage.OpenOnHold, 3, 1, T0, T0, E("x"));
        var v2 = BuildVersion2(migrate: true);

        var result = v2.Fire(onHold, Trigger.Lose, E("lose"), T0 + Duration.FromHours(1));

        result.IsAccepted.Should().BeTrue();
        result.Record.From.Should().Be(Stage.Open, "version 2 merged the hold substage into Open");
        result.State.DefinitionVersion.Should().Be(2);
    }

    [Fact]
    public void Fire_SameEventIdAsLastEntry_ReturnsDuplicateAndNothingToAppend()
    {
        var opened = Opened();

        var result = Deals.Fire(opened, Trigger.Lose, E("qualify"), T0 + Duration.FromHours(3));

        result.IsDuplicate.Should().BeTrue();
        result.State.Should().Be(opened);
        result.Record.IsDefault.Should().BeTrue();
        result.Effects.Should().BeEmpty();
        result.Message.Should().Be("Event 'qualify' was already applied; the relationship stays at Open.");
    }

    [Fact]
    public void Fire_EventOlderThanLastTransition_IsRejectedOutOfOrder()
    {
        var result = Deals.Fire(Opened(), Trigger.Lose, E("late"), T0);

        result.RejectionReason.Should().Be(RejectionReason.OutOfOrder);
        result.Message.Should().Be("The event is older than the relationship's last transition (2026-03-02T11:00:00Z); Lose was not applied.");
    }

    [Fact]
    public void Fire_InternalTransition_RecordsWithoutMovingOrRestartingTimeInStage()
    {
        var opened = Opened();
        var at = T0 + Duration.FromDays(3);

        var result = Deals.Fire(opened, Trigger.Touch, E("touch"), at);

        result.State.Stage.Should().Be(Stage.Open);
        result.State.EnteredAt.Should().Be(opened.EnteredAt);
        result.State.LastTransitionAt.Should().Be(at);
        result.State.Version.Should().Be(3);
        result.Record.Kind.Should().Be(HistoryEntryKind.Internal);
        result.Effects.Should().BeEmpty();
    }

    [Fact]
    public void Fire_Reentry_RunsExitAndEntryAndRestartsTimeInStage()
    {
        var at = T0 + Duration.FromDays(3);

        var result = Deals.Fire(Opened(), Trigger.Refresh, E("refresh"), at);

        result.Record.Kind.Should().Be(HistoryEntryKind.Reentry);
        result.State.EnteredAt.Should().Be(at);
        result.Effects.Select(e => e.Description).Should().Equal("release the owner", "assign an owner");
    }

    [Fact]
    public void Fire_FromSubstage_InheritsParentTransitionsAndExitsBoth()
    {
        var onHold = Deals.Fire(Opened(), Trigger.Hold, E("hold"), T0 + Duration.FromHours(2));
        onHold.Effects.Select(e => e.Description).Should().Equal("notify the owner");

        var lost = Deals.Fire(onHold.State, Trigger.Lose, E("lose"), T0 + Duration.FromHours(3));
        var released = Deals.Fire(onHold.State, Trigger.Release, E("release"), T0 + Duration.FromHours(3));

        lost.State.Stage.Should().Be(Stage.Lost);
        lost.Effects.Select(e => e.Description).Should().Equal("clear the hold", "release the owner");
        released.State.Stage.Should().Be(Stage.Open);
        released.Effects.Select(e => e.Description).Should().Equal("clear the hold");
    }

    [Fact]
    public void Fire_BlockedInSubstage_IsRejectedWithTheBlocksDescription()
    {
        var onHold = Deals.Fire(Opened(), Trigger.Hold, E("hold"), T0 + Duration.FromHours(2)).State;

        var result = Deals.Fire(onHold, Trigger.Win, E("win"), T0 + Duration.FromDays(30));

        result.RejectionReason.Should().Be(RejectionReason.Blocked);
        result.UnmetGuards.Should().Equal("release the hold first");
        result.Message.Should().Be("OpenOnHold blocks Win: release the hold first.");
    }

    [Fact]
    public void Fire_WinBack_StartsANewEpisode()
    {
        var lost = Deals.Fire(Started(), Trigger.Lose, E("lose"), T0 + Duration.FromDays(1)).State;

        var result = Deals.Fire(lost, Trigger.Reopen, E("reopen"), T0 + Duration.FromDays(100));

        result.State.Stage.Should().Be(Stage.New);
        result.State.Episode.Should().Be(2);
        result.Record.Kind.Should().Be(HistoryEntryKind.WinBack);
        result.Record.Episode.Should().Be(2);
    }

    [Fact]
    public void Fire_ParameterlessGuardedAccepted_AllocatesNothing()
    {
        var builder = new LifecycleBuilder<Stage, Trigger>("hot").InitialStage(Stage.New);
        builder.Configure(Stage.New).PermitIf(Trigger.Qualify, Stage.Open, g => g.State.Version > 0, "started");
        builder.Configure(Stage.Open);
        var definition = builder.Build();
        var state = definition.Start(C("c1"), E("start"), T0).State;
        var eventId = E("qualify");
        var at = T0 + Duration.FromHours(1);
        for (var i = 0; i < 100; i++)
        {
            _ = definition.Fire(state, Trigger.Qualify, eventId, at);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var accepted = 0;
        for (var i = 0; i < 1000; i++)
        {
            accepted += definition.Fire(state, Trigger.Qualify, eventId, at).IsAccepted ? 1 : 0;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        accepted.Should().Be(1000);
        allocated.Should().Be(0);
    }

    [Fact]
    public void Fire_ManyThreadsOnOneDefinition_GiveTheSameResultsAsOne()
    {
        var states = Enumerable.Range(0, 2000).Select(i => Opened("c" + i)).ToArray();
        var expected = states.Select(s => Deals.Fire(s, Score, s.Version > 0 ? 90 : 0, E("win"), T0 + Duration.FromDays(1)).State).ToArray();

        var actual = new RelationshipState<Stage>[states.Length];
        Parallel.For(0, states.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            actual[i] = Deals.Fire(states[i], Score, 90, E("win"), T0 + Duration.FromDays(1)).State);

        actual.Should().Equal(expected);
    }

    private static LifecycleDefinition<Stage, Trigger> BuildVersion2(bool migrate)
    {
        var builder = new LifecycleBuilder<Stage, Trigger>("deals", 2).InitialStage(Stage.New);
        builder.Configure(Stage.New).Permit(Trigger.Qualify, Stage.Open).Permit(Trigger.Lose, Stage.Lost);
        builder.Configure(Stage.Open).Permit(Trigger.Lose, Stage.Lost);
        builder.Configure(Stage.Lost);
        if (migrate)
        {
            builder.MigrateFrom(1, m => m.Rename("OpenOnHold", Stage.Open));
        }

        return builder.Build();
    }
}
