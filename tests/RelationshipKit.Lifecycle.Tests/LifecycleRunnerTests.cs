using NodaTime;
using NodaTime.Testing;
using RelationshipKit.Lifecycle.Batch;
using RelationshipKit.Lifecycle.Storage;
using RelationshipKit.Testing.Lifecycle;

namespace RelationshipKit.Lifecycle.Tests;

public class LifecycleRunnerTests
{
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 6, 1, 9, 0), Duration.FromMinutes(1));
    private readonly List<string> _ran = [];

    private LifecycleDefinition<ContractStage, ContractTrigger> Definition()
    {
        var builder = new LifecycleBuilder<ContractStage, ContractTrigger>("runner").InitialStage(ContractStage.Lead);
        builder.Configure(ContractStage.Lead).Permit(ContractTrigger.Activate, ContractStage.Active);
        builder.Configure(ContractStage.Active).OnEntry("welcome", (args, _) =>
        {
            _ran.Add("welcome " + args.State.CustomerId);
            return ValueTask.CompletedTask;
        });
        return builder.Build();
    }

    [Fact]
    public async Task FireAsync_Accepted_StoresThenRunsEffects()
    {
        var runner = new LifecycleRunner<ContractStage, ContractTrigger>(new InMemoryLifecycleStore<ContractStage, ContractTrigger>(Definition()), _clock);
        await runner.StartAsync(new CustomerId("c1"), new LifecycleEventId("s"));

        var result = await runner.FireAsync(new CustomerId("c1"), ContractTrigger.Activate, new LifecycleEventId("a"), new TransitionMetadata("web"));

        result.Status.Should().Be(RunStatus.Applied);
        result.State.Stage.Should().Be(ContractStage.Active);
        result.Entry!.Metadata.Actor.Should().Be("web");
        _ran.Should().Equal("welcome c1");
        (await runner.Store.GetStateAsync(new CustomerId("c1"))).State.Should().Be(result.State);
    }

    [Fact]
    public async Task FireAsync_RedeliveredEvent_ReturnsOriginalAndRunsNothing()
    {
        var runner = new LifecycleRunner<ContractStage, ContractTrigger>(new InMemoryLifecycleStore<ContractStage, ContractTrigger>(Definition()), _clock);
        await runner.StartAsync(new CustomerId("c1"), new LifecycleEventId("s"));
        var first = await runner.FireAsync(new CustomerId("c1"), ContractTrigger.Activate, new LifecycleEventId("a"));

        var again = await runner.FireAsync(new CustomerId("c1"), ContractTrigger.Activate, new LifecycleEventId("a"));
        var startAgain = await runner.StartAsync(new CustomerId("c1"), new LifecycleEventId("s"));

        again.Status.Should().Be(RunStatus.Duplicate);
        again.Entry!.Hash.Should().Be(first.Entry!.Hash);
        startAgain.Status.Should().Be(RunStatus.Duplicate);
        _ran.Should().HaveCount(1);
        (await runner.Store.GetHistoryAsync(new CustomerId("c1"))).Count.Should().Be(2);
    }

    [Fact]
    public async Task FireAsync_RejectedOrNotStarted_StoresNothing()
    {
        var runner = new LifecycleRunner<ContractStage, ContractTrigger>(new InMemoryLifecycleStore<ContractStage, ContractTrigger>(Definition()), _clock);

        var notStarted = await runner.FireAsync(new CustomerId("c9"), ContractTrigger.Activate, new LifecycleEventId("a"));
        await runner.StartAsync(new CustomerId("c1"), new LifecycleEventId("s"));
        var rejected = await runner.FireAsync(new CustomerId("c1"), ContractTrigger.Close, new LifecycleEventId("x"));
        var startedTwice = await runner.StartAsync(new CustomerId("c1"), new LifecycleEventId("s2"));

        notStarted.Status.Should().Be(RunStatus.Rejected);
        notStarted.Transition.RejectionReason.Should().Be(RejectionReason.NotStarted);
        rejected.Message.Should().Be("Lead permits no transition for Close.");
        startedTwice.Transition.RejectionReason.Should().Be(RejectionReason.AlreadyStarted);
        (await runner.Store.GetHistoryAsync(new CustomerId("c1"))).Count.Should().Be(1);
    }

    [Fact]
    public async Task FireAsync_Conflicts_RetriesThenGivesUp()
    {
        var faulty = new FaultyLifecycleStore<ContractStage, ContractTrigger>(new InMemoryLifecycleStore<ContractStage, ContractTrigger>(Definition()));
        var runner = new LifecycleRunner<ContractStage, ContractTrigger>(faulty, _clock, maxConflictRetries: 2);
        await runner.StartAsync(new CustomerId("c1"), new LifecycleEventId("s"));

        faulty.ConflictNextWrites(2);
        var recovered = await runner.FireAsync(new CustomerId("c1"), ContractTrigger.Activate, new LifecycleEventId("a"));
        await runner.StartAsync(new CustomerId("c2"), new LifecycleEventId("s"));
        faulty.ConflictNextWrites(3);
        var gaveUp = await runner.FireAsync(new CustomerId("c2"), ContractTrigger.Activate, new LifecycleEventId("a"));

        recovered.Status.Should().Be(RunStatus.Applied);
        gaveUp.Status.Should().Be(RunStatus.Conflict);
        gaveUp.Message.Should().Be("Customer 'c2' kept changing under concurrent writers; 3 attempts conflicted and nothing was stored.");
        faulty.Writes.Should().Be(8);
        _ran.Should().Equal("welcome c1");
    }

    [Fact]
    public async Task FireAsync_StoreThrows_ExceptionPropagates()
    {
        var faulty = new FaultyLifecycleStore<ContractStage, ContractTrigger>(new InMemoryLifecycleStore<ContractStage, ContractTrigger>(Definition()));
        var runner = new LifecycleRunner<ContractStage, ContractTrigger>(faulty, _clock);
        await runner.StartAsync(new CustomerId("c1"), new LifecycleEventId("s"));

        faulty.FailNextWrite(new TimeoutException("database down"));

        await FluentActions.Awaiting(() => runner.FireAsync(new CustomerId("c1"), ContractTrigger.Activate, new LifecycleEventId("a")).AsTask())
            .Should().ThrowAsync<TimeoutException>().WithMessage("database down");
        _ran.Should().BeEmpty();
    }

    [Fact]
    public async Task ApplyBatchAsync_ReadsStatesAppliesAndStoresInOneBatch()
    {
        var store = new InMemoryLifecycleStore<ContractStage, ContractTrigger>(Definition());
        var runner = new LifecycleRunner<ContractStage, ContractTrigger>(store, _clock);
        await runner.StartAsync(new CustomerId("c1"), new LifecycleEventId("s"));
        var at = _clock.GetCurrentInstant();

        var (batch, writes) = await runner.ApplyBatchAsync(
        [
            LifecycleEvent.Fire<ContractStage, ContractTrigger>(new CustomerId("c1"), ContractTrigger.Activate, new("a"), at),
            LifecycleEvent.Start<ContractStage, ContractTrigger>(new CustomerId("c2"), new("s"), at),
            LifecycleEvent.Fire<ContractStage, ContractTrigger>(new CustomerId("c2"), ContractTrigger.Activate, new("a"), at),
        ], maxDegreeOfParallelism: 2);

        batch.Accepted.Should().Be(3);
        writes.Select(w => w.Status).Should().Equal(WriteStatus.Written, WriteStatus.Written, WriteStatus.Written);
        (await store.GetStateAsync(new CustomerId("c2"))).State.Stage.Should().Be(ContractStage.Active);
        _ran.Should().BeEmpty("a batch lists effects in its results and does not run them");
    }

    [Fact]
    public void Constructor_InvalidArguments_Throw()
    {
        var store = new InMemoryLifecycleStore<ContractStage, ContractTrigger>(Definition());
        FluentActions.Invoking(() => new LifecycleRunner<ContractStage, ContractTrigger>(null!, _clock)).Should().Throw<ArgumentNullException>().WithParameterName("store");
        FluentActions.Invoking(() => new LifecycleRunner<ContractStage, ContractTrigger>(store, null!)).Should().Throw<ArgumentNullException>().WithParameterName("clock");
        FluentActions.Invoking(() => new LifecycleRunner<ContractStage, ContractTrigger>(store, _clock, -1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("maxConflictRetries must be zero or more; was -1. (Parameter 'maxConflictRetries')*");
    }
}
