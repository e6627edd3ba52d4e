using RelationshipKit.Idic.Stores;
using RelationshipKit.Testing.Idic;

namespace RelationshipKit.Idic.Tests.Stores;

public class InMemoryStoreTests
{
    [Fact]
    public Task InMemoryInteractionStore_MeetsTheContract() => new InteractionStoreContract(() => new InMemoryInteractionStore()).RunAllAsync();

    [Fact]
    public Task InMemoryConsentStore_MeetsTheContract() => new ConsentStoreContract(() => new InMemoryConsentStore()).RunAllAsync();

    [Fact]
    public Task InMemoryPromiseStore_MeetsTheContract() => new PromiseStoreContract(() => new InMemoryPromiseStore()).RunAllAsync();
}
