namespace RelationshipKit.Value.DuckDb.Tests;

public class PublicApiTests
{
    [Fact]
    public void RelationshipKitValueDuckDb_PublicApi_MatchesSnapshot() =>
        Snapshot.Match(PublicApi.Of(typeof(DuckDbRfmSummarizer).Assembly));
}
