namespace RelationshipKit.Value.Tests;

public class PublicApiTests
{
    [Fact]
    public void RelationshipKitValue_PublicApi_MatchesSnapshot() =>
        Snapshot.Match(PublicApi.Of(System.Reflection.Assembly.Load("RelationshipKit.Value")));
}
