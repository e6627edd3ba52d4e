using System.Globalization;
using System.Text.Json;
using NodaTime;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Value;
using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Models;
using RelationshipKit.Value.Models.BgNbd;
using RelationshipKit.Value.Models.Clv;
using RelationshipKit.Value.Models.GammaGamma;
using RelationshipKit.Value.Models.MbgNbd;
using RelationshipKit.Value.Models.ParetoNbd;
using RelationshipKit.Value.Summaries;

namespace RelationshipKit.Cli.Analysis;

/// <summary>
/// The <c>customer_base</c> section of <c>analyze</c>: the non-contractual ("buy till you die") analysis of the embedded
/// CDNOW sample, or of a calibration/holdout customer summary given with <c>--customer-summary</c> (as
/// <c>relationshipkit summarize --calibration-end … --amount-column …</c> writes it). It fits BG/NBD, MBG/NBD and
/// Pareto/NBD on the calibration period and Gamma-Gamma on the repeat buyers' spend, checks each model against the
/// holdout, lists the customers expected to buy most, shows the distribution of P(alive), and values the base by tier
/// (one-year CLV, 10 % annual discount, BG/NBD with Gamma-Gamma).
/// </summary>
internal sealed class CustomerBaseSection : ReportSection
{
    private static readonly double[] AliveBins = [0, 0.2, 0.4, 0.6, 0.8, 1.0000001];
    private static readonly (string Name, double Share)[] Tiers = [("top 10%", 0.1), ("next 20%", 0.2), ("middle 30%", 0.3), ("bottom 40%", 0.4)];

    public override string Key => "customer_base";

    public override PreparedSection Prepare(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.CustomerSummaryPath is null ? Embedded() : FromSummaryFile(context);
        var table = input.Table;
        var n = table.Count;
        var actualHoldout = input.ActualHoldout;
        var holdoutLength = input.HoldoutLength;

        var bgnbd = BgNbdModel.Fit(table);
        var mbgnbd = MbgNbdModel.Fit(table);
        var pareto = ParetoNbdModel.Fit(table);
        var spend = GammaGammaModel.Fit(table);

        var fits = new List<ModelFit>
        {
            Describe("bgnbd", bgnbd, bgnbd.Model, table, actualHoldout, holdoutLength),
            Describe("mbgnbd", mbgnbd, mbgnbd.Model, table, actualHoldout, holdoutLength),
            Describe("paretonbd", pareto, pareto.Model, table, actualHoldout, holdoutLength),
        };

        var alive = new double[n];
        var expected = new double[n];
        bgnbd.Model.ProbabilityAlive(table, alive);
        bgnbd.Model.ConditionalExpectedPurchases(holdoutLength, table, expected);

        var top = Enumerable.Range(0, n).OrderByDescending(i => expected[i]).ThenBy(i => input.Ids[i], StringComparer.Ordinal).Take(10)
            .Select(i => new TopCustomer(input.Ids[i], table.Frequency[i], table.Recency[i], table.T[i], alive[i], expected[i], actualHoldout[i]))
            .ToList();

        var bins = new int[AliveBins.Length - 1];
        foreach (var p in alive)
        {
            for (var b = 0; b < bins.Length; b++)
            {
                if (p >= AliveBins[b] && p < AliveBins[b + 1])
                {
                    bins[b]++;
                    break;
                }
            }
        }

        var clvModel = new CustomerLifetimeValueModel(bgnbd.Model, spend.Model);
        var clvOptions = new CustomerLifetimeValueOptions { Horizon = Duration.FromDays(364), Step = Duration.FromDays(7), DiscountRate = DiscountRate.PerYear(0.1) };
        var clv = new double[n];
        clvModel.DiscountedValue(table, clv, clvOptions);

        var order = Enumerable.Range(0, n).OrderByDescending(i => clv[i]).ToArray();
        var tiers = new List<Tier>();
        var start = 0;
        var totalClv = clv.Sum();
        foreach (var (name, share) in Tiers)
        {
            var count = name == Tiers[^1].Name ? n - start : (int)Math.Round(n * share);
            var members = order.Skip(start).Take(count).ToArray();
            start += count;
            var sum = members.Sum(i => clv[i]);
            // A small base can leave a tier empty, and a base without value has no shares to give.
            tiers.Add(new Tier(name, members.Length, sum, totalClv > 0 ? sum / totalClv : 0, members.Length > 0 ? members.Average(i => alive[i]) : null));
        }

        return new Prepared(
            input,
            n,
            table.Frequency.ToArray().Count(x => x > 0),
            fits,
            new SpendFit(spend, GammaGammaModel.CheckIndependence(table).Correlation),
            top,
            bins,
            tiers,
            totalClv);
    }

