using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Value;
using RelationshipKit.Value.Summaries;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Cli.Commands;

/// <summary>
/// <c>relationshipkit summarize</c>: reads a transaction log (customer id, date, optional amount) and prints one row per
/// customer: <c>id,frequency,recency,T[,monetary_value]</c>, plus the holdout columns with <c>--calibration-end</c>.
/// The file is streamed and summarised completely before anything is written, so bad input leaves no partial output;
/// the CSV rows are then streamed out (to a temporary file moved into place with --output).
/// The JSON shape is documented in docs/value/summaries.md.
/// </summary>
internal static class SummarizeCommand
{
    /// <summary>Progress goes to stderr each time this many more transactions have been read.</summary>
    internal const long ProgressStep = 1_000_000;

    private static readonly LocalDatePattern[] OptionDatePatterns =
    [
        LocalDatePattern.Iso,
        LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd"),
    ];

    private static readonly Dictionary<string, string> OptionNames = new(StringComparer.Ordinal)
    {
        ["CustomerColumn"] = "--customer-column",
        ["DateColumn"] = "--date-column",
        ["AmountColumn"] = "--amount-column",
        ["DateFormat"] = "--date-format",
        ["CalibrationEnd"] = "--calibration-end",
        ["ObservationEnd"] = "--observation-end",
        ["TimeUnit"] = "--unit",
    };

