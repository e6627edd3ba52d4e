using System.CommandLine;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Value;
using RelationshipKit.Value.Models.ParetoNbd;

namespace RelationshipKit.Cli.Commands.Predict;

/// <summary><c>relationshipkit predict paretonbd --input SUMMARY.csv (--parameters … | --fit FIT.json) --horizon H</c>: P(alive) and expected purchases per customer.</summary>
internal static class PredictParetoNbdCommand
{
    public static Command Create()
    {
        var options = new ModelOptions();
        var command = new Command("paretonbd", "Predict P(alive) and the expected purchases in the next --horizon (in the data's time unit) per customer with the Pareto/NBD.");
        options.AddPredictOptions(command, withSpend: false);
        command.SetAction(parseResult =>
        {
            var values = options.ReadParameters(parseResult, "paretonbd", ParetoNbdModel.ParameterNames);
            var horizon = parseResult.GetValue(options.Horizon);
            if (!double.IsFinite(horizon) || horizon < 0)
            {
                throw new CliUsageException($"--horizon must be a finite number >= 0; was {CsvText.Number(horizon)}.");
            }

            var unit = options.ToTimeUnit(parseResult, TimeUnit.Week);
            var model = new ParetoNbdModel(new ParetoNbdParameters(values[0], values[1], values[2], values[3]), unit);
            var csv = SummaryCsv.Read(parseResult.GetValue(options.Input)!.ToString(), SummaryColumns.Continuous, parseResult.GetValue(options.Culture)!);
            var table = csv.ToRfmTable(unit);
            var alive = new double[table.Count];
            var expected = new double[table.Count];
            model.ProbabilityAlive(table, alive);
            model.ConditionalExpectedPurchases(horizon, table, expected);
            var text = PredictionOutput.Render(parseResult.GetValue(options.PredictFormat), "paretonbd", horizon, csv.Ids, csv.Weights, alive, expected);
            OutputTarget.Write(parseResult.GetValue(options.Output)?.FullName, parseResult.InvocationConfiguration.Output, text);
            return ExitCodes.Success;
        });
        return command;
    }
}
