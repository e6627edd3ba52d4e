namespace RelationshipKit.Lifecycle.Sqlite.Tests;

public class PublicApiTests
{
    [Fact]
    public void RelationshipKitLifecycleSqlite_PublicApi_MatchesSnapshot() =>
        Snapshot.Match(PublicApi.Of(typeof(SqliteLifecycleStore<,>).Assembly));
}
