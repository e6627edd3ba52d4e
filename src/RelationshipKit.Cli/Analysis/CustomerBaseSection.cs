using System.Globalization;
using System.Text.Json;
using NodaTime;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Value;
using RelationshipKit.Value.Reports;
using RelationshipKit.Value.Summaries;

namespace RelationshipKit.Cli.Analysis;

/// <summary>
/// The <c>customer_base</c> section of <c>analyze</c>: renders the library's <see cref="CustomerBaseReport"/> of the
/// embedded CDNOW sample, or of a calibration/holdout customer summary given with <c>--customer-summary</c> (as
/// <c>relationshipkit summarize --calibration-end … --amount-column …</c> writes it). The analysis (fits, the model
/// chosen by the stated rule, forecasts, CLV bands, value tiers) is the library's; this section only formats it.
/// </summary>
internal sealed class CustomerBaseSection : ReportSection
{
    private const string EmbeddedLabel = "the embedded CDNOW sample";

    private const string EmbeddedData = "embedded CDNOW sample";

    public override string Key => "customer_base";

    public override PreparedSection Prepare(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.CustomerSummaryPath is null)
        {
            var embedded = new CustomerBaseReportOptions { Currency = Currency.Usd };
            return new Prepared(EmbeddedLabel, EmbeddedData, "dollars", CustomerBaseReport.Build(CdnowSample.Summaries(), embedded));
        }

        var input = ReadInput(context);
        var summaries = input.Summaries!; // a file was given, so the summaries were read from it
        // What the file needs for this section, said in the tool's terms (which summarize options write it).
        var table = summaries.Table;
        var problem = !table.HasMonetaryValue ? "needs a monetary_value column (each customer's mean repeat spend): summarise the log with --amount-column."
            : !summaries.HasHoldout ? "needs the holdout columns frequency_holdout and duration_holdout: summarise the log with --calibration-end."
            : !table.Frequency.ContainsAnyExcept(0.0) ? "has no customer with a repeat purchase (frequency > 0): the spend model and the purchase models need some."
            : summaries.HasWeights ? "takes one row per customer; a weights column is not supported here (use fit and predict for weighted patterns)."
            : null;
        if (problem is not null)
        {
            throw new CliUsageException($"{context.CustomerSummaryPath}: --customer-summary {problem}");
        }

        var report = CustomerBaseReport.Build(summaries, new CustomerBaseReportOptions { Currency = context.Currency });

