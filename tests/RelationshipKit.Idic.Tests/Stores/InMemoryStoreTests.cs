using RelationshipKit.Idic.Stores;
using RelationshipKit.Testing.Idic;

namespace RelationshipKit.Idic.Tests.Stores;

/// <summary>The in-memory stores against the store contracts of RelationshipKit.Testing, one test case per check.</summary>
public class InMemoryStoreTests
{
    public static TheoryData<string> InteractionChecks => [.. InteractionStoreContract.CheckNames];

    public static TheoryData<string> ConsentChecks => [.. ConsentStoreContract.CheckNames];

    public static TheoryData<string> PromiseChecks => [.. PromiseStoreContract.CheckNames];

    [Theory]
    [MemberData(nameof(InteractionChecks))]
    public Task InMemoryInteractionStore_MeetsTheContract(string check) => new InteractionStoreContract(() => new InMemoryInteractionStore()).RunAsync(check);

    [Theory]
    [MemberData(nameof(ConsentChecks))]
    public Task InMemoryConsentStore_MeetsTheContract(string check) => new ConsentStoreContract(() => new InMemoryConsentStore()).RunAsync(check);

    [Theory]
    [MemberData(nameof(PromiseChecks))]
    public Task InMemoryPromiseStore_MeetsTheContract(string check) => new PromiseStoreContract(() => new InMemoryPromiseStore()).RunAsync(check);
}
