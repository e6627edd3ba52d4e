namespace RelationshipKit.Lifecycle.Tests;

public class PublicApiTests
{
    [Fact]
    public void RelationshipKitLifecycle_PublicApi_MatchesSnapshot() =>
        Snapshot.Match(PublicApi.Of(typeof(LifecycleDefinition<,>).Assembly));
}
