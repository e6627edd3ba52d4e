using System.Data.Common;
using System.Globalization;
using System.Numerics;
using System.Text;
using NodaTime;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Value.Summaries;

/// <summary>
/// Represents the customer summaries of a transaction log as SQL, for an analytical engine to compute next to the data
/// (DuckDB, PostgreSQL; Spark SQL written but untested): frequency, recency, T, monetary value and the holdout figures,
/// with the same conventions and units as <see cref="RfmSummaryAccumulator"/>. It also reads the engine's answers
/// (any ADO.NET <see cref="DbDataReader"/>) back into <see cref="RfmSummaries"/> or a collapsed <see cref="RfmTable"/>.
/// </summary>
/// <remarks>
/// <para><b>Queries.</b> <see cref="OverviewQuery"/> returns one row (rows, incomplete rows, first and last purchase,
/// the observation and calibration ends in force, customers left out); <see cref="SummaryQuery"/> one row per customer
/// ordered by id (<c>customer_id, frequency, recency, T[, monetary_value], first_day, last_day[, frequency_holdout[,
/// monetary_value_holdout]]</c>, days as <see cref="DateOnly.DayNumber"/>); <see cref="CollapsedQuery"/> the distinct
/// (frequency, recency, T) rows with the number of customers on each, the sufficient statistics the models fit on.</para>
/// <para><b>Same answers.</b> Purchases are grouped per customer and collapse period (the day, or the week starting on
/// <see cref="SummaryOptions.FirstDayOfWeek"/>), on each side of the calibration end; frequency counts the calibration
/// periods after the first, recency and T are whole-day differences divided by the unit's length in days (one IEEE
/// division, as in process), amounts are summed as exact decimals (PostgreSQL's unbounded <c>numeric</c>; DuckDB's
/// <c>DECIMAL(18, 6)</c>, so an amount must be below 10^12 and is rounded to 6 decimals; Spark's <c>DECIMAL(38, 10)</c>) and turned into a double once before the mean. Frequency, recency and T therefore equal the
/// in-process values exactly, and monetary values to the last digits. Rows without a customer id or a date are counted by the
/// overview and rejected when the answers are read (<see cref="InvalidDataException"/>), as the in-process reader
/// rejects them. Customers come ordered by id rather than by first appearance.</para>
/// <para>Everything but the relation is written by this class: dates are literals, column names quoted identifiers.
/// This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class RfmSummarySql
{
    private const string Epoch = "DATE '0001-01-01'";

    /// <summary>Initializes a new <see cref="RfmSummarySql"/>.</summary>
    /// <param name="source">Where the transactions are.</param>
    /// <param name="options">The conventions (copied); <see langword="null"/> for the defaults (day collapse, days, observation end = the last purchase).</param>
    /// <param name="dialect">The engine's SQL dialect.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="options"/> is invalid (the message names the setting), or <paramref name="dialect"/> is not defined.</exception>
    public RfmSummarySql(TransactionSqlSource source, SummaryOptions? options = null, SummarySqlDialect dialect = SummarySqlDialect.DuckDb)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= new SummaryOptions();
        options.Validate(nameof(options));
        if (!Enum.IsDefined(dialect))
        {
            throw new ArgumentOutOfRangeException(nameof(dialect), dialect, $"dialect must be DuckDb, PostgreSql or SparkSql; was {(int)dialect}.");
        }

        Source = source;
        Dialect = dialect;
        Collapse = options.Collapse;
        FirstDayOfWeek = options.FirstDayOfWeek;
        TimeUnit = options.TimeUnit;
        ObservationEnd = options.ObservationEnd;
        CalibrationEnd = options.CalibrationEnd;
        OverviewQuery = BuildOverview();
        SummaryQuery = BuildSummary() + "\nORDER BY c.customer_id";
        CollapsedQuery = $"SELECT frequency, recency, {Quote("T")}, COUNT(*) AS weight\nFROM (\n{BuildSummary()}\n) s\nGROUP BY frequency, recency, {Quote("T")}\nORDER BY frequency, recency, {Quote("T")}";
    }

    /// <summary>Gets where the transactions are.</summary>
    public TransactionSqlSource Source { get; }

    /// <summary>Gets the SQL dialect.</summary>
    public SummarySqlDialect Dialect { get; }

    /// <summary>Gets the period within which purchases count as one.</summary>
    public CollapsePeriod Collapse { get; }

    /// <summary>Gets the day weeks start on, for week collapse.</summary>
    public IsoDayOfWeek FirstDayOfWeek { get; }

    /// <summary>Gets the unit of recency, T and the holdout duration.</summary>
    public TimeUnit TimeUnit { get; }

    /// <summary>Gets the observation end set in the options, or <see langword="null"/> for the last purchase.</summary>
    public LocalDate? ObservationEnd { get; }

    /// <summary>Gets the calibration end, or <see langword="null"/> without a holdout.</summary>
    public LocalDate? CalibrationEnd { get; }

    /// <summary>Gets the query returning one row: <c>transactions, incomplete_rows, first_day, last_day, observation_end, calibration_end, excluded_in_holdout, excluded_after_observation_end</c>.</summary>
    public string OverviewQuery { get; }

    /// <summary>Gets the query returning one row per summarised customer, ordered by customer id.</summary>
    public string SummaryQuery { get; }

    /// <summary>Gets the query returning the distinct (frequency, recency, T) rows with a <c>weight</c>: the number of customers on each.</summary>
    public string CollapsedQuery { get; }

    /// <summary>Reads the row of <see cref="OverviewQuery"/>.</summary>
    /// <param name="reader">The reader positioned before the row.</param>
    /// <returns>The overview.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="reader"/> is null.</exception>
    /// <exception cref="InvalidDataException">Thrown when the reader has no row or fewer columns than the query returns.</exception>
    public RfmSqlOverview ReadOverview(DbDataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (!reader.Read() || reader.FieldCount < 8)
        {
            throw new InvalidDataException($"reader must hold the overview row of {nameof(OverviewQuery)} (8 columns); had {(reader.HasRows ? reader.FieldCount + " columns" : "no row")}.");
        }

        return new RfmSqlOverview(
            Int64(reader, 0),
            Int64(reader, 1),
            DayOrNull(reader, 2),
            DayOrNull(reader, 3),
            DayOrNull(reader, 4),
            DayOrNull(reader, 5),
            checked((int)Int64(reader, 6)),
            checked((int)Int64(reader, 7)));
    }

    /// <summary>Reads every row of <see cref="SummaryQuery"/> into summaries.</summary>
    /// <param name="reader">The reader of the summary query.</param>
    /// <param name="overview">The overview of the same log (observation end and customers left out).</param>
    /// <returns>The summaries, customers in the query's order (by id).</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the calibration end is not before the observation end in force.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the log has no complete row and the options set no observation end.</exception>
    /// <exception cref="InvalidDataException">Thrown when the overview counted rows without a customer id or a date, or a row is not shaped as the summary query's rows are.</exception>
    public RfmSummaries ReadSummaries(DbDataReader reader, RfmSqlOverview overview)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var observationEnd = CheckOverview(overview);
        var customers = new List<CustomerSummary>();
        while (reader.Read())
        {
            customers.Add(ReadCustomer(reader, customers.Count + 1));
        }

        return Summaries([.. customers], overview, observationEnd);
    }

    /// <summary>Reads the rows of <see cref="SummaryQuery"/> a chunk at a time, for scoring in bounded memory.</summary>
    /// <param name="reader">The reader of the summary query; read as the chunks are enumerated.</param>
    /// <param name="overview">The overview of the same log.</param>
    /// <param name="chunkSize">The most customers in one chunk.</param>
    /// <returns>Summaries of at most <paramref name="chunkSize"/> customers each, in the query's order.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="chunkSize"/> is below 1, or the calibration end is not before the observation end in force.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the log has no complete row and the options set no observation end.</exception>
    /// <exception cref="InvalidDataException">Thrown when the overview counted rows without a customer id or a date, or (while enumerating) a row is not shaped as the summary query's rows are.</exception>
    public IEnumerable<RfmSummaries> ReadSummaryChunks(DbDataReader reader, RfmSqlOverview overview, int chunkSize)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var observationEnd = CheckOverview(overview);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        return Chunks(reader, overview, observationEnd, chunkSize);
    }

    /// <summary>Reads the rows of <see cref="CollapsedQuery"/> into a table with one weighted row per distinct (frequency, recency, T).</summary>
    /// <param name="reader">The reader of the collapsed query.</param>
    /// <param name="overview">The overview of the same log.</param>
    /// <returns>The table, in <see cref="TimeUnit"/>; its weights add up to the number of customers.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the calibration end is not before the observation end in force.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the log has no complete row and the options set no observation end.</exception>
    /// <exception cref="InvalidDataException">Thrown when the overview counted rows without a customer id or a date, or a row is not shaped as the collapsed query's rows are.</exception>
    /// <exception cref="DataRowException">Thrown when a row breaks a rule of <see cref="RfmTable"/>.</exception>
    public RfmTable ReadCollapsed(DbDataReader reader, RfmSqlOverview overview)
    {
        ArgumentNullException.ThrowIfNull(reader);
        CheckOverview(overview);
        var frequency = new List<double>();
        var recency = new List<double>();
        var t = new List<double>();
        var weight = new List<double>();
        while (reader.Read())
        {
            if (reader.FieldCount < 4)
            {
                throw new InvalidDataException($"reader must hold the rows of {nameof(CollapsedQuery)} (4 columns); had {reader.FieldCount}.");
            }

            frequency.Add(Int64(reader, 0));
            recency.Add(reader.GetDouble(1));
            t.Add(reader.GetDouble(2));
            weight.Add(Int64(reader, 3));
        }

        return RfmTable.Create([.. frequency], [.. recency], [.. t], TimeUnit, [.. weight]);
    }

    private static long Int64(DbDataReader reader, int ordinal) => reader.GetValue(ordinal) switch
    {
        long value => value,
        int value => value,
        short value => value,
        BigInteger value => (long)value,
        decimal value => (long)value,
        double value => (long)value,
        DBNull => 0,
        var other => Convert.ToInt64(other, CultureInfo.InvariantCulture),
    };

    private static int? DayOrNull(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : checked((int)Int64(reader, ordinal));

    private static int Day(LocalDate date) => DayNumber.From(date, "options");

    private IEnumerable<RfmSummaries> Chunks(DbDataReader reader, RfmSqlOverview overview, int observationEnd, int chunkSize)
    {
        var customers = new List<CustomerSummary>(chunkSize);
        var row = 0;
        while (reader.Read())
        {
            customers.Add(ReadCustomer(reader, ++row));
            if (customers.Count == chunkSize)
            {
                yield return Summaries([.. customers], overview, observationEnd);
                customers.Clear();
            }
        }

        if (customers.Count > 0)
        {
            yield return Summaries([.. customers], overview, observationEnd);
        }
    }

    private int CheckOverview(RfmSqlOverview overview)
    {
        ArgumentNullException.ThrowIfNull(overview);
        if (overview.ObservationEnd is not { } end)
        {
            throw new InvalidOperationException("The log holds no complete transaction, so it has no last purchase to end the observation on; set SummaryOptions.ObservationEnd or check the relation.");
        }

        if (overview.IncompleteRowCount > 0)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Every transaction must have a customer id and a date; the relation has {overview.IncompleteRowCount} rows without one (of {overview.TransactionCount}). Filter them out in the relation, or fix the data."));
        }

        if (CalibrationEnd is { } calibration && calibration >= end)
        {
            throw new ArgumentOutOfRangeException(
                nameof(overview),
                calibration,
                $"CalibrationEnd must be before the observation end ({SummaryOptions.Iso(end)}, the last purchase); was {SummaryOptions.Iso(calibration)}.");
        }

        return Day(end);
    }

    private CustomerSummary ReadCustomer(DbDataReader reader, int row)
    {
        var withMoney = Source.HasAmounts;
        var split = CalibrationEnd.HasValue;
        var expected = 6 + (withMoney ? 1 : 0) + (split ? 1 + (withMoney ? 1 : 0) : 0);
        if (reader.FieldCount < expected)
        {
            throw new InvalidDataException($"reader must hold the rows of {nameof(SummaryQuery)} ({expected} columns); had {reader.FieldCount}.");
        }

        if (reader.IsDBNull(0))
        {
            throw new InvalidDataException($"Summary row {row} has no customer id.");
        }

        var column = 4;
        double? monetary = withMoney ? reader.GetDouble(column++) : null;
        var firstDay = checked((int)Int64(reader, column++));
        var lastDay = checked((int)Int64(reader, column++));
        int? frequencyHoldout = split ? checked((int)Int64(reader, column++)) : null;
        double? monetaryHoldout = split && withMoney ? reader.GetDouble(column) : null;
        return new CustomerSummary(
            new CustomerId(reader.GetString(0)),
            checked((int)Int64(reader, 1)),
            reader.GetDouble(2),
            reader.GetDouble(3),
            monetary,
            firstDay,
            lastDay,
            frequencyHoldout,
            monetaryHoldout);
    }

    private RfmSummaries Summaries(CustomerSummary[] customers, RfmSqlOverview overview, int observationEnd)
    {
        var unitDays = (double)TimeUnit.LengthInDays!.Value; // Validate() requires a calendar length.
        double? duration = CalibrationEnd is { } calibration ? (Period(observationEnd) - Period(Day(calibration))) / unitDays : null;
        return new RfmSummaries(
            customers,
            TimeUnit,
            Collapse,
            FirstDayOfWeek,
            DayNumber.ToLocalDate(observationEnd),
            CalibrationEnd,
            duration,
            Source.HasAmounts,
            overview.ExcludedInHoldout,
            overview.ExcludedAfterObservationEnd);
    }

    private int Period(int day) => Collapse == CollapsePeriod.Week ? DayNumber.StartOfWeek(day, FirstDayOfWeek) : day;

    private string Quote(string identifier) => Dialect == SummarySqlDialect.SparkSql
        ? "`" + identifier.Replace("`", "``", StringComparison.Ordinal) + "`"
        : "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private string TextType => Dialect switch
    {
        SummarySqlDialect.PostgreSql => "text",
        SummarySqlDialect.SparkSql => "STRING",
        _ => "VARCHAR",
    };

    private string DoubleType => Dialect == SummarySqlDialect.PostgreSql ? "double precision" : "DOUBLE";

    // DuckDB parses text into DECIMAL(18, s) about 50 times faster than into DECIMAL(38, s) (measured on 1.5: 0.25 s
    // against 12 s for a million amounts); its SUM of DECIMAL(18, 6) is a DECIMAL(38, 6), so totals do not overflow.
    private string DecimalType => Dialect switch
    {
        SummarySqlDialect.PostgreSql => "numeric",
        SummarySqlDialect.DuckDb => "DECIMAL(18, 6)",
        _ => "DECIMAL(38, 10)",
    };

    /// <summary>The day number (days since 0001-01-01, as <see cref="DateOnly.DayNumber"/>) of a date or timestamp expression.</summary>
    private string DayNumberOf(string expression) => Dialect switch
    {
        SummarySqlDialect.SparkSql => $"datediff(CAST({expression} AS DATE), {Epoch})",
        SummarySqlDialect.DuckDb => $"date_diff('day', {Epoch}, CAST({expression} AS DATE))",
        _ => $"(CAST({expression} AS date) - {Epoch})",
    };

    /// <summary>The collapse period (a day number) of a day-number expression: the day, or the first day of its week.</summary>
    private string PeriodOf(string day) => Collapse == CollapsePeriod.Week
        ? $"({day} - (((({day}) - {(int)FirstDayOfWeek - 1}) % 7) + 7) % 7)"
        : day;

    private static string Literal(LocalDate date) => Day(date).ToString(CultureInfo.InvariantCulture);

    private string Transactions() => new StringBuilder()
        .Append("tx AS (\n  SELECT CAST(src.").Append(Quote(Source.CustomerColumn)).Append(" AS ").Append(TextType).Append(") AS customer_id,\n")
        .Append("         ").Append(DayNumberOf("src." + Quote(Source.DateColumn))).Append(" AS day")
        .Append(Source.AmountColumn is { } amount ? $",\n         CAST(src.{Quote(amount)} AS {DecimalType}) AS amount" : string.Empty)
        .Append("\n  FROM ").Append(Source.Relation).Append(" AS src\n),\n")
        .Append("complete AS (SELECT * FROM tx WHERE customer_id IS NOT NULL AND day IS NOT NULL),\n")
        .Append("bounds AS (\n  SELECT ").Append(ObservationEnd is { } end ? $"CAST({Literal(end)} AS BIGINT)" : "m.max_day").Append(" AS observation_end, ")
        .Append(CalibrationEnd is { } calibration ? $"CAST({Literal(calibration)} AS BIGINT)" : ObservationEnd is { } end2 ? $"CAST({Literal(end2)} AS BIGINT)" : "m.max_day")
        .Append(" AS calibration_end\n  FROM (SELECT MAX(day) AS max_day FROM complete) m\n)")
        .ToString();

    private string BuildOverview() => $"""
        WITH {Transactions()},
        firsts AS (SELECT customer_id, MIN(day) AS first_day FROM complete GROUP BY customer_id)
        SELECT t.transactions, t.incomplete_rows, t.first_day, t.last_day, b.observation_end,
               {(CalibrationEnd.HasValue ? "b.calibration_end" : "CAST(NULL AS BIGINT)")} AS calibration_end,
               COALESCE(e.excluded_in_holdout, 0) AS excluded_in_holdout, COALESCE(e.excluded_after_observation_end, 0) AS excluded_after_observation_end
        FROM (
          SELECT COUNT(*) AS transactions,
                 SUM(CASE WHEN customer_id IS NULL OR day IS NULL THEN 1 ELSE 0 END) AS incomplete_rows,
                 MIN(CASE WHEN customer_id IS NOT NULL THEN day END) AS first_day,
                 MAX(CASE WHEN customer_id IS NOT NULL THEN day END) AS last_day
          FROM tx
        ) t
        CROSS JOIN bounds b
        CROSS JOIN (
          SELECT SUM(CASE WHEN f.first_day > b2.calibration_end AND f.first_day <= b2.observation_end THEN 1 ELSE 0 END) AS excluded_in_holdout,
                 SUM(CASE WHEN f.first_day > b2.observation_end THEN 1 ELSE 0 END) AS excluded_after_observation_end
          FROM firsts f CROSS JOIN bounds b2
        ) e
        """;

    private string BuildSummary()
    {
        var unit = $"CAST({TimeUnit.LengthInDays!.Value.ToString(CultureInfo.InvariantCulture)} AS {DoubleType})";
        var withMoney = Source.HasAmounts;
        var split = CalibrationEnd.HasValue;
        var side = "CASE WHEN c.day <= b.calibration_end THEN 1 ELSE 0 END";
        var sql = new StringBuilder()
            .Append("WITH ").Append(Transactions()).Append(",\n")
            .Append("periods AS (\n")
            .Append("  SELECT customer_id, calibration, period, total, first_day, last_day,\n")
            .Append("         ROW_NUMBER() OVER (PARTITION BY customer_id, calibration ORDER BY period) AS n\n")
            .Append("  FROM (\n")
            .Append("    SELECT c.customer_id, ").Append(side).Append(" AS calibration, ").Append(PeriodOf("c.day")).Append(" AS period,\n")
            .Append("           ").Append(withMoney ? "SUM(c.amount)" : "0").Append(" AS total, MIN(c.day) AS first_day, MAX(c.day) AS last_day\n")
            .Append("    FROM complete c CROSS JOIN bounds b\n")
            .Append("    WHERE c.day <= b.observation_end\n")
            .Append("    GROUP BY c.customer_id, ").Append(side).Append(", ").Append(PeriodOf("c.day")).Append('\n')
            .Append("  ) g\n),\n")
            .Append("calibration AS (\n")
            .Append("  SELECT customer_id, COUNT(*) - 1 AS frequency, MIN(period) AS first_period, MAX(period) AS last_period,\n")
            .Append("         MIN(first_day) AS first_day, MAX(last_day) AS last_day, SUM(CASE WHEN n > 1 THEN total ELSE 0 END) AS repeat_spend\n")
            .Append("  FROM periods WHERE calibration = 1 GROUP BY customer_id\n)");
        if (split)
        {
            sql.Append(",\nholdout AS (\n  SELECT customer_id, COUNT(*) AS frequency_holdout, SUM(total) AS spend_holdout\n  FROM periods WHERE calibration = 0 GROUP BY customer_id\n)");
        }

        sql.Append("\nSELECT c.customer_id, c.frequency,\n")
            .Append("       CAST(c.last_period - c.first_period AS ").Append(DoubleType).Append(") / ").Append(unit).Append(" AS recency,\n")
            .Append("       CAST(").Append(PeriodOf("b.calibration_end")).Append(" - c.first_period AS ").Append(DoubleType).Append(") / ").Append(unit).Append(" AS ").Append(Quote("T"));
        if (withMoney)
        {
            sql.Append(",\n       CASE WHEN c.frequency = 0 THEN 0 ELSE CAST(c.repeat_spend AS ").Append(DoubleType).Append(") / c.frequency END AS monetary_value");
        }

        sql.Append(",\n       c.first_day, c.last_day");
        if (split)
        {
            sql.Append(",\n       COALESCE(h.frequency_holdout, 0) AS frequency_holdout");
            if (withMoney)
            {
                sql.Append(",\n       CASE WHEN h.frequency_holdout IS NULL THEN 0 ELSE CAST(h.spend_holdout AS ").Append(DoubleType).Append(") / h.frequency_holdout END AS monetary_value_holdout");
            }
        }

        sql.Append("\nFROM calibration c CROSS JOIN bounds b");
        if (split)
        {
            sql.Append("\nLEFT JOIN holdout h ON h.customer_id = c.customer_id");
        }

        return sql.ToString();
    }
}
