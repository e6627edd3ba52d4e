namespace RelationshipKit.Idic.Sqlite.Tests;

public class PublicApiTests
{
    [Fact]
    public void RelationshipKitIdicSqlite_PublicApi_MatchesSnapshot() =>
        Snapshot.Match(PublicApi.Of(typeof(SqliteInteractionStore).Assembly));
}
