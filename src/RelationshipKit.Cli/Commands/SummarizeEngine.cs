using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Value.DuckDb;
using RelationshipKit.Value.Summaries;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Cli.Commands;

/// <summary>
/// <c>summarize --engine duckdb</c>: the same summary computed by DuckDB next to the files (CSV, Parquet, globs of
/// them), with the same options; an option DuckDB cannot honour identically is exit 2 naming it.
/// </summary>
internal static class SummarizeEngine
{
    public const string InProcess = "in-process";
    public const string DuckDb = "duckdb";

    /// <summary>Parses the --engine value.</summary>
    public static string Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        InProcess or "inprocess" => InProcess,
        DuckDb => DuckDb,
        _ => throw new CliUsageException($"--engine must be in-process or duckdb; was \"{text}\"."),
    };

    /// <summary>Summarises the files DuckDB reads; throws <see cref="CliUsageException"/> for what the in-process path would reject.</summary>
    public static RfmSummaries Summarise(string input, TransactionCsvOptions csv, SummaryOptions options, Func<ArgumentException, string> optionMessage)
    {
        var source = Source(input, csv);
        using var connection = new DuckDBConnection("DataSource=:memory:");
        var summarizer = new DuckDbRfmSummarizer(connection);
        RfmSqlOverview overview;
        RfmSummaries summaries;
        try
        {
            overview = summarizer.Overview(source, options);
            if (overview.TransactionCount == 0)
            {
                throw new CliUsageException($"{input}: the file has no transactions.");
            }

            summaries = summarizer.Summarize(source, options);
        }
        catch (ArgumentException ex) when (ex.ParamName == "options" || ex.ParamName == "overview")
        {
            throw new CliUsageException(optionMessage(ex), ex);
        }
        catch (InvalidDataException ex)
        {
            throw new CliUsageException($"{input}: {ex.Message}", ex);
        }
        catch (DuckDBException ex)
        {
            throw new CliUsageException($"{input}: DuckDB could not read it: {LibraryErrors.FirstSentence(ex.Message)}", ex);
        }

        if (summaries.Customers.Count == 0)
        {
            var first = Iso(overview.FirstPurchase!.Value); // not null: the log has complete transactions
            throw new CliUsageException(options.CalibrationEnd is { } calibrationEnd
                ? $"{input}: no customer's first purchase is on or before --calibration-end {Iso(calibrationEnd)}, so there is nothing to calibrate on; the first transaction is on {first}."
                : $"{input}: no transaction is on or before --observation-end {Iso(summaries.ObservationEnd)}; the first transaction is on {first}.");
        }

        return summaries;
    }

    /// <summary>The DuckDB source for the input: Parquet for <c>*.parquet</c> paths (columns by name), CSV otherwise.</summary>
    internal static TransactionSqlSource Source(string input, TransactionCsvOptions csv)
    {
        if (!csv.Culture.Equals(CultureInfo.InvariantCulture))
        {
            throw Unsupported("--culture", "DuckDB reads numbers and dates in the invariant culture");
        }

        if (input.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase))
        {
            if (!csv.HasHeader)
            {
                throw Unsupported("--no-header", "Parquet columns have names");
            }

            if (csv.DateFormat is not null)
            {
                throw Unsupported("--date-format", "Parquet dates are typed");
            }

            return DuckDbTransactions.Parquet(input, csv.CustomerColumn.Name!, csv.DateColumn.Name!, csv.AmountColumn?.Name);
        }

        var delimiter = csv.Delimiter switch
        {
            CsvDelimiter.Comma => ',',
            CsvDelimiter.Semicolon => ';',
            CsvDelimiter.Tab => '\t',
            _ => throw Unsupported("--delimiter whitespace", "DuckDB's CSV reader splits on one character, not on runs of spaces"),
        };
        return DuckDbTransactions.Csv(input, new DuckDbCsvOptions
        {
            HasHeader = csv.HasHeader,
            CustomerColumn = ColumnName(csv.CustomerColumn),
            DateColumn = ColumnName(csv.DateColumn),
            AmountColumn = csv.AmountColumn is { } amount ? ColumnName(amount) : null,
            Delimiter = delimiter,
            DateFormat = csv.DateFormat is { } pattern ? Strptime(pattern) : null,
        });
    }

    /// <summary>Translates a date pattern (NodaTime syntax) to DuckDB's strptime: yyyy/uuuu, MM, dd, HH, mm, ss and literal separators.</summary>
    internal static string Strptime(string pattern)
    {
        var format = new StringBuilder();
        for (var i = 0; i < pattern.Length;)
        {
            var c = pattern[i];
            var run = 1;
            while (i + run < pattern.Length && pattern[i + run] == c)
            {
                run++;
            }

            if (char.IsAsciiLetter(c))
            {
                format.Append((c, run) switch
                {
                    ('y', 4) or ('u', 4) => "%Y",
                    ('M', 2) => "%m",
                    ('d', 2) => "%d",
                    ('H', 2) => "%H",
                    ('m', 2) => "%M",
                    ('s', 2) => "%S",
                    _ => throw Unsupported($"--date-format \"{pattern}\"", "with DuckDB the pattern may use yyyy, MM, dd, HH, mm, ss and separators"),
                });
            }
            else if (c is '\'' or '"' or '\\' or '%')
            {
                throw Unsupported($"--date-format \"{pattern}\"", "with DuckDB the pattern may use yyyy, MM, dd, HH, mm, ss and separators");
            }
            else
            {
                format.Append(c, run);
            }

            i += run;
        }

        return format.ToString();
    }

    private static string ColumnName(CsvColumn column) =>
        column.Name ?? DuckDbCsvOptions.ColumnAt(column.Position!.Value); // a column is a name or a position

    private static CliUsageException Unsupported(string option, string reason) =>
        new($"{option} is not supported with --engine duckdb: {reason}; use --engine in-process.");

    private static string Iso(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
