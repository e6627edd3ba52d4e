using System.CommandLine;
using System.Globalization;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Value;
using RelationshipKit.Value.Models.Sbg;

namespace RelationshipKit.Cli.Commands.Predict;

/// <summary>
/// <c>relationshipkit predict sbg --parameters "alpha=…,beta=…" --periods 12 --discount-rate 0.1 --renewals N</c>:
/// the retention rates r(1…T), the survival S(1…T), DEL(d) and DERL(d | n) of the shifted-beta-geometric model.
/// JSON: <c>{"model","parameters","periods","discount_rate","renewals","retention":[…],"survival":[…],"del","derl"}</c>,
/// plus <c>"cohort_size"</c> and <c>"expected_survivors"</c> with <c>--cohort-size</c>.
/// </summary>
internal static class PredictSbgCommand
{
    private static readonly string[] ParameterNames = ["alpha", "beta"];

    public static Command Create()
    {
        var models = new ModelOptions();
        var periods = new Option<int>("--periods") { Description = "Number of periods T to project (1 or more, default 12).", DefaultValueFactory = _ => 12 };
        var discountRate = new Option<double>("--discount-rate")
        {
            Description = "Discount rate per model period for DEL and DERL (default 0.1, as in Fader & Hardie 2010).",
            DefaultValueFactory = _ => 0.1,
        };
        var renewals = new Option<int>("--renewals") { Description = "Renewals n a customer has made, for DERL (default 0).", DefaultValueFactory = _ => 0 };
        var cohortSize = new Option<double?>("--cohort-size") { Description = "Cohort size: adds the expected survivors per period." };
        var format = CommonOptions.Format(OutputFormat.Json, OutputFormat.Table, OutputFormat.Csv);
        var command = new Command("sbg", "Project retention, survival and discounted (residual) lifetimes of the shifted-beta-geometric model.");
        command.Options.Add(models.Parameters);
        command.Options.Add(models.Fit);
        command.Options.Add(periods);
        command.Options.Add(discountRate);
        command.Options.Add(renewals);
        command.Options.Add(cohortSize);
        command.Options.Add(format);
        command.Options.Add(models.Output);
        command.SetAction(parseResult =>
        {
            var values = models.ReadParameters<SbgModel>(parseResult, "sbg", ParameterNames).Values;
            var horizon = parseResult.GetValue(periods);
            var d = parseResult.GetValue(discountRate);
            var n = parseResult.GetValue(renewals);
            var cohort = parseResult.GetValue(cohortSize);
            if (horizon < 1)
            {
                throw new CliUsageException($"--periods must be >= 1; was {horizon}.");
            }

            if (!double.IsFinite(d) || d < 0)
            {
                throw new CliUsageException($"--discount-rate must be a finite number >= 0; was {CsvText.Number(d)}.");
            }

            if (n < 0)
            {
                throw new CliUsageException($"--renewals must be >= 0; was {n}.");
            }

            if (cohort is { } c && (!double.IsFinite(c) || c < 0))
            {
                throw new CliUsageException($"--cohort-size must be a finite number >= 0; was {CsvText.Number(c)}.");
            }

            SbgModel model;
            double del, derl;
            try
            {
                model = new SbgModel(new SbgParameters(values[0], values[1]));
                var rate = DiscountRate.PerPeriod(d);
                del = model.DiscountedExpectedLifetime(rate);
                derl = model.DiscountedExpectedResidualLifetime(rate, n);
            }
            catch (ArgumentOutOfRangeException ex) when (ex.ParamName is "alpha" or "beta")
            {
                throw new CliUsageException($"sbg parameters: {LibraryErrors.FirstSentence(ex.Message)}", ex);
            }
            catch (ArgumentOutOfRangeException ex) when (ex.ParamName == "discountRate")
            {
                throw new CliUsageException($"--{LibraryErrors.FirstSentence(ex.Message).Replace("discountRate", "discount-rate", StringComparison.Ordinal)}", ex);
            }

            var retention = new double[horizon];
            var survival = new double[horizon];
            model.Retention(retention);
            model.Survival(survival);
            var text = Render(parseResult.GetValue(format), model, horizon, d, n, retention, survival, del, derl, cohort);
            OutputTarget.Write(parseResult.GetValue(models.Output)?.FullName, parseResult.InvocationConfiguration.Output, text);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Render(OutputFormat format, SbgModel model, int horizon, double d, int renewals, double[] retention, double[] survival, double del, double derl, double? cohort)
    {
        switch (format)
        {
            case OutputFormat.Json:
                return Json.Write(writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("model", "sbg");
                    writer.WriteStartObject("parameters");
                    writer.WriteFinite("alpha", model.Parameters.Alpha);
                    writer.WriteFinite("beta", model.Parameters.Beta);
                    writer.WriteEndObject();
                    writer.WriteNumber("periods", horizon);
                    writer.WriteFinite("discount_rate", d);
                    writer.WriteNumber("renewals", renewals);
                    WriteArray(writer, "retention", retention);
                    WriteArray(writer, "survival", survival);
                    if (cohort is { } size)
                    {
                        writer.WriteFinite("cohort_size", size);
                        WriteArray(writer, "expected_survivors", survival.Select(s => s * size).ToArray());
                    }

                    writer.WriteFinite("del", del);
                    writer.WriteFinite("derl", derl);
                    writer.WriteEndObject();
                });
            case OutputFormat.Csv:
                string[] header = cohort is null ? ["period", "retention", "survival"] : ["period", "retention", "survival", "expected_survivors"];
                return CsvText.Write(header, Rows(horizon, retention, survival, cohort, CsvText.Number));
            default:
                string[] headers = cohort is null ? ["period", "retention r(t)", "survival S(t)"] : ["period", "retention r(t)", "survival S(t)", "expected survivors"];
                var table = TextTable.Render(
                    $"sbg projection ({model.Parameters})",
                    headers,
                    Rows(horizon, retention, survival, cohort, v => v.ToString("0.0000", CultureInfo.InvariantCulture)),
                    new HashSet<int>(Enumerable.Range(0, headers.Length)));
                return table + "\n" +
                    $"DEL at d = {CsvText.Number(d)}: {del.ToString("0.0000", CultureInfo.InvariantCulture)} periods\n" +
                    $"DERL at d = {CsvText.Number(d)} after {renewals} renewal(s): {derl.ToString("0.0000", CultureInfo.InvariantCulture)} periods\n";
        }
    }

    private static List<IReadOnlyList<string>> Rows(int horizon, double[] retention, double[] survival, double? cohort, Func<double, string> number)
    {
        var rows = new List<IReadOnlyList<string>>(horizon);
        for (var t = 0; t < horizon; t++)
        {
            rows.Add(cohort is { } size
                ? [(t + 1).ToString(CultureInfo.InvariantCulture), number(retention[t]), number(survival[t]), number(survival[t] * size)]
                : [(t + 1).ToString(CultureInfo.InvariantCulture), number(retention[t]), number(survival[t])]);
        }

        return rows;
    }

    private static void WriteArray(System.Text.Json.Utf8JsonWriter writer, string name, double[] values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            if (!double.IsFinite(value))
            {
                throw new InvalidOperationException($"Internal error: {name} holds {value}; the library must never produce a non-finite value.");
            }

            writer.WriteNumberValue(value);
        }

        writer.WriteEndArray();
    }
}
