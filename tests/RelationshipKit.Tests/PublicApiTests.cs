namespace RelationshipKit.Tests;

public class PublicApiTests
{
    [Fact]
    public void RelationshipKit_PublicApi_MatchesSnapshot() =>
        Snapshot.Match(PublicApi.Of(typeof(CustomerId).Assembly));
}