    /// <summary>The embedded CDNOW sample: 39 calibration weeks to 1997-09-30, 39 holdout weeks to 1998-06-30, dollars.</summary>
    private static Input Embedded()
    {
        var summaries = CdnowSample.Summaries();
        return new Input(
            "the embedded CDNOW sample",
            "embedded CDNOW sample",
            summaries.ToRfmTable(),
            [.. summaries.Customers.Select(c => c.Id.Value)],
            [.. summaries.Customers.Select(c => (double)c.FrequencyHoldout.GetValueOrDefault())],
            summaries.DurationHoldout!.Value, // not null: the sample is summarised with a calibration end
            CdnowSample.CalibrationEnd,
            CdnowSample.ObservationEnd,
            Currency.Usd.Code,
            "dollars");
    }

    /// <summary>A calibration/holdout summary file, one row per customer, validated with file:line:column errors by the library's reader.</summary>
    private static Input FromSummaryFile(AnalysisContext context)
    {
        var path = context.CustomerSummaryPath!;
        var options = new SummaryCsvOptions { TimeUnit = context.TimeUnit };
        SummaryTable summaries;
        using (var reader = CliInput.Open(path, p => SummaryCsvReader.Open(p, options)))
        {
            summaries = reader.ReadAll();
        }

        var table = summaries.Table;
        if (!table.HasMonetaryValue)
        {
            throw new CliUsageException($"{path}: --customer-summary needs a monetary_value column (each customer's mean repeat spend): summarise the log with --amount-column.");
        }

        if (!summaries.HasHoldout)
        {
            throw new CliUsageException($"{path}: --customer-summary needs the holdout columns frequency_holdout and duration_holdout: summarise the log with --calibration-end.");
        }

        if (!table.Frequency.ContainsAnyExcept(0.0))
        {
            throw new CliUsageException($"{path}: --customer-summary has no customer with a repeat purchase (frequency > 0): the spend model and the purchase models need some.");
        }

        if (summaries.HasWeights)
        {
            throw new CliUsageException($"{path}: --customer-summary takes one row per customer; a weights column is not supported here (use fit and predict for weighted patterns).");
        }

        var currency = context.Currency;
        return new Input(
            Path.GetFileName(path),
            Path.GetFileName(path),
            table,
            [.. new SummaryRowIds(summaries)],
            summaries.FrequencyHoldout.ToArray(),
            summaries.DurationHoldout!.Value, // not null: HasHoldout
            null,
            null,
            currency.Code,
            currency == Currency.None ? "money units (no currency given)" : currency.Code);
    }

    private static ModelFit Describe<TModel>(string name, FitResult<TModel> fit, PurchaseModel model, RfmTable table, double[] actualHoldout, double holdoutLength)
        where TModel : class
    {
        var predicted = new double[table.Count];
        model.ConditionalExpectedPurchases(holdoutLength, table, predicted);
        return new ModelFit(name, fit.Converged, fit.Parameters, fit.LogLikelihood, fit.Aic, fit.Bic, predicted.Sum(), actualHoldout.Sum());
    }

