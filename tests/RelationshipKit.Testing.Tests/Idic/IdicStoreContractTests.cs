using RelationshipKit.Idic.Stores;
using RelationshipKit.Testing.Idic;

namespace RelationshipKit.Testing.Tests.Idic;

public class IdicStoreContractTests
{
    [Fact]
    public async Task RunAll_CorrectStores_Pass()
    {
        await new InteractionStoreContract(() => new InMemoryInteractionStore()).RunAllAsync();
        await new ConsentStoreContract(() => new InMemoryConsentStore()).RunAllAsync();
        await new PromiseStoreContract(() => new InMemoryPromiseStore()).RunAllAsync();
    }

    [Fact]
    public async Task InteractionRunAsync_LastWriterWinsStore_FailsNamingTheLostUpdate()
    {
        var contract = new InteractionStoreContract(() => new BrokenInteractionStore(ignoreVersions: true));

        var violation = await FluentActions.Awaiting(() => contract.RunAsync("Append_StaleVersion_IsConflictAndWritesNothing")).Should().ThrowAsync<ContractViolationException>();

        violation.Which.Message.Should().Be(
            "Append_StaleVersion_IsConflictAndWritesNothing: an append expecting version 0 over version 1 must be conflict (stream at version 1); " +
            "was written (stream at version 2).");
    }

    [Fact]
    public async Task InteractionRunAll_StoreWhoseReadsFail_ListsEveryCheckWithTheStoresException()
    {
        var contract = new InteractionStoreContract(() => new BrokenInteractionStore(readsFail: true));

        var violation = await FluentActions.Awaiting(() => contract.RunAllAsync()).Should().ThrowAsync<ContractViolationException>();

        violation.Which.Message.Split('\n').Should().Equal(
            "The store broke 4 of 4 contract checks:",
            "- AppendThenRead_RoundTripsEveryField: the store threw InvalidOperationException: the disk is gone",
            "- Append_StaleVersion_IsConflictAndWritesNothing: the store threw InvalidOperationException: the disk is gone",
            "- Append_SameEventIdTwice_IsDuplicate: the store threw InvalidOperationException: the disk is gone",
            "- ConcurrentWriters_ExactlyOneWinsEachVersion: the store threw InvalidOperationException: the disk is gone");
    }

    [Fact]
    public async Task InteractionRunAsync_StoreThrows_KeepsTheStoresExceptionAndDisposesTheStore()
    {
        var before = Volatile.Read(ref BrokenInteractionStore.Disposed);
        var contract = new InteractionStoreContract(() => new BrokenInteractionStore(readsFail: true));

        var violation = await FluentActions.Awaiting(() => contract.RunAsync("AppendThenRead_RoundTripsEveryField")).Should().ThrowAsync<ContractViolationException>();

        violation.Which.InnerException.Should().BeOfType<InvalidOperationException>().Which.Message.Should().Be("the disk is gone");
        Volatile.Read(ref BrokenInteractionStore.Disposed).Should().BeGreaterThan(before);
    }

    [Fact]
    public async Task ConsentRunAsync_LastWriterWinsStore_FailsNamingTheStaleErasure()
    {
        var contract = new ConsentStoreContract(() => new LastWriterWinsConsentStore());

        var violation = await FluentActions.Awaiting(() => contract.RunAsync("Erase_KeepsATombstoneAndBlocksAppends")).Should().ThrowAsync<ContractViolationException>();

        violation.Which.Message.Should().Be(
            "Erase_KeepsATombstoneAndBlocksAppends: a stale erasure must be conflict (stream at version 2); was written (stream at version 3).");
    }

    [Fact]
    public async Task PromiseRunAsync_StoreListingByIdInsteadOfDue_FailsTheOrder()
    {
        var contract = new PromiseStoreContract(() => new IdOrderedPromiseStore());

        var violation = await FluentActions.Awaiting(() => contract.RunAsync("ListOpen_IsEarliestDueFirst_AndForgetsNothing")).Should().ThrowAsync<ContractViolationException>();

        violation.Which.Message.Should().Be("ListOpen_IsEarliestDueFirst_AndForgetsNothing: the customer's open promises must be p-soon,p-late; was p-late,p-soon.");
    }

    [Fact]
    public void CheckNames_ListEveryCheckOnce()
    {
        InteractionStoreContract.CheckNames.Should().HaveCount(4).And.OnlyHaveUniqueItems();
        ConsentStoreContract.CheckNames.Should().HaveCount(4).And.OnlyHaveUniqueItems();
        PromiseStoreContract.CheckNames.Should().HaveCount(5).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public Task RunAsync_UnknownCheck_Throws() =>
        FluentActions.Awaiting(() => new ConsentStoreContract(() => new InMemoryConsentStore()).RunAsync("Nope")).Should().ThrowAsync<ArgumentException>()
            .WithMessage("checkName must be one of AppendThenRead_RebuildsTheLedger, *; was \"Nope\". (Parameter 'checkName')");

    [Fact]
    public void Constructors_NullFactory_Throw()
    {
        FluentActions.Invoking(() => new InteractionStoreContract(null!)).Should().Throw<ArgumentNullException>().WithParameterName("createEmptyStore");
        FluentActions.Invoking(() => new ConsentStoreContract(null!)).Should().Throw<ArgumentNullException>().WithParameterName("createEmptyStore");
        FluentActions.Invoking(() => new PromiseStoreContract(null!)).Should().Throw<ArgumentNullException>().WithParameterName("createEmptyStore");
    }
}
