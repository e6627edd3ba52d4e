using RelationshipKit.Idic.Stores;
using RelationshipKit.Testing;
using RelationshipKit.Testing.Idic;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>Code shown on the "Testing your own store" page, compiled and checked here.</summary>
public class TestingSnippets
{
    [Fact]
    public async Task IdicContracts_RunOnStores()
    {
        #region testing-idic-contracts
        // each factory returns a new, empty store; every check gets its own
        await new InteractionStoreContract(
            () => new InMemoryInteractionStore()).RunAllAsync();
        await new ConsentStoreContract(
            () => new InMemoryConsentStore()).RunAllAsync();
        await new PromiseStoreContract(
            () => new InMemoryPromiseStore()).RunAllAsync();
        #endregion

        InteractionStoreContract.CheckNames.Should().HaveCount(4);
        PromiseStoreContract.CheckNames.Should().HaveCount(5);
    }

    public static TheoryData<string> Checks => [.. ConsentStoreContract.CheckNames];

    #region testing-one-case-per-check
    // xUnit: one test case per check, so a failure names the check
    [Theory]
    [MemberData(nameof(Checks))]
    public Task ConsentStore_MeetsTheContract(string check) =>
        new ConsentStoreContract(() => new InMemoryConsentStore())
            .RunAsync(check);
    #endregion

    [Fact]
    public async Task Violation_NamesTheCheck()
    {
        var contract = new ConsentStoreContract(() => new InMemoryConsentStore());
        await contract.RunAsync(ConsentStoreContract.CheckNames[0]);
        await FluentActions.Awaiting(() => contract.RunAsync("Missing")).Should().ThrowAsync<ArgumentException>();
        typeof(ContractViolationException).Namespace.Should().Be("RelationshipKit.Testing");
    }
}