    /// <summary>What the section analyses: a label for the text, the JSON <c>data</c> value, the calibration table with ids and holdout purchases, the holdout length in the table's unit, the dates when known, and the money.</summary>
    private sealed record Input(string Label, string Data, RfmTable Table, string[] Ids, double[] ActualHoldout, double HoldoutLength, LocalDate? CalibrationEnd, LocalDate? ObservationEnd, string Currency, string MoneyWord);

    private sealed record ModelFit(string Name, bool Converged, IReadOnlyList<ParameterEstimate> Parameters, double? LogLikelihood, double? Aic, double? Bic, double PredictedHoldout, double ActualHoldout);

    private sealed record SpendFit(FitResult<GammaGammaModel> Fit, double? Correlation);

    private sealed record TopCustomer(string Id, double Frequency, double Recency, double T, double ProbabilityAlive, double ExpectedPurchases, double ActualHoldout);

    private sealed record Tier(string Name, int Customers, double Clv, double Share, double? MeanProbabilityAlive);

    private sealed class Prepared(Input input, int customers, int repeatBuyers, List<ModelFit> fits, SpendFit spend, List<TopCustomer> top, int[] bins, List<Tier> tiers, double totalClv) : PreparedSection
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
            var holdout = Span(input.HoldoutLength, input.Table.TimeUnit);
            var units = Span(null, input.Table.TimeUnit);
            writer.WriteLine($"Customer base: buy-till-you-die models on {input.Label}");
            writer.WriteLine(input.CalibrationEnd is { } calibrationEnd && input.ObservationEnd is { } observationEnd
                ? string.Create(CultureInfo.InvariantCulture, $"Data: {customers:#,0} customers ({repeatBuyers:#,0} repeat buyers), calibration to {calibrationEnd:yyyy-MM-dd}, holdout {holdout} to {observationEnd:yyyy-MM-dd}; time in {units}.")
                : string.Create(CultureInfo.InvariantCulture, $"Data: {customers:#,0} customers ({repeatBuyers:#,0} repeat buyers), holdout {holdout}; time in {units}."));
            writer.WriteLine();
            writer.WriteLine(TextTable.Render(
                "Model fits (calibration) and the holdout check",
                ["Model", "Converged", "Parameters", "Log-likelihood", "AIC", "BIC", "Holdout: predicted", "actual"],
                fits.Select(f => (IReadOnlyList<string>)
                [
                    f.Name,
                    f.Converged ? "yes" : "NO",
                    string.Join(", ", f.Parameters.Select(p => $"{p.Name} {F(p.Value, "0.000")}")),
                    f.LogLikelihood is { } ll ? F(ll, "0.00") : "n/a",
                    f.Aic is { } aic ? F(aic, "0.0") : "n/a",
                    f.Bic is { } bic ? F(bic, "0.0") : "n/a",
                    F(f.PredictedHoldout, "0"),
                    F(f.ActualHoldout, "0"),
                ]),
                new HashSet<int> { 3, 4, 5, 6, 7 }));
            writer.WriteLine($"Spend (Gamma-Gamma on {F(spend.Fit.Customers, "0")} repeat buyers; {spend.Fit.ExcludedRows} without repeat purchases excluded): "
                + string.Join(", ", spend.Fit.Parameters.Select(p => $"{p.Name} {F(p.Value, "0.00")}"))
                + $"; mean spend {F(spend.Fit.Model.MeanSpend, "0.00")}; frequency-spend correlation {(spend.Correlation is { } rho ? F(rho, "0.00") : "n/a")} (the model assumes none).");
            writer.WriteLine();
            writer.WriteLine(TextTable.Render(
                $"Top 10 customers by expected purchases in the next {holdout} (BG/NBD)",
                ["Customer", "x", "t_x", "T", "P(alive)", "Expected", "Actual (holdout)"],
                top.Select(c => (IReadOnlyList<string>)[c.Id, F(c.Frequency, "0"), F(c.Recency, "0.00"), F(c.T, "0.00"), F(c.ProbabilityAlive, "0.000"), F(c.ExpectedPurchases, "0.00"), F(c.ActualHoldout, "0")]),
                new HashSet<int> { 1, 2, 3, 4, 5, 6 }));
            writer.WriteLine(TextTable.Render(
                "P(alive) at the end of calibration (BG/NBD)",
                ["P(alive)", "Customers", "Share"],
                bins.Select((count, b) => (IReadOnlyList<string>)[$"{F(AliveBins[b], "0.0")}-{F(Math.Min(1, AliveBins[b + 1]), "0.0")}", count.ToString(CultureInfo.InvariantCulture), F((double)count / customers, "0.0%")]),
                new HashSet<int> { 1, 2 }));
            writer.WriteLine(TextTable.Render(
                $"Value by tier: one-year CLV (BG/NBD x Gamma-Gamma, 10% annual discount, margin 1, in {input.MoneyWord})",
                ["Tier", "Customers", "CLV", "Share of value", "Mean P(alive)"],
                tiers.Select(t => (IReadOnlyList<string>)[t.Name, t.Customers.ToString(CultureInfo.InvariantCulture), F(t.Clv, "#,0"), F(t.Share, "0.0%"), t.MeanProbabilityAlive is { } mean ? F(mean, "0.00") : "-"]),
                new HashSet<int> { 1, 2, 3, 4 }));
            writer.WriteLine($"Total one-year CLV of the base: {F(totalClv, "#,0")} {input.MoneyWord}.");
        }

