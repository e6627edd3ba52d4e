using System.CommandLine;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Value.Models.BgNbd;

namespace RelationshipKit.Cli.Commands.Fit;

/// <summary><c>relationshipkit fit bgnbd --input SUMMARY.csv</c>: fits BG/NBD (Fader, Hardie &amp; Lee 2005) and prints the fit JSON contract.</summary>
internal static class FitBgNbdCommand
{
    public static Command Create()
    {
        var options = new ModelOptions();
        var command = new Command("bgnbd", "Fit the BG/NBD model (Fader, Hardie & Lee 2005) to customer summaries: frequency, recency, T and optional weights, in --time-unit (default week).");
        options.AddFitOptions(command);
        command.SetAction(parseResult =>
        {
            var fitOptions = options.ToFitOptions(parseResult);
            var unit = options.ToTimeUnit(parseResult, Value.TimeUnit.Week);
            var data = SummaryCsv.Read(parseResult.GetValue(options.Input)!.ToString(), SummaryColumns.Continuous, parseResult.GetValue(options.Culture)!).ToRfmTable(unit);
            var fit = BgNbdModel.Fit(data, fitOptions);
            var invocation = parseResult.InvocationConfiguration;
            return FitJson.Print(invocation.Output, invocation.Error, parseResult.GetValue(options.FitFormat), "bgnbd", fit, parseResult.GetValue(options.Output)?.FullName);
        });
        return command;
    }
}
