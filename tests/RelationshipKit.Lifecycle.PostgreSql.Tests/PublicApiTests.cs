namespace RelationshipKit.Lifecycle.PostgreSql.Tests;

public class PublicApiTests
{
    [Fact]
    public void RelationshipKitLifecyclePostgreSql_PublicApi_MatchesSnapshot() =>
        Snapshot.Match(PublicApi.Of(typeof(PostgreSqlLifecycleStore<,>).Assembly));
}
