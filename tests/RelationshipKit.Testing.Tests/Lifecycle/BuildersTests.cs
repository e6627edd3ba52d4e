using NodaTime;
using RelationshipKit.Lifecycle;
using RelationshipKit.Lifecycle.Storage;
using RelationshipKit.Testing.Lifecycle;

namespace RelationshipKit.Testing.Tests.Lifecycle;

public class BuildersTests
{
    [Fact]
    public void RelationshipStateBuilder_Defaults_AreAValidState()
    {
        var state = new RelationshipStateBuilder<ContractStage>().Build();

        state.Should().Be(new RelationshipState<ContractStage>(new CustomerId("customer-1"), "lifecycle", 1, ContractStage.Lead, 1, 1,
            Instant.FromUtc(2026, 1, 5, 9, 0), Instant.FromUtc(2026, 1, 5, 9, 0), new LifecycleEventId("event-1")));
    }

    [Fact]
    public void RelationshipStateBuilder_EverySetter_IsUsed()
    {
        var definition = ContractLifecycle.Version1();
        var entered = Instant.FromUtc(2026, 2, 1, 0, 0);

        var state = new RelationshipStateBuilder<ContractStage>().ForCustomer("c9").Of(definition).In(ContractStage.Paused).AtVersion(7).InEpisode(2)
            .EnteredAt(entered).LastMovedAt(entered + Duration.FromDays(1)).WithLastEvent("e7").Build();

        state.Should().Be(new RelationshipState<ContractStage>(new CustomerId("c9"), ContractLifecycle.Name, 1, ContractStage.Paused, 7, 2, entered, entered + Duration.FromDays(1), new LifecycleEventId("e7")));
        new RelationshipStateBuilder<ContractStage>().Of("other", 3).Build().DefinitionVersion.Should().Be(3);
        FluentActions.Invoking(() => new RelationshipStateBuilder<ContractStage>().AtVersion(0).Build()).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("version");
    }

    [Fact]
    public void LifecycleHistoryBuilder_BuildsAChainTheDefinitionReplays()
    {
        var definition = ContractLifecycle.Version1();
        var builder = new LifecycleHistoryBuilder<ContractStage, ContractTrigger>(definition, "c1")
            .By(new TransitionMetadata("ops"))
            .Fire(ContractTrigger.Activate)
            .After(Duration.FromHours(2))
            .Fire(ContractTrigger.Pause);

        var history = builder.Build();

        history.Should().HaveCount(3);
        history.Select(e => e.EventId.Value).Should().Equal("c1-1", "c1-2", "c1-3");
        (history[2].At - history[1].At).Should().Be(Duration.FromHours(2));
        history[0].Metadata.Actor.Should().BeNull();
        history[1].Metadata.Actor.Should().Be("ops");
        definition.Replay(history).State.Should().Be(builder.State);
    }

    [Fact]
    public void LifecycleHistoryBuilder_RejectedStep_ThrowsWithTheDefinitionsMessage()
    {
        var builder = new LifecycleHistoryBuilder<ContractStage, ContractTrigger>(ContractLifecycle.Version1());

        FluentActions.Invoking(() => builder.Fire(ContractTrigger.Resume)).Should().Throw<InvalidOperationException>()
            .WithMessage("Step 2 of the history was not accepted: Lead permits no transition for Resume.");
        FluentActions.Invoking(() => builder.After(Duration.FromDays(-1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("step");
    }

    [Fact]
    public async Task FaultyLifecycleStore_ConflictsThenPassesThrough()
    {
        var definition = ContractLifecycle.Version1();
        var store = new FaultyLifecycleStore<ContractStage, ContractTrigger>(new InMemoryLifecycleStore<ContractStage, ContractTrigger>(definition)).ConflictNextWrites(1);
        var started = definition.Start(new CustomerId("c1"), new LifecycleEventId("s"), Instant.FromUtc(2026, 1, 1, 0, 0));

        var first = await store.WriteAsync(started.ToWrite());
        var second = await store.WriteAsync(started.ToWrite());
        store.FailNextWrite(new IOException("disk"));

        first.Status.Should().Be(WriteStatus.Conflict);
        first.Message.Should().Be("A conflict faked by FaultyLifecycleStore.");
        second.Status.Should().Be(WriteStatus.Written);
        await FluentActions.Awaiting(() => store.WriteAsync(started.ToWrite()).AsTask()).Should().ThrowAsync<IOException>().WithMessage("disk");
        (await store.WriteAsync(started.ToWrite())).Status.Should().Be(WriteStatus.Duplicate);
        store.Writes.Should().Be(4);
        FluentActions.Invoking(() => store.ConflictNextWrites(-1)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
