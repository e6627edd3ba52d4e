namespace RelationshipKit.Idic.PostgreSql.Tests;

public class PublicApiTests
{
    [Fact]
    public void RelationshipKitIdicPostgreSql_PublicApi_MatchesSnapshot() =>
        Snapshot.Match(PublicApi.Of(typeof(PostgreSqlInteractionStore).Assembly));
}
