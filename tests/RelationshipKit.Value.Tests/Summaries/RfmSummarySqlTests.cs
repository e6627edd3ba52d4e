using NodaTime;
using RelationshipKit.Value.Summaries;

namespace RelationshipKit.Value.Tests.Summaries;

/// <summary>The SQL text and its arguments. The queries' answers are tested on DuckDB and PostgreSQL in RelationshipKit.Value.DuckDb.Tests.</summary>
public class RfmSummarySqlTests
{
    private static readonly TransactionSqlSource Source = new("transactions", "customer_id", "date", "amount");

    [Fact]
    public void SummaryQuery_SparkSql_MatchesSnapshot()
    {
        // Spark SQL is written here but not run in this repository's tests: the snapshot is what docs/value/scaling-out.md shows.
        var sql = new RfmSummarySql(Source, new SummaryOptions { CalibrationEnd = new LocalDate(1997, 9, 30) }, SummarySqlDialect.SparkSql);

        Snapshot.Match(sql.SummaryQuery);
    }

    [Fact]
    public void Queries_Dialects_DifferOnlyInDayNumbersTypesAndQuotes()
    {
        var duck = new RfmSummarySql(Source, null, SummarySqlDialect.DuckDb);
        var postgres = new RfmSummarySql(Source, null, SummarySqlDialect.PostgreSql);
        var spark = new RfmSummarySql(Source, null, SummarySqlDialect.SparkSql);

        duck.SummaryQuery.Should().Contain("date_diff('day', DATE '0001-01-01', CAST(src.\"date\" AS DATE))").And.Contain("AS DECIMAL(18, 6)) AS amount");
        postgres.SummaryQuery.Should().Contain("(CAST(src.\"date\" AS date) - DATE '0001-01-01')").And.Contain("AS numeric)").And.Contain("double precision");
        spark.SummaryQuery.Should().Contain("datediff(CAST(src.`date` AS DATE), DATE '0001-01-01')").And.Contain("AS STRING)").And.Contain("AS DECIMAL(38, 10)) AS amount");
        spark.CollapsedQuery.Should().Contain("COUNT(*) AS weight").And.Contain("GROUP BY frequency, recency, `T`");
    }

    [Fact]
    public void SummaryQuery_WeekCollapse_UsesTheWeekStartInThePeriodArithmetic()
    {
        var sql = new RfmSummarySql(Source, new SummaryOptions { Collapse = CollapsePeriod.Week, FirstDayOfWeek = IsoDayOfWeek.Sunday });

        // Day 0 (0001-01-01) is a Monday, so weeks starting on Sunday are offset by 6.
        sql.SummaryQuery.Should().Contain("(c.day - ((((c.day) - 6) % 7) + 7) % 7)");
    }

    [Fact]
    public void SummaryQuery_ObservationEndAndCalibrationEnd_AreDayNumberLiterals()
    {
        var sql = new RfmSummarySql(Source, new SummaryOptions { ObservationEnd = new LocalDate(1998, 6, 30), CalibrationEnd = new LocalDate(1997, 9, 30) });

        sql.SummaryQuery.Should().Contain($"CAST({new DateOnly(1998, 6, 30).DayNumber} AS BIGINT) AS observation_end")
            .And.Contain($"CAST({new DateOnly(1997, 9, 30).DayNumber} AS BIGINT) AS calibration_end");
        sql.ObservationEnd.Should().Be(new LocalDate(1998, 6, 30));
        sql.CalibrationEnd.Should().Be(new LocalDate(1997, 9, 30));
    }

    [Fact]
    public void Constructor_UndefinedDialect_ThrowsNamingTheArgument()
    {
        var act = () => new RfmSummarySql(Source, null, (SummarySqlDialect)7);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("dialect must be DuckDb, PostgreSql or SparkSql; was 7.*").Which.ParamName.Should().Be("dialect");
    }

    [Fact]
    public void Constructor_CalibrationEndAfterObservationEnd_ThrowsNamingTheSetting()
    {
        var act = () => new RfmSummarySql(Source, new SummaryOptions { ObservationEnd = new LocalDate(2025, 1, 1), CalibrationEnd = new LocalDate(2025, 2, 1) });

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("CalibrationEnd must be before ObservationEnd (2025-01-01); was 2025-02-01.*").Which.ParamName.Should().Be("options");
    }

    [Fact]
    public void TransactionSqlSource_BlankColumn_ThrowsNamingTheArgument()
    {
        var act = () => new TransactionSqlSource("t", " ");

        act.Should().Throw<ArgumentException>().WithMessage("customerColumn must not be empty; was \" \".*").Which.ParamName.Should().Be("customerColumn");
    }

    [Fact]
    public void TransactionSqlSource_QuotedIdentifiers_EscapeTheQuote()
    {
        var sql = new RfmSummarySql(new TransactionSqlSource("t", "cust\"id"), null, SummarySqlDialect.PostgreSql);

        sql.SummaryQuery.Should().Contain("src.\"cust\"\"id\"");
        new TransactionSqlSource("t").HasAmounts.Should().BeFalse();
    }
}
