namespace RelationshipKit.Lifecycle.Tests.Graph;

public class LifecycleInfoTests
{
    [Fact]
    public void Describe_ListsStagesAndDeclaredTransitionsAsData()
    {
        var info = TestLifecycle.Build().Describe();

        info.Name.Should().Be("deals");
        info.Version.Should().Be(1);
        info.InitialStage.Should().Be("New");
        var hold = info.Stages.Single(s => s.Name == "OpenOnHold");
        hold.Parent.Should().Be("Open");
        hold.EntryEffects.Should().Equal("notify the owner");
        hold.ExitEffects.Should().Equal("clear the hold");
        hold.BlockedTriggers.Should().Equal("Win");
        info.Stages.Single(s => s.Name == "Archived").IsTerminal.Should().BeTrue();
        info.Stages.Single(s => s.Name == "New").IsInitial.Should().BeTrue();
        var score = info.Transitions.Single(t => t.Trigger == "Score");
        score.Should().BeEquivalentTo(new { From = "Open", To = "Won", Kind = HistoryEntryKind.Transition, Guard = "score at least 80", ArgumentType = "Int32" });
        info.Transitions.Single(t => t.Trigger == "Refresh").Kind.Should().Be(HistoryEntryKind.Reentry);
        info.Transitions.Single(t => t.Trigger == "Reopen").Kind.Should().Be(HistoryEntryKind.WinBack);
        info.Transitions.Single(t => t.Trigger == "Touch").To.Should().Be("Open");
    }
}
