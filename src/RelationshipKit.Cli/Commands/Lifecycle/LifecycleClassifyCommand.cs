using System.CommandLine;
using System.Globalization;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Lifecycle.Presets;
using RelationshipKit.Value;
using RelationshipKit.Value.Models;
using RelationshipKit.Value.Summaries;

namespace RelationshipKit.Cli.Commands.Lifecycle;

/// <summary>
/// <c>relationshipkit lifecycle classify --input SUMMARY.csv --fit FIT.json</c>: places each customer in the
/// customer-journey funnel (first purchase, repeat, loyal, lapsed) from the purchase count (frequency + 1) and P(alive)
/// of the fitted BG/NBD, MBG/NBD or Pareto/NBD model, with the thresholds of <see cref="FunnelPlacement"/>.
/// </summary>
internal static class LifecycleClassifyCommand
{
    private static readonly string[] Stages = ["first_purchase", "repeat", "loyal", "lapsed"];

    public static Command Create()
    {
        var options = new ModelOptions();
        options.Fit.Required = true;
        options.Fit.Description = "A BG/NBD, MBG/NBD or Pareto/NBD fit JSON file written by relationshipkit fit --format json: its P(alive) tells lapsed customers.";
        var loyalAfter = new Option<int>("--loyal-after")
        {
            Description = "Purchases (the first included) from which a customer is loyal (default 4).",
            DefaultValueFactory = _ => 4,
        };
        var lapsedBelow = new Option<double>("--lapsed-below")
        {
            Description = "P(alive) below which a customer is lapsed (default 0.5).",
            DefaultValueFactory = _ => 0.5,
        };
        var format = CommonOptions.Format(OutputFormat.Csv, OutputFormat.Json, OutputFormat.Table);
        var command = new Command(
            "classify",
            "Place each customer of a summary file in the customer-journey funnel (first purchase, repeat, loyal, lapsed) from its purchases and P(alive). Prospects and won-back customers need recorded events, and the sources' trust-based stages cannot be read off purchase data.");
        command.Options.Add(options.Input);
        command.Options.Add(options.Fit);
        command.Options.Add(options.TimeUnit);
        command.Options.Add(loyalAfter);
        command.Options.Add(lapsedBelow);
        command.Options.Add(options.Culture);
        command.Options.Add(format);
        command.Options.Add(options.Output);
        command.SetAction(parseResult =>
        {
            var funnel = new FunnelOptions { LoyalAfterPurchases = parseResult.GetValue(loyalAfter), LapsedBelowProbabilityAlive = parseResult.GetValue(lapsedBelow) };
            try
            {
                FunnelPlacement.Place(1, null, funnel);
            }
            catch (ArgumentOutOfRangeException ex)
            {
                var option = ex.Message.StartsWith("Loyal", StringComparison.Ordinal) ? "--loyal-after" : "--lapsed-below";
                throw new CliUsageException($"{option}: {LibraryErrors.FirstSentence(ex.Message)}", ex);
            }

            var fitPath = parseResult.GetValue(options.Fit)!.FullName; // Required option: the parser rejects a command line without it.
            var saved = ModelOptions.LoadAnyFit(fitPath); // read once: the model's name and the model together
            var model = saved.ModelName;
            var requestedUnit = options.ToCalendarUnit(parseResult, model);
            var fit = saved.Model is PurchaseModel purchaseModel
                ? (Model: purchaseModel, Unit: saved.TimeUnit)
                : throw CliUsageException.AtPosition(fitPath, 1, 1, $"classify needs a bgnbd, mbgnbd or paretonbd fit (a model with P(alive) on continuous summaries); the file holds \"{model}\".");
            if (requestedUnit is { } optionUnit && optionUnit != fit.Unit)
            {
                throw new CliUsageException($"--time-unit {optionUnit.Name} contradicts the time unit of the fit in {fitPath}, {fit.Unit.Name}; leave --time-unit out to use the fit's.");
            }

            // The file's recorded unit must agree with the fit's; without one, the file is read in it.
            var purchases = fit.Model;
            var summaries = options.ReadSummaries(parseResult, SummaryLayout.Continuous, fit.Unit);
            var table = summaries.Table;
            var n = table.Count;
            var alive = new double[n];
            purchases.ProbabilityAlive(table, alive);
            var stages = new FunnelStage[n];
            var counts = new double[Stages.Length];
            for (var i = 0; i < n; i++)
            {
                stages[i] = FunnelPlacement.Place((long)table.Frequency[i] + 1, alive[i], funnel);
                counts[Index(stages[i])] += table.Weight[i];
            }

            var ids = new SummaryRowIds(summaries);
            OutputTarget.Write(parseResult.GetValue(options.Output)?.FullName, parseResult.InvocationConfiguration.Output, writer =>
                Write(writer, parseResult.GetValue(format), model, funnel, ids, table, alive, stages, counts));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The snake_case name of a funnel stage placed from purchase data.</summary>
    internal static string Name(FunnelStage stage) => Stages[Index(stage)];

    private static int Index(FunnelStage stage) => stage switch
    {
        FunnelStage.FirstPurchase => 0,
        FunnelStage.Repeat => 1,
        FunnelStage.Loyal => 2,
        _ => 3,
    };

    private static void Write(
        TextWriter writer, OutputFormat format, string model, FunnelOptions funnel, SummaryRowIds ids, RfmTable table, double[] alive, FunnelStage[] stages, double[] counts)
    {
        var n = table.Count;
        var total = counts.Sum();
        switch (format)
        {
            case OutputFormat.Csv:
                var line = new System.Text.StringBuilder();
                CsvText.AppendRow(line, ["id", "weight", "purchases", "p_alive", "stage"]);
                for (var i = 0; i < n; i++)
                {
                    CsvText.AppendRow(line, [ids[i], CsvText.Number(table.Weight[i]), CsvText.Number(table.Frequency[i] + 1), CsvText.Number(alive[i]), Name(stages[i])]);
                    if (line.Length > 1 << 16)
                    {
                        writer.Write(line);
                        line.Clear();
                    }
                }

                writer.Write(line);
                break;
            case OutputFormat.Table:
                writer.Write($"Lapsed: {model} P(alive) below {CsvText.Number(funnel.LapsedBelowProbabilityAlive)}; loyal: {funnel.LoyalAfterPurchases} purchases or more.\n");
                writer.Write(TextTable.Render(
                    "Funnel stages from purchase data",
                    ["Stage", "Customers", "Share"],
                    Stages.Select((stage, s) => (IReadOnlyList<string>)[stage, CsvText.Number(counts[s]), total > 0 ? (counts[s] / total).ToString("0.0%", CultureInfo.InvariantCulture) : "-"]),
                    new HashSet<int> { 1, 2 }) + "\n");
                writer.Write("Prospects and won-back customers need events the application records; the sources' trust-based stages cannot be read off purchase data.\n");
                break;
            default:
                Json.Write(writer, json =>
                {
                    json.WriteStartObject();
                    json.WriteString("model", model);
                    json.WriteNumber("loyal_after_purchases", funnel.LoyalAfterPurchases);
                    json.WriteFinite("lapsed_below_p_alive", funnel.LapsedBelowProbabilityAlive);
                    json.WriteStartObject("counts");
                    for (var s = 0; s < Stages.Length; s++)
                    {
                        json.WriteFinite(Stages[s], counts[s]);
                    }

                    json.WriteEndObject();
                    json.WriteStartArray("customers");
                    for (var i = 0; i < n; i++)
                    {
                        json.FlushPeriodically(i);
                        json.WriteStartObject();
                        json.WriteString("id", ids[i]);
                        json.WriteFinite("weight", table.Weight[i]);
                        json.WriteFinite("purchases", table.Frequency[i] + 1);
                        json.WriteFinite("p_alive", alive[i]);
                        json.WriteString("stage", Name(stages[i]));
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                });
                break;
        }
    }
}
