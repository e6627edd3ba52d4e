using System.CommandLine;
using RelationshipKit.Cli.Commands.Fit;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Value.Models.BgBb;

namespace RelationshipKit.Cli.Commands.Predict;

/// <summary>
/// <c>relationshipkit predict bgbb --input SUMMARY.csv (--parameters … | --fit FIT.json) --horizon N</c>: per customer,
/// P(alive at the next opportunity) and the expected purchases in the next N opportunities.
/// </summary>
internal static class PredictBgBbCommand
{
    public static Command Create()
    {
        var options = new ModelOptions();
        var command = new Command("bgbb", "Predict, per customer, P(alive at the next opportunity) and the expected purchases in the next --horizon opportunities with the BG/BB.");
        options.AddPredictOptions(command, withSpend: false);
        command.SetAction(parseResult =>
        {
            var values = options.ReadParameters<BgBbModel>(parseResult, "bgbb", BgBbModel.ParameterNames).Values;
            var horizon = parseResult.GetValue(options.Horizon);
            if (!(horizon >= 0) || horizon > int.MaxValue || Math.Floor(horizon) != horizon)
            {
                throw new CliUsageException($"--horizon must be a whole number of opportunities >= 0 for bgbb; was {CsvText.Number(horizon)}.");
            }

            var model = new BgBbModel(new BgBbParameters(values[0], values[1], values[2], values[3]));
            var summaries = BgBbInput.Read(parseResult, options);
            var table = summaries.Table;
            var alive = new double[table.Count];
            var expected = new double[table.Count];
            BgBbInput.AtRows(summaries, () =>
            {
                model.ProbabilityAlive(table, alive);
                model.ConditionalExpectedPurchases((int)horizon, table, expected);
                return 0;
            });
            var format = parseResult.GetValue(options.PredictFormat);
            OutputTarget.Write(
                parseResult.GetValue(options.Output)?.FullName,
                parseResult.InvocationConfiguration.Output,
                writer => PredictionOutput.Write(writer, format, "bgbb", horizon, new SummaryRowIds(summaries), table.Weight.ToArray(), alive, expected));
            return ExitCodes.Success;
        });
        return command;
    }
}
