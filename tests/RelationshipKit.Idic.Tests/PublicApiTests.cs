namespace RelationshipKit.Idic.Tests;

public class PublicApiTests
{
    [Fact]
    public void RelationshipKitIdic_PublicApi_MatchesSnapshot() =>
        Snapshot.Match(PublicApi.Of(typeof(Channel).Assembly));
}
