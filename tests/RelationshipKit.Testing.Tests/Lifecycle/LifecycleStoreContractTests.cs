using RelationshipKit.Lifecycle.Storage;
using RelationshipKit.Testing.Lifecycle;

namespace RelationshipKit.Testing.Tests.Lifecycle;

public class LifecycleStoreContractTests
{
    private static readonly LifecycleStoreContract Naive = new(definition => new NaiveStore(definition));

    [Fact]
    public Task RunAll_CorrectStore_Passes() =>
        new LifecycleStoreContract(
            definition => new InMemoryLifecycleStore<ContractStage, ContractTrigger>(definition),
            (store, definition) => ((InMemoryLifecycleStore<ContractStage, ContractTrigger>)store).WithDefinition(definition)).RunAllAsync();

    [Fact]
    public async Task RunAsync_StoreWithoutVersionCheck_FailsNamingTheLostUpdate()
    {
        var violation = await FluentActions.Awaiting(() => Naive.RunAsync("StaleWrite_ConflictsAndLosesNothing")).Should().ThrowAsync<ContractViolationException>();

        violation.Which.Message.Should().Be("StaleWrite_ConflictsAndLosesNothing: a write expecting version 1 when version 2 is stored must be a Conflict; was Written.");
    }

    [Fact]
    public async Task RunAsync_StoreWithoutIdempotency_FailsNamingTheDuplicate()
    {
        var violation = await FluentActions.Awaiting(() => Naive.RunAsync("DuplicateEvent_ReturnsOriginalAndAppendsNothing")).Should().ThrowAsync<ContractViolationException>();

        violation.Which.Message.Should().Be(
            "DuplicateEvent_ReturnsOriginalAndAppendsNothing: a redelivered event id (with its now stale expected version) must be a Duplicate; was Written.");
    }

    [Fact]
    public async Task RunAsync_StoreThatIgnoresSubstages_FailsTheQuery()
    {
        var violation = await FluentActions.Awaiting(() => Naive.RunAsync("InStageLongerThan_RespectsSubstagesAndDuration")).Should().ThrowAsync<ContractViolationException>();

        violation.Which.Message.Should().Be(
            "InStageLongerThan_RespectsSubstagesAndDuration: customers in Paused (or its review substage) for more than 60 minutes must be q-a and q-b, ordered by id; were [].");
    }

    [Fact]
    public async Task RunAll_BrokenStore_ListsEveryFailedCheck()
    {
        var violation = await FluentActions.Awaiting(() => Naive.RunAllAsync()).Should().ThrowAsync<ContractViolationException>();

        violation.Which.Message.Should().StartWith("The store broke 9 of 13 contract checks:\n- StaleWrite_ConflictsAndLosesNothing:");
        violation.Which.Message.Split('\n').Skip(1).Select(line => line[2..line.IndexOf(':', StringComparison.Ordinal)]).Should().Equal(
            "StaleWrite_ConflictsAndLosesNothing",
            "WriteAhead_Conflicts",
            "DuplicateEvent_ReturnsOriginalAndAppendsNothing",
            "ConcurrentWriters_NeverBothWin",
            "Batch_AppliesInOrderWithConflictsAndDuplicates",
            "InStageLongerThan_RespectsSubstagesAndDuration",
            "ErasePersonalData_KeepsTransitionsAndChain",
            "OtherDefinition_IsAMismatch",
            "InvalidArguments_Throw");
    }

    [Fact]
    public async Task RunAsync_LastWriterWinsStore_FailsTheSameVersionRace()
    {
        var violation = await FluentActions.Awaiting(() => Naive.RunAsync("ConcurrentWriters_NeverBothWin")).Should().ThrowAsync<ContractViolationException>();

        violation.Which.Message.Should().Be(
            "ConcurrentWriters_NeverBothWin: 8 concurrent writes expecting version 2 must give exactly one Written and 7 Conflicts; gave 8 Written.");
    }

    [Fact]
    public void CheckNames_ListEveryCheckOnce() =>
        LifecycleStoreContract.CheckNames.Should().HaveCount(13).And.OnlyHaveUniqueItems();

    [Fact]
    public void Constructor_NullFactory_Throws() =>
        FluentActions.Invoking(() => new LifecycleStoreContract(null!)).Should().Throw<ArgumentNullException>().WithParameterName("createStore");
}
