using RelationshipKit.TestUtils.PostgreSql;

namespace RelationshipKit.Idic.PostgreSql.Tests;

/// <summary>One throwaway PostgreSQL cluster for every test of this assembly that needs the server.</summary>
[CollectionDefinition(Name)]
public sealed class PostgreSqlCollection : ICollectionFixture<PostgreSqlCluster>
{
    public const string Name = "PostgreSQL";
}
