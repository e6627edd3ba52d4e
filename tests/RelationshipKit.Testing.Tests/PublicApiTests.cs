using RelationshipKit.Testing.Lifecycle;

namespace RelationshipKit.Testing.Tests;

public class PublicApiTests
{
    [Fact]
    public void RelationshipKitTesting_PublicApi_MatchesSnapshot() =>
        Snapshot.Match(PublicApi.Of(typeof(LifecycleStoreContract).Assembly));
}
