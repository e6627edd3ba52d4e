using NodaTime;
using RelationshipKit.Lifecycle.Storage;
using RelationshipKit.Testing.Lifecycle;

namespace RelationshipKit.Lifecycle.Tests.Storage;

public class InMemoryLifecycleStoreTests
{
    public static TheoryData<string> Checks => [.. LifecycleStoreContract.CheckNames];

    private static LifecycleStoreContract Contract => new(
        definition => new InMemoryLifecycleStore<ContractStage, ContractTrigger>(definition),
        (store, definition) => ((InMemoryLifecycleStore<ContractStage, ContractTrigger>)store).WithDefinition(definition));

    [Theory]
    [MemberData(nameof(Checks))]
    public Task Contract_Check_Passes(string check) => Contract.RunAsync(check);

    [Fact]
    public Task Contract_RunAll_Passes() => Contract.RunAllAsync();

    [Fact]
    public async Task WriteAsync_ThenCount_CountsCustomers()
    {
        var definition = ContractLifecycle.Version1();
        var store = new InMemoryLifecycleStore<ContractStage, ContractTrigger>(definition);
        var started = definition.Start(new CustomerId("c1"), new LifecycleEventId("s"), Instant.FromUtc(2026, 1, 1, 0, 0));

        await store.WriteAsync(started.ToWrite());

        store.Count.Should().Be(1);
    }

    [Theory]
    [InlineData(10, 3)]
    [InlineData(16, 1)]
    [InlineData(17, 17)]
    [InlineData(40, 30)]
    public async Task WriteAsync_RepeatedEvent_IsADuplicateOfTheOriginalAtAnyHistoryLength(int length, int repeated)
    {
        // Short histories find an event id by comparing with each entry; from 17 entries the store keeps an index.
        var definition = ContractLifecycle.Version1();
        var store = new InMemoryLifecycleStore<ContractStage, ContractTrigger>(definition);
        var at = Instant.FromUtc(2026, 1, 1, 0, 0);
        var result = definition.Start(new CustomerId("c1"), new LifecycleEventId("e1"), at);
        var writes = new List<LifecycleWrite<ContractStage, ContractTrigger>> { result.ToWrite() };
        result = definition.Fire(result.State, ContractTrigger.Activate, new LifecycleEventId("e2"), at);
        writes.Add(result.ToWrite());
        for (var i = 3; i <= length; i++)
        {
            result = definition.Fire(result.State, ContractTrigger.Note, new LifecycleEventId("e" + i), at + Duration.FromMinutes(i));
            writes.Add(result.ToWrite());
        }

        foreach (var write in writes)
        {
            (await store.WriteAsync(write)).Status.Should().Be(WriteStatus.Written);
        }

        var again = await store.WriteAsync(writes[repeated - 1]);
        var found = await store.FindEventAsync(new CustomerId("c1"), new LifecycleEventId("e" + repeated));
        var missing = await store.FindEventAsync(new CustomerId("c1"), new LifecycleEventId("e" + (length + 1)));

        again.Status.Should().Be(WriteStatus.Duplicate);
        again.Entry!.Sequence.Should().Be(repeated);
        again.StoredVersion.Should().Be(length);
        found!.Sequence.Should().Be(repeated);
        missing.Should().BeNull();
        (await store.GetHistoryAsync(new CustomerId("c1"))).Count.Should().Be(length);
    }

    [Fact]
    public void WithDefinition_AnotherName_Throws()
    {
        var store = new InMemoryLifecycleStore<ContractStage, ContractTrigger>(ContractLifecycle.Version1());
        var builder = new LifecycleBuilder<ContractStage, ContractTrigger>("other").InitialStage(ContractStage.Lead);
        builder.Configure(ContractStage.Lead);

        FluentActions.Invoking(() => store.WithDefinition(builder.Build())).Should().Throw<ArgumentException>()
            .WithMessage("definition must be named \"store-contract\" like the stored data; was \"other\". (Parameter 'definition')");
        FluentActions.Invoking(() => new InMemoryLifecycleStore<ContractStage, ContractTrigger>(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public async Task GetInStageLongerThanAsync_UnconfiguredStage_Throws()
    {
        var store = new InMemoryLifecycleStore<ContractStage, ContractTrigger>(ContractLifecycle.Version2(withMigration: false));

        await FluentActions.Awaiting(() => store.GetInStageLongerThanAsync(ContractStage.PausedInReview, Duration.Zero, Instant.FromUtc(2026, 1, 1, 0, 0)).AsTask())
            .Should().ThrowAsync<ArgumentException>().WithMessage("stage must be configured in \"store-contract\"; was PausedInReview. (Parameter 'stage')");
    }

    [Fact]
    public Task ContractRunAsync_UnknownCheck_Throws() =>
        FluentActions.Awaiting(() => Contract.RunAsync("Nope")).Should().ThrowAsync<ArgumentException>().WithMessage("checkName must be one of *; was \"Nope\". (Parameter 'checkName')");
}
