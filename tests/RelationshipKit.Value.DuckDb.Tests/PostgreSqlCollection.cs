using RelationshipKit.TestUtils.PostgreSql;

namespace RelationshipKit.Value.DuckDb.Tests;

/// <summary>One throwaway PostgreSQL cluster for the tests that run the summary SQL on the real server.</summary>
[CollectionDefinition(Name)]
public sealed class PostgreSqlCollection : ICollectionFixture<PostgreSqlCluster>
{
    public const string Name = "PostgreSQL";
}