    public static Command Create()
    {
        var input = new Option<FileInfo>("--input") { Description = "Transaction log: one purchase per line with a customer id, a date and optionally an amount.", Required = true };
        var noHeader = new Option<bool>("--no-header") { Description = "The file has no header line; column options are then 1-based positions." };
        var customerColumn = new Option<string?>("--customer-column") { Description = "Customer id column: a header name, or a 1-based position with --no-header (default customer_id, or 1)." };
        var dateColumn = new Option<string?>("--date-column") { Description = "Date column: a header name, or a 1-based position with --no-header (default date, or 2)." };
        var amountColumn = new Option<string?>("--amount-column") { Description = "Amount column for monetary values: a header name, or a 1-based position with --no-header (default none)." };
        var dateFormat = new Option<string?>("--date-format") { Description = "Date pattern such as yyyyMMdd, dd.MM.yyyy or \"yyyy-MM-dd HH:mm:ss\" (default ISO 8601: 2025-12-31 or 20251231, a time of day ignored; with --culture also the culture's short date)." };
        var delimiter = new Option<string>("--delimiter") { Description = "Field delimiter: comma, semicolon, tab or whitespace (runs of spaces and tabs, as in the CDNOW files); ',' ';' and '\\t' also work (default comma).", DefaultValueFactory = _ => "comma" };
        var culture = CommonOptions.Culture();
        var collapse = new Option<string>("--collapse") { Description = "Purchases in the same day or calendar week count as one: day or week (default day).", DefaultValueFactory = _ => "day" };
        var weekStart = new Option<string?>("--week-start") { Description = "With --collapse week: the first day of a calendar week, monday to sunday (default monday, the weeks of pandas' freq=\"W\" and lifetimes)." };
        var unit = new Option<string>("--unit", "--time-unit") { Description = "Unit of recency, T and duration_holdout: day, week or N days (default day).", DefaultValueFactory = _ => "day" };
        var observationEnd = new Option<string?>("--observation-end") { Description = "Last day observed, inclusive, as yyyy-MM-dd (default the date of the last transaction)." };
        var calibrationEnd = new Option<string?>("--calibration-end") { Description = "Last day of the calibration period, inclusive, as yyyy-MM-dd: adds frequency_holdout, monetary_value_holdout and duration_holdout." };
        var output = new Option<FileInfo?>("--output") { Description = "Write the summaries to this file (only when the whole command succeeds) instead of stdout." };
        var format = CommonOptions.Format(OutputFormat.Csv, OutputFormat.Json);

        var command = new Command("summarize", "Summarise a transaction log per customer: frequency, recency, T and monetary value, optionally with a calibration/holdout split.");
        foreach (var option in new Option[] { input, noHeader, customerColumn, dateColumn, amountColumn, dateFormat, delimiter, culture, collapse, weekStart, unit, observationEnd, calibrationEnd, output, format })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            var hasHeader = !parseResult.GetValue(noHeader);
            var csvOptions = new TransactionCsvOptions
            {
                HasHeader = hasHeader,
                CustomerColumn = CommonOptions.Column(parseResult.GetValue(customerColumn), hasHeader, "--customer-column", "customer_id", 1),
                DateColumn = CommonOptions.Column(parseResult.GetValue(dateColumn), hasHeader, "--date-column", "date", 2),
                AmountColumn = parseResult.GetValue(amountColumn) is { } amount ? CommonOptions.Column(amount, hasHeader, "--amount-column", amount, 0) : null,
                Delimiter = Delimiter(parseResult.GetValue(delimiter) ?? "comma"),
                DateFormat = parseResult.GetValue(dateFormat),
                Culture = parseResult.GetValue(culture) ?? CultureInfo.InvariantCulture,
            };
            var collapsePeriod = Collapse(parseResult.GetValue(collapse) ?? "day");
            var summaryOptions = new SummaryOptions
            {
                Collapse = collapsePeriod,
                FirstDayOfWeek = WeekStart(parseResult.GetValue(weekStart), collapsePeriod),
                TimeUnit = CommonOptions.CalendarUnit(parseResult.GetValue(unit) ?? "day", "--unit"),
                ObservationEnd = OptionDate(parseResult.GetValue(observationEnd), "--observation-end"),
                CalibrationEnd = OptionDate(parseResult.GetValue(calibrationEnd), "--calibration-end"),
            };
            var file = parseResult.GetValue(input)!; // Required option: the parser rejects a command line without it.
            var summaries = Summarise(file.ToString(), csvOptions, summaryOptions, parseResult.InvocationConfiguration.Error);
            var path = parseResult.GetValue(output)?.FullName;
            // Millions of rows: stream them in either format (everything that can fail has already happened).
            Action<TextWriter> write = parseResult.GetValue(format) == OutputFormat.Json
                ? writer => SummarizeOutput.Json(summaries, writer)
                : writer => SummarizeOutput.Csv(summaries, writer);
            OutputTarget.Write(path, parseResult.InvocationConfiguration.Output, write);

            return ExitCodes.Success;
        });
        return command;
    }

    private static RfmSummaries Summarise(string path, TransactionCsvOptions csvOptions, SummaryOptions summaryOptions, TextWriter progressWriter)
    {
        var accumulator = new RfmSummaryAccumulator();
        try
        {
            // The reader's errors (CsvFormatException) name the file as given; the application prints them.
            using var reader = CliInput.Open(path, p => TransactionCsvReader.Open(p, csvOptions));
            accumulator.AddRange(reader, new StderrProgress(progressWriter));
        }
        catch (ArgumentException ex) when (ex.ParamName == "options")
        {
            throw new CliUsageException(OptionMessage(ex), ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot read {path}: {ex.Message}", ex);
        }

        if (accumulator.TransactionCount == 0)
        {
            throw new CliUsageException($"{path}: the file has no transactions.");
        }

        RfmSummaries summaries;
        try
        {
            summaries = accumulator.ToSummaries(summaryOptions);
        }
        catch (ArgumentException ex) when (ex.ParamName == "options")
        {
            throw new CliUsageException(OptionMessage(ex), ex);
        }

        if (summaries.Customers.Count == 0)
        {
            // Every customer started after the end that counts: a header-only file would look like a result.
            var first = Iso(accumulator.FirstPurchase!.Value); // not null: the accumulator has transactions
            throw new CliUsageException(summaryOptions.CalibrationEnd is { } calibrationEnd
                ? $"{path}: no customer's first purchase is on or before --calibration-end {Iso(calibrationEnd)}, so there is nothing to calibrate on; the first transaction is on {first}."
                : $"{path}: no transaction is on or before --observation-end {Iso(summaries.ObservationEnd)}; the first transaction is on {first}.");
        }

        return summaries;
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Rewrites a library options message for the command line: property names become option names, the parameter suffix goes.</summary>
    private static string OptionMessage(ArgumentException ex)
    {
        var message = LibraryErrors.FirstSentence(ex.Message);
        foreach (var (property, option) in OptionNames)
        {
            message = message.Replace(property, option, StringComparison.Ordinal);
        }

        return message;
    }

    private static CsvDelimiter Delimiter(string text) => text.ToLowerInvariant() switch
    {
        "comma" or "," => CsvDelimiter.Comma,
        "semicolon" or ";" => CsvDelimiter.Semicolon,
        "tab" or "\t" or "\\t" => CsvDelimiter.Tab,
        "whitespace" or "space" => CsvDelimiter.Whitespace,
        _ => throw new CliUsageException($"--delimiter must be comma, semicolon, tab or whitespace; was \"{text}\"."),
    };

    private static CollapsePeriod Collapse(string text) => text.ToLowerInvariant() switch
    {
        "day" => CollapsePeriod.Day,
        "week" => CollapsePeriod.Week,
        _ => throw new CliUsageException($"--collapse must be day or week; was \"{text}\"."),
    };

    private static IsoDayOfWeek WeekStart(string? text, CollapsePeriod collapse)
    {
        if (text is null)
        {
            return IsoDayOfWeek.Monday;
        }

        if (collapse != CollapsePeriod.Week)
        {
            throw new CliUsageException($"--week-start applies only with --collapse week; was given with --collapse day.");
        }

        var name = text.Trim();
        return name.Length > 0 && name.All(char.IsAsciiLetter) && Enum.TryParse<IsoDayOfWeek>(name, ignoreCase: true, out var day) && day != IsoDayOfWeek.None
            ? day
            : throw new CliUsageException($"--week-start must be a day name, monday to sunday; was \"{text}\".");
    }

    private static LocalDate? OptionDate(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        foreach (var pattern in OptionDatePatterns)
        {
            var result = pattern.Parse(text.Trim());
            if (result.Success)
            {
                return result.Value;
            }
        }

        throw new CliUsageException($"{option} must be a date as yyyy-MM-dd; was \"{text}\".");
    }

    /// <summary>Prints a progress line to stderr each time another <see cref="ProgressStep"/> transactions have been read.</summary>
    private sealed class StderrProgress(TextWriter error) : IProgress<TransactionReadProgress>
    {
        private long _next = ProgressStep;

        public void Report(TransactionReadProgress value)
        {
            if (value.TransactionsRead < _next)
            {
                return;
            }

            _next = ((value.TransactionsRead / ProgressStep) + 1) * ProgressStep;
            var percent = value.Fraction is { } f ? string.Create(CultureInfo.InvariantCulture, $" ({f * 100:F0}%)") : string.Empty;
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"summarize: {value.TransactionsRead:N0} transactions read{percent}"));
        }
    }
}
