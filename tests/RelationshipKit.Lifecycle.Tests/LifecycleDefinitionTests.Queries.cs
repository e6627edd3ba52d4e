using NodaTime;
using static RelationshipKit.Lifecycle.Tests.TestLifecycle;

namespace RelationshipKit.Lifecycle.Tests;

public partial class LifecycleDefinitionTests
{
    [Fact]
    public void PermittedTriggers_ListsTriggersWithGuardDescriptionsAndStatus()
    {
        var permitted = Deals.PermittedTriggers(Opened(), T0 + Duration.FromDays(2));

        permitted.Select(p => p.Trigger).Should().Equal(Trigger.Hold, Trigger.Lose, Trigger.Touch, Trigger.Refresh, Trigger.Score);
        var score = permitted.Single(p => p.Trigger == Trigger.Score);
        score.ArgumentType.Should().Be<int>();
        score.Options.Should().ContainSingle();
        score.Options[0].GuardDescription.Should().Be("score at least 80");
        score.Options[0].GuardMet.Should().BeNull("the guard reads the argument");
        permitted.Single(p => p.Trigger == Trigger.Touch).Options[0].Kind.Should().Be(HistoryEntryKind.Internal);
    }

    [Fact]
    public void PermittedTriggers_GuardMetLater_IsListedWithItsDescription()
    {
        var permitted = Deals.PermittedTriggers(Opened(), T0 + Duration.FromDays(9));

        var win = permitted.Single(p => p.Trigger == Trigger.Win);
        win.Options.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Destination = Stage.Won, GuardDescription = "open for at least 7 days", GuardMet = (bool?)true });
    }

    [Fact]
    public void PermittedTriggers_SubstageBlocksAndTerminal_AreRespected()
    {
        var onHold = Deals.Fire(Opened(), Trigger.Hold, E("hold"), T0 + Duration.FromHours(2)).State;
        var foreign = new RelationshipState<Stage>(C("c1"), "other", 1, Stage.New, 1, 1, T0, T0, E("x"));

        Deals.PermittedTriggers(onHold, T0 + Duration.FromDays(30)).Select(p => p.Trigger).Should().NotContain(Trigger.Win).And.Contain(Trigger.Release);
        Deals.PermittedTriggers(foreign, T0).Should().BeEmpty();
    }

    [Fact]
    public void TimeInStageAndSinceLastTransition_MeasureFromTheState()
    {
        var opened = Opened();
        var touched = Deals.Fire(opened, Trigger.Touch, E("t"), T0 + Duration.FromDays(2)).State;
        var now = T0 + Duration.FromDays(5);

        touched.TimeInStage(now).Should().Be(now - opened.EnteredAt);
        touched.TimeSinceLastTransition(now).Should().Be(Duration.FromDays(3));
        FluentActions.Invoking(() => touched.TimeInStage(T0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("now must not be before 2026-03-02T11:00:00Z; was 2026-03-02T10:00:00Z. (Parameter 'now')*");
        FluentActions.Invoking(() => default(RelationshipState<Stage>).TimeInStage(now)).Should().Throw<InvalidOperationException>();
    }
}
