namespace RelationshipKit.Value.Summaries;

/// <summary>Names the SQL dialect <see cref="RfmSummarySql"/> writes its queries in.</summary>
public enum SummarySqlDialect
{
    /// <summary>DuckDB (tested here: the queries run on DuckDB 1.5 through RelationshipKit.Value.DuckDb).</summary>
    DuckDb = 0,

    /// <summary>PostgreSQL (tested here: the queries run on PostgreSQL 15).</summary>
    PostgreSql = 1,

    /// <summary>Spark SQL. The text is written and snapshot-tested, but not run on Spark in this repository's tests.</summary>
    SparkSql = 2,
}