        public override void WriteJson(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("data", input.Data);
            writer.WriteNumber("customers", customers);
            writer.WriteNumber("repeat_buyers", repeatBuyers);
            WriteDate(writer, "calibration_end", input.CalibrationEnd);
            WriteDate(writer, "observation_end", input.ObservationEnd);
            writer.WriteFinite("duration_holdout", input.HoldoutLength);
            writer.WriteString("time_unit", input.Table.TimeUnit.Name);
            writer.WriteStartArray("fits");
            foreach (var fit in fits)
            {
                writer.WriteStartObject();
                writer.WriteString("model", fit.Name);
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
                writer.WriteFinite("holdout_predicted", fit.PredictedHoldout);
                writer.WriteFinite("holdout_actual", fit.ActualHoldout);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WritePropertyName("spend");
            FitJson.WriteObject(writer, spend.Fit);
            writer.WriteFiniteOrNull("frequency_spend_correlation", spend.Correlation);

            writer.WriteStartArray("top_customers");
            foreach (var c in top)
            {
                writer.WriteStartObject();
                writer.WriteString("id", c.Id);
                writer.WriteFinite("frequency", c.Frequency);
                writer.WriteFinite("recency", c.Recency);
                writer.WriteFinite("T", c.T);
                writer.WriteFinite("p_alive", c.ProbabilityAlive);
                writer.WriteFinite("expected_purchases", c.ExpectedPurchases);
                writer.WriteFinite("holdout_purchases", c.ActualHoldout);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("p_alive_distribution");
            for (var b = 0; b < bins.Length; b++)
            {
                writer.WriteStartObject();
                writer.WriteFinite("from", AliveBins[b]);
                writer.WriteFinite("to", Math.Min(1, AliveBins[b + 1]));
                writer.WriteNumber("customers", bins[b]);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("value_tiers");
            foreach (var t in tiers)
            {
                writer.WriteStartObject();
                writer.WriteString("tier", t.Name);
                writer.WriteNumber("customers", t.Customers);
                writer.WriteFinite("clv", t.Clv);
                writer.WriteFinite("share", t.Share);
                writer.WriteFiniteOrNull("mean_p_alive", t.MeanProbabilityAlive);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteFinite("total_clv", totalClv);
            writer.WriteString("currency", input.Currency);
            writer.WriteEndObject();
        }
    }
}
