using System.CommandLine;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Value.Models.MbgNbd;

namespace RelationshipKit.Cli.Commands.Fit;

/// <summary><c>relationshipkit fit mbgnbd --input SUMMARY.csv</c>: fits MBG/NBD (Batislam, Denizel &amp; Filiztekin 2007) and prints the fit JSON contract.</summary>
internal static class FitMbgNbdCommand
{
    public static Command Create()
    {
        var options = new ModelOptions();
        var command = new Command("mbgnbd", "Fit the MBG/NBD model (Batislam, Denizel & Filiztekin 2007) to customer summaries: frequency, recency, T and optional weights, in --time-unit (default week).");
        options.AddFitOptions(command);
        command.SetAction(parseResult =>
        {
            var fitOptions = options.ToFitOptions(parseResult);
            var unit = options.ToTimeUnit(parseResult, Value.TimeUnit.Week);
            var data = SummaryCsv.Read(parseResult.GetValue(options.Input)!.ToString(), SummaryColumns.Continuous, parseResult.GetValue(options.Culture)!).ToRfmTable(unit);
            var fit = MbgNbdModel.Fit(data, fitOptions);
            var invocation = parseResult.InvocationConfiguration;
            return FitJson.Print(invocation.Output, invocation.Error, parseResult.GetValue(options.FitFormat), "mbgnbd", fit, parseResult.GetValue(options.Output)?.FullName);
        });
        return command;
    }
}