        var money = context.Currency == Currency.None ? "money units (no currency given)" : context.Currency.Code;
        return new Prepared(input.Label, input.Data, money, report);
    }

    /// <summary>
    /// Reads the section's data: the embedded CDNOW sample (39 calibration weeks to 1997-09-30, with its calibration
    /// end), or the <c>--customer-summary</c> file read by the library's reader with file:line:column errors (the
    /// lifecycle section reads the same data).
    /// </summary>
    internal static Input ReadInput(AnalysisContext context)
    {
        var path = context.CustomerSummaryPath;
        if (path is null)
        {
            return new Input(EmbeddedLabel, EmbeddedData, CdnowSample.Summaries().ToRfmTable(), null, CdnowSample.CalibrationEnd);
        }

        using var reader = CliInput.Open(path, p => SummaryCsvReader.Open(p, new SummaryCsvOptions { TimeUnit = context.TimeUnit }));
        var summaries = reader.ReadAll();
        var name = Path.GetFileName(path);
        return new Input(name, name, summaries.Table, summaries, null);
    }

    /// <summary>
    /// What the section analyses: a label for the text, the JSON <c>data</c> value, the calibration table, the file's
    /// summaries (null for the embedded sample) and, when known, the calibration end.
    /// </summary>
    internal sealed record Input(string Label, string Data, RfmTable Table, SummaryTable? Summaries, LocalDate? CalibrationEnd);

    private sealed class Prepared(string label, string data, string moneyWord, CustomerBaseReport report) : PreparedSection
    {
        private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

        /// <summary>"39 weeks", "30 days", "12 × 14 days"; with no length, the unit in the plural ("weeks").</summary>
        private static string Span(double? length, TimeUnit unit)
        {
            var name = unit.Name;
            var plural = name.Contains(' ', StringComparison.Ordinal) ? $"units of {name}" : name + "s";
            if (length is not { } value)
            {
                return plural;
            }

            var number = F(value, "0.##");
            return name.Contains(' ', StringComparison.Ordinal) ? $"{number} × {name}" : value == 1 ? $"{number} {name}" : $"{number} {plural}";
        }

        private static string RuleText(ModelSelectionRule rule) => rule == ModelSelectionRule.HoldoutMeanAbsoluteError
            ? "the lowest mean absolute error of the per-customer holdout purchases"
            : "the lowest BIC (no holdout)";

        private static void WriteDate(Utf8JsonWriter writer, string name, LocalDate? date)
        {
            if (date is { } value)
            {
                writer.WriteString(name, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                writer.WriteNull(name);
            }
        }

        public override void WriteText(TextWriter writer)
        {
            var holdout = Span(report.HoldoutLength, report.TimeUnit);
            var units = Span(null, report.TimeUnit);
            writer.WriteLine($"Customer base: buy-till-you-die models on {label}");
            writer.WriteLine(report.CalibrationEnd is { } calibrationEnd && report.ObservationEnd is { } observationEnd
                ? string.Create(CultureInfo.InvariantCulture, $"Data: {report.Customers:#,0} customers ({report.RepeatBuyers:#,0} repeat buyers), calibration to {calibrationEnd:yyyy-MM-dd}, holdout {holdout} to {observationEnd:yyyy-MM-dd}; time in {units}.")
                : string.Create(CultureInfo.InvariantCulture, $"Data: {report.Customers:#,0} customers ({report.RepeatBuyers:#,0} repeat buyers), holdout {holdout}; time in {units}."));
            writer.WriteLine();
            writer.WriteLine(TextTable.Render(
                "Model fits (calibration) and the holdout check",
                ["Model", "Converged", "Parameters", "Log-likelihood", "AIC", "BIC", "Holdout: predicted", "actual", "MAE"],
                report.Models.Select(f => (IReadOnlyList<string>)
                [
                    f.Model,
                    f.Converged ? "yes" : "NO",
                    string.Join(", ", f.Parameters.Select(p => $"{p.Name} {F(p.Value, "0.000")}")),
                    f.LogLikelihood is { } ll ? F(ll, "0.00") : "n/a",
                    f.Aic is { } aic ? F(aic, "0.0") : "n/a",
                    f.Bic is { } bic ? F(bic, "0.0") : "n/a",
                    f.HoldoutPredicted is { } predicted ? F(predicted, "0") : "-",
                    f.HoldoutActual is { } actual ? F(actual, "0") : "-",
                    f.HoldoutMeanAbsoluteError is { } mae ? F(mae, "0.0000") : "-",
                ]),
                new HashSet<int> { 3, 4, 5, 6, 7, 8 }));
            writer.WriteLine($"Chosen: {report.SelectedModel}, by {RuleText(report.SelectionRule)}{(report.RunnerUp is { } second ? $"; runner-up {second}" : string.Empty)}. The forecasts and values below are {report.SelectedModel}'s.");
            var spend = report.Spend;
            writer.WriteLine($"Spend (Gamma-Gamma on {F(spend.Customers, "0")} repeat buyers; {spend.ExcludedRows} without repeat purchases excluded): "
                + string.Join(", ", spend.Parameters.Select(p => $"{p.Name} {F(p.Value, "0.00")}"))
                + $"; mean spend {F(spend.Model.MeanSpend, "0.00")}; frequency-spend correlation {(report.FrequencySpendCorrelation is { } rho ? F(rho, "0.00") : "n/a")} (the model assumes none).");
            writer.WriteLine();
            writer.WriteLine(TextTable.Render(
                $"Top {report.TopCustomers.Count} customers by expected purchases in the next {Span(report.ForecastLength, report.TimeUnit)} ({report.SelectedModel})",
                ["Customer", "x", "t_x", "T", "P(alive)", "Expected", "Actual (holdout)"],
                report.TopCustomers.Select(c => (IReadOnlyList<string>)[c.Id, F(c.Frequency, "0"), F(c.Recency, "0.00"), F(c.T, "0.00"), F(c.ProbabilityAlive, "0.000"), F(c.ExpectedPurchases, "0.00"), c.HoldoutPurchases is { } h ? F(h, "0") : "-"]),
                new HashSet<int> { 1, 2, 3, 4, 5, 6 }));
            writer.WriteLine(TextTable.Render(
                $"P(alive) at the end of calibration ({report.SelectedModel})",
                ["P(alive)", "Customers", "Share"],
                report.ProbabilityAlive.Select(b => (IReadOnlyList<string>)[$"{F(b.From, "0.0")}-{F(b.To, "0.0")}", F(b.Customers, "0"), F(b.Customers / report.Customers, "0.0%")]),
                new HashSet<int> { 1, 2 }));
            writer.WriteLine(TextTable.Render(
                $"CLV bands: one-year CLV ({report.SelectedModel} x Gamma-Gamma, 10% annual discount, margin 1, in {moneyWord})",
                ["Band", "Customers", "CLV", "Share of value", "Mean P(alive)"],
                report.ClvBands.Select(t => (IReadOnlyList<string>)[t.Name, t.Customers.ToString(CultureInfo.InvariantCulture), F(t.Value, "#,0"), F(t.Share, "0.0%"), t.MeanProbabilityAlive is { } mean ? F(mean, "0.00") : "-"]),
                new HashSet<int> { 1, 2, 3, 4 }));
            writer.WriteLine($"Total one-year CLV of the base: {F(report.TotalClv, "#,0")} {moneyWord}.");
            var tiers = report.ValueTiers;
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Value tiers (actual value: calibration repeat spend; potential: plus the CLV; no cost to serve given): {tiers.CountOf(ValueTier.MostValuable)} most valuable, {tiers.CountOf(ValueTier.MostGrowable)} most growable, {tiers.CountOf(ValueTier.BelowZero)} below zero, {tiers.CountOf(ValueTier.Standard)} standard."));
        }

        public override void WriteJson(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("data", data);
            writer.WriteNumber("customers", report.Customers);
            writer.WriteNumber("repeat_buyers", report.RepeatBuyers);
            WriteDate(writer, "calibration_end", report.CalibrationEnd);
            WriteDate(writer, "observation_end", report.ObservationEnd);
            writer.WriteFiniteOrNull("duration_holdout", report.HoldoutLength);
            writer.WriteString("time_unit", report.TimeUnit.Name);
            writer.WriteStartArray("fits");
            foreach (var fit in report.Models)
            {
                writer.WriteStartObject();
                writer.WriteString("model", fit.Model);
                writer.WriteBoolean("converged", fit.Converged);
                writer.WriteStartObject("parameters");
                foreach (var p in fit.Parameters)
                {
                    writer.WriteFinite(p.Name, p.Value);
                }

                writer.WriteEndObject();
                writer.WriteFiniteOrNull("log_likelihood", fit.LogLikelihood);
                writer.WriteFiniteOrNull("aic", fit.Aic);
                writer.WriteFiniteOrNull("bic", fit.Bic);
                writer.WriteFiniteOrNull("holdout_predicted", fit.HoldoutPredicted);
                writer.WriteFiniteOrNull("holdout_actual", fit.HoldoutActual);
                writer.WriteFiniteOrNull("holdout_mae", fit.HoldoutMeanAbsoluteError);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("selection");
            writer.WriteString("rule", report.SelectionRule == ModelSelectionRule.HoldoutMeanAbsoluteError ? "holdout_mae" : "lowest_bic");
            writer.WriteString("model", report.SelectedModel);
            if (report.RunnerUp is { } runnerUp)
            {
                writer.WriteString("runner_up", runnerUp);
            }
            else
            {
                writer.WriteNull("runner_up");
            }

            writer.WriteEndObject();
            writer.WritePropertyName("spend");
            FitJson.WriteObject(writer, report.Spend);
            writer.WriteFiniteOrNull("frequency_spend_correlation", report.FrequencySpendCorrelation);
            writer.WriteFinite("forecast_length", report.ForecastLength);
            writer.WriteStartArray("top_customers");
            foreach (var c in report.TopCustomers)
            {
                writer.WriteStartObject();
                writer.WriteString("id", c.Id);
                writer.WriteFinite("frequency", c.Frequency);
                writer.WriteFinite("recency", c.Recency);
                writer.WriteFinite("T", c.T);
                writer.WriteFinite("p_alive", c.ProbabilityAlive);
                writer.WriteFinite("expected_purchases", c.ExpectedPurchases);
                writer.WriteFiniteOrNull("holdout_purchases", c.HoldoutPurchases);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("p_alive_distribution");
            foreach (var band in report.ProbabilityAlive)
            {
                writer.WriteStartObject();
                writer.WriteFinite("from", band.From);
                writer.WriteFinite("to", band.To);
                writer.WriteFinite("customers", band.Customers);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("clv_bands");
            foreach (var t in report.ClvBands)
            {
                writer.WriteStartObject();
                writer.WriteString("band", t.Name);
                writer.WriteNumber("customers", t.Customers);
                writer.WriteFinite("clv", t.Value);
                writer.WriteFinite("share", t.Share);
                writer.WriteFiniteOrNull("mean_p_alive", t.MeanProbabilityAlive);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteFinite("total_clv", report.TotalClv);
            writer.WriteStartObject("value_tiers");
            writer.WriteNumber("most_valuable", report.ValueTiers.CountOf(ValueTier.MostValuable));
            writer.WriteNumber("most_growable", report.ValueTiers.CountOf(ValueTier.MostGrowable));
            writer.WriteNumber("below_zero", report.ValueTiers.CountOf(ValueTier.BelowZero));
            writer.WriteNumber("standard", report.ValueTiers.CountOf(ValueTier.Standard));
            writer.WriteEndObject();
            writer.WriteString("currency", report.ValueTiers.Currency.Code);
            writer.WriteEndObject();
        }
    }
}
