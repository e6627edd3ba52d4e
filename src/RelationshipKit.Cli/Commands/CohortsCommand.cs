using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Value;
using RelationshipKit.Value.Models.Sbg;
using RelationshipKit.Value.Subscriptions;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Cli.Commands;

/// <summary>
/// <c>relationshipkit cohorts --input subscriptions.csv</c>: the contractual data path. Reads a subscription log
/// (customer, start, end or empty while active) with the library's <see cref="SubscriptionCsvReader"/>, builds one
/// survivor table per start cohort with right-censoring (<see cref="SubscriptionCohorts"/>), fits the sBG to each
/// cohort and to all of them pooled, and prints the tables, the fits, retention and DEL/DERL per cohort.
/// The JSON shape is documented in docs/reference/json-contracts.md.
/// </summary>
internal static class CohortsCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input") { Description = "Subscription log: one subscription per line with a customer id, a start date and an end date (empty while active).", Required = true };
        var noHeader = new Option<bool>("--no-header") { Description = "The file has no header line; column options are then 1-based positions." };
        var customerColumn = new Option<string?>("--customer-column") { Description = "Customer id column: a header name, or a 1-based position with --no-header (default customer_id, or 1)." };
        var startColumn = new Option<string?>("--start-column") { Description = "Start date column (default start, or 2)." };
        var endColumn = new Option<string?>("--end-column") { Description = "End date column, empty while the subscription is active (default end, or 3)." };
        var delimiter = new Option<string>("--delimiter") { Description = "Field delimiter: comma, semicolon or tab (default comma).", DefaultValueFactory = _ => "comma" };
        var dateFormat = new Option<string?>("--date-format") { Description = "Date pattern such as dd.MM.yyyy (default ISO 8601)." };
        var culture = CommonOptions.Culture();
        var contract = new Option<string>("--contract-period") { Description = "Length of one contract period: month, year, week, day, N months, N weeks, N days or an ISO 8601 period such as P3M (default month).", DefaultValueFactory = _ => "month" };
        var cohort = new Option<string>("--cohort") { Description = "Group subscriptions by the calendar month, quarter or year they started in (default month).", DefaultValueFactory = _ => "month" };
        var observationEnd = new Option<string?>("--observation-end") { Description = "Last day observed, inclusive, as yyyy-MM-dd (default the latest date in the file)." };
        var discountRate = new Option<double>("--discount-rate") { Description = "Discount rate per contract period for DEL and DERL (default 0.1).", DefaultValueFactory = _ => 0.1 };
        var output = new Option<FileInfo?>("--output") { Description = "Write the result to this file (only when the whole command succeeds) instead of stdout." };
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var command = new Command("cohorts", "Turn a subscription log into survivor tables per start cohort (with right-censoring) and fit the shifted-beta-geometric model per cohort and pooled: retention, DEL and DERL.");
        foreach (var option in new Option[] { input, noHeader, customerColumn, startColumn, endColumn, delimiter, dateFormat, culture, contract, cohort, observationEnd, discountRate, format, output })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            var hasHeader = !parseResult.GetValue(noHeader);
            var csv = new SubscriptionCsvOptions
            {
                HasHeader = hasHeader,
                CustomerColumn = CommonOptions.Column(parseResult.GetValue(customerColumn), hasHeader, "--customer-column", "customer_id", 1),
                StartColumn = CommonOptions.Column(parseResult.GetValue(startColumn), hasHeader, "--start-column", "start", 2),
                EndColumn = CommonOptions.Column(parseResult.GetValue(endColumn), hasHeader, "--end-column", "end", 3),
                Delimiter = parseResult.GetValue(delimiter)?.ToLowerInvariant() switch
                {
                    "comma" or "," => CsvDelimiter.Comma,
                    "semicolon" or ";" => CsvDelimiter.Semicolon,
                    "tab" or "\t" or "\\t" => CsvDelimiter.Tab,
                    var other => throw new CliUsageException($"--delimiter must be comma, semicolon or tab; was \"{other}\"."),
                },
                DateFormat = parseResult.GetValue(dateFormat),
                Culture = parseResult.GetValue(culture) ?? CultureInfo.InvariantCulture,
            };
            var options = new CohortOptions
            {
                ContractPeriod = ContractPeriod(parseResult.GetValue(contract) ?? "month"),
                CohortPeriod = parseResult.GetValue(cohort)?.ToLowerInvariant() switch
                {
                    "month" => CohortPeriod.Month,
                    "quarter" => CohortPeriod.Quarter,
                    "year" => CohortPeriod.Year,
                    var other => throw new CliUsageException($"--cohort must be month, quarter or year; was \"{other}\"."),
                },
                ObservationEnd = Date(parseResult.GetValue(observationEnd)),
            };
            var rate = parseResult.GetValue(discountRate);
            if (!double.IsFinite(rate) || rate <= 0)
            {
                throw new CliUsageException($"--discount-rate must be a finite number > 0; was {CsvText.Number(rate)}.");
            }

            var path = parseResult.GetValue(input)!.ToString(); // Required option: the parser rejects a command line without it.
            List<Subscription> subscriptions;
            using (var reader = CliInput.Open(path, p => SubscriptionCsvReader.Open(p, csv)))
            {
                subscriptions = [.. reader.ReadAll()];
            }

            if (subscriptions.Count == 0)
            {
                throw new CliUsageException($"{path}: the file has no subscriptions.");
            }

            var tables = SubscriptionCohorts.Build(subscriptions, options);
            var results = tables.Cohorts.Select(c => Analyse(c, rate)).ToList();
            var pooled = Analyse(tables.Pooled, rate);
            var text = parseResult.GetValue(format) switch
            {
                OutputFormat.Json => Json.Write(writer => WriteJson(writer, tables, results, pooled, rate)),
                OutputFormat.Csv => CsvText.Write(Header, results.Append(pooled).Select((r, i) => Row(r, i == results.Count ? "pooled" : Iso(r.Table.Start), CsvText.Number))),
                _ => Table(tables, results, pooled, rate),
            };
            OutputTarget.Write(parseResult.GetValue(output)?.FullName, parseResult.InvocationConfiguration.Output, text);
            return ExitCodes.Success;
        });
        return command;
    }

    private static readonly string[] Header = ["cohort", "customers", "churned", "censored", "periods", "alpha", "beta", "retention_1", "del", "derl"];

    /// <summary>Fits a cohort when it can be fitted, and the figures of the fitted model.</summary>
    private static CohortResult Analyse(CohortTable table, double rate)
    {
        if (!table.CanFit)
        {
            return new CohortResult(table, null, null, null, null, "followed for one period only: too young to tell alpha from beta");
        }

        var fit = table.Fit();
        if (!fit.Converged)
        {
            return new CohortResult(table, fit, null, null, null, fit.Message);
        }

        var model = fit.Model;
        var discount = DiscountRate.PerPeriod(rate);
        var periods = table.Rows.Count;
        var retention = new double[periods];
        model.Retention(retention);
        return new CohortResult(table, fit, retention, model.DiscountedExpectedLifetime(discount), model.DiscountedExpectedResidualLifetime(discount, periods - 1), null);
    }

    private static void WriteJson(Utf8JsonWriter writer, CohortTables tables, List<CohortResult> results, CohortResult pooled, double rate)
    {
        writer.WriteStartObject();
        writer.WriteString("contract_period", tables.ContractPeriod.ToString());
        writer.WriteString("cohort", tables.CohortPeriod.ToString().ToLowerInvariant());
        writer.WriteString("observation_end", Iso(tables.ObservationEnd));
        writer.WriteFinite("discount_rate", rate);
        writer.WriteNumber("excluded_after_observation_end", tables.ExcludedAfterObservationEnd);
        writer.WriteStartArray("cohorts");
        foreach (var result in results)
        {
            WriteCohort(writer, result);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("pooled");
        WriteCohort(writer, pooled);
        writer.WriteEndObject();
    }

    private static void WriteCohort(Utf8JsonWriter writer, CohortResult result)
    {
        var table = result.Table;
        writer.WriteStartObject();
        writer.WriteString("start", Iso(table.Start));
        writer.WriteNumber("customers", table.Customers);
        writer.WriteNumber("churned", table.ChurnedCount);
        writer.WriteNumber("censored", table.CensoredCount);
        writer.WriteStartArray("table");
        foreach (var row in table.Rows)
        {
            writer.WriteStartObject();
            writer.WriteNumber("period", row.Period);
            writer.WriteNumber("active", row.Active);
            writer.WriteNumber("churned", row.Churned);
            writer.WriteNumber("censored", row.Censored);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (result.Fit is { } fit)
        {
            writer.WritePropertyName("fit");
            FitJson.WriteObject(writer, fit);
        }
        else
        {
            writer.WriteNull("fit");
        }

        if (result.Retention is { } retention)
        {
            writer.WriteStartArray("retention");
            foreach (var r in retention)
            {
                writer.WriteNumberValue(r);
            }

            writer.WriteEndArray();
        }
        else
        {
            writer.WriteNull("retention");
        }

        writer.WriteFiniteOrNull("del", result.Del);
        writer.WriteFiniteOrNull("derl", result.Derl);
        if (result.Note is { } note)
        {
            writer.WriteString("note", note);
        }
        else
        {
            writer.WriteNull("note");
        }

        writer.WriteEndObject();
    }

    private static string Table(CohortTables tables, List<CohortResult> results, CohortResult pooled, double rate)
    {
        var title = $"sBG per {tables.CohortPeriod.ToString().ToLowerInvariant()} cohort (contract {tables.ContractPeriod}, to {Iso(tables.ObservationEnd)}, d = {CsvText.Number(rate)})";
        string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
        var rows = results.Append(pooled).Select((r, i) => Row(r, i == results.Count ? "pooled" : Iso(r.Table.Start), F)).ToList();
        var text = TextTable.Render(title, Header, rows, new HashSet<int> { 1, 2, 3, 4, 5, 6, 7, 8, 9 });
        var notes = results.Append(pooled).Where(r => r.Note is not null).Select(r => $"{(ReferenceEquals(r, pooled) ? "pooled" : Iso(r.Table.Start))}: {r.Note}").ToList();
        return text + "\n" + (notes.Count > 0 ? string.Join("\n", notes) + "\n" : string.Empty) +
            "DEL: discounted expected lifetime of a new customer; DERL: of a survivor of the observed periods, in contract periods.\n";
    }

    private static IReadOnlyList<string> Row(CohortResult r, string label, Func<double, string> number)
    {
        var p = r.Fit is { Converged: true } fit ? fit.Model.Parameters : (SbgParameters?)null;
        return
        [
            label,
            r.Table.Customers.ToString(CultureInfo.InvariantCulture),
            r.Table.ChurnedCount.ToString(CultureInfo.InvariantCulture),
            r.Table.CensoredCount.ToString(CultureInfo.InvariantCulture),
            r.Table.Rows.Count.ToString(CultureInfo.InvariantCulture),
            p is { } a ? number(a.Alpha) : string.Empty,
            p is { } b ? number(b.Beta) : string.Empty,
            r.Retention is { } retention ? number(retention[0]) : string.Empty,
            r.Del is { } del ? number(del) : string.Empty,
            r.Derl is { } derl ? number(derl) : string.Empty,
        ];
    }

    /// <summary>Reads a contract period: words (month, year, week, day, "N months", …) or ISO 8601 (P1M, P1Y2M).</summary>
    internal static Period ContractPeriod(string text)
    {
        var trimmed = text.Trim().ToLowerInvariant();
        var parts = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (count, word) = parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? (n, parts[1]) : (1, trimmed);
        Period? period = word switch
        {
            "day" or "days" => Period.FromDays(count),
            "week" or "weeks" => Period.FromWeeks(count),
            "month" or "months" => Period.FromMonths(count),
            "quarter" or "quarters" => Period.FromMonths(3 * count),
            "year" or "years" => Period.FromYears(count),
            _ => parts.Length == 1 && PeriodPattern.NormalizingIso.Parse(text.Trim().ToUpperInvariant()) is { Success: true } iso && !iso.Value.HasTimeComponent && iso.Value != Period.Zero ? iso.Value : null,
        };
        return period ?? throw new CliUsageException($"--contract-period must be month, year, week, day, N months, N weeks, N days or an ISO 8601 period such as P3M; was \"{text}\".");
    }

    private static LocalDate? Date(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text.Trim());
        return result.Success ? result.Value : throw new CliUsageException($"--observation-end must be a date as yyyy-MM-dd; was \"{text}\".");
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A cohort, its fit when one could be made, and the fitted model's figures (null without a converged fit).</summary>
    private sealed record CohortResult(CohortTable Table, Value.Fitting.FitResult<SbgModel>? Fit, double[]? Retention, double? Del, double? Derl, string? Note);
}
