using System.Globalization;
using System.Text;
using RelationshipKit.Value.Summaries;

namespace RelationshipKit.Value.DuckDb;

/// <summary>Creates the <see cref="TransactionSqlSource"/> of transaction logs DuckDB reads where they are: CSV files, Parquet files (each a path or a glob such as <c>logs/*.parquet</c>), or any DuckDB query.</summary>
public static class DuckDbTransactions
{
    // The ISO 8601 forms the in-process reader accepts by default: extended or basic dates, optionally with a time of day.
    private const string IsoFormats = "['%Y-%m-%d', '%Y%m%d', '%Y-%m-%d %H:%M:%S', '%Y-%m-%dT%H:%M:%S', '%Y-%m-%d %H:%M', '%Y-%m-%dT%H:%M', '%Y%m%dT%H%M%S']";

    /// <summary>Describes CSV files: DuckDB's <c>read_csv</c> with every field read as text.</summary>
    /// <param name="pathOrGlob">A file path, a glob (<c>logs/2025-*.csv</c>) or a URL DuckDB can read.</param>
    /// <param name="options">The layout; <see langword="null"/> for the defaults (header, comma, <c>customer_id</c>, <c>date</c>, no amount, ISO dates).</param>
    /// <returns>The source, with columns <c>customer_id</c>, <c>date</c> and (with an amount column) <c>amount</c>.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="pathOrGlob"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="pathOrGlob"/> or a column name is empty, or the delimiter is a quote, a line break or NUL; the message names the setting.</exception>
    public static TransactionSqlSource Csv(string pathOrGlob, DuckDbCsvOptions? options = null)
    {
        CheckPath(pathOrGlob);
        options ??= new DuckDbCsvOptions();
        NotBlank(options.CustomerColumn, nameof(options.CustomerColumn));
        NotBlank(options.DateColumn, nameof(options.DateColumn));
        if (options.AmountColumn is not null)
        {
            NotBlank(options.AmountColumn, nameof(options.AmountColumn));
        }

        if (options.Delimiter is '"' or '\r' or '\n' or '\0')
        {
            throw new ArgumentException($"Delimiter must not be a quote, a line break or NUL; was U+{(int)options.Delimiter:X4}.", nameof(options));
        }

        if (options.DateFormat is { } format && string.IsNullOrWhiteSpace(format))
        {
            throw new ArgumentException($"DateFormat must be a strptime format such as %Y%m%d, or null for ISO dates; was \"{format}\".", nameof(options));
        }

        var date = Identifier(options.DateColumn);
        var sql = new StringBuilder("(SELECT ")
            .Append(Identifier(options.CustomerColumn)).Append(" AS customer_id, ")
            .Append(options.DateFormat is { } pattern ? $"strptime({date}, {Literal(pattern)})" : $"strptime({date}, {IsoFormats})").Append(" AS \"date\"")
            .Append(options.AmountColumn is { } amount ? $", {Identifier(amount)} AS amount" : string.Empty)
            .Append(" FROM read_csv(").Append(Literal(pathOrGlob))
            .Append(", header = ").Append(options.HasHeader ? "true" : "false")
            .Append(", delim = ").Append(Literal(options.Delimiter.ToString()))
            .Append(", all_varchar = true))")
            .ToString();
        return new TransactionSqlSource(sql, "customer_id", "date", options.AmountColumn is null ? null : "amount");
    }

    /// <summary>Describes Parquet files: DuckDB's <c>read_parquet</c>, which reads only the columns the summary uses.</summary>
    /// <param name="pathOrGlob">A file path, a glob (<c>logs/*.parquet</c>) or a URL DuckDB can read.</param>
    /// <param name="customerColumn">The customer id column (any type; compared as text).</param>
    /// <param name="dateColumn">The date column (a date or a timestamp; the time of day is dropped).</param>
    /// <param name="amountColumn">The amount column, or <see langword="null"/> for no monetary value.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="pathOrGlob"/> or a required column is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the path or a column name is empty.</exception>
    public static TransactionSqlSource Parquet(string pathOrGlob, string customerColumn = "customer_id", string dateColumn = "date", string? amountColumn = null)
    {
        CheckPath(pathOrGlob);
        return new TransactionSqlSource($"read_parquet({Literal(pathOrGlob)})", customerColumn, dateColumn, amountColumn);
    }

    /// <summary>Describes the rows of any DuckDB query (a table, a view, a join, files attached from elsewhere).</summary>
    /// <param name="query">The query, written by the application (never by an end user): it becomes a subquery.</param>
    /// <param name="customerColumn">The customer id column.</param>
    /// <param name="dateColumn">The date column.</param>
    /// <param name="amountColumn">The amount column, or <see langword="null"/> for no monetary value.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="query"/> or a required column is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the query or a column name is empty.</exception>
    public static TransactionSqlSource Query(string query, string customerColumn = "customer_id", string dateColumn = "date", string? amountColumn = null)
    {
        NotBlank(query, nameof(query));
        return new TransactionSqlSource("(" + query + ")", customerColumn, dateColumn, amountColumn);
    }

    /// <summary>Quotes a SQL string literal.</summary>
    internal static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>Quotes a SQL identifier.</summary>
    internal static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void CheckPath(string pathOrGlob)
    {
        ArgumentNullException.ThrowIfNull(pathOrGlob);
        NotBlank(pathOrGlob, nameof(pathOrGlob));
    }

    private static void NotBlank(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name} must not be empty; was \"{value}\"."), name);
        }
    }
}
