using System.CommandLine;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Value;
using RelationshipKit.Value.Models.ParetoNbd;

namespace RelationshipKit.Cli.Commands.Fit;

/// <summary><c>relationshipkit fit paretonbd --input SUMMARY.csv [--time-unit week] …</c>: fits the Pareto/NBD and prints the fit contract.</summary>
internal static class FitParetoNbdCommand
{
    public static Command Create()
    {
        var options = new ModelOptions();
        var command = new Command("paretonbd", "Fit the Pareto/NBD model (Schmittlein, Morrison & Colombo 1987) to continuous-time summaries: parameters r, alpha, s, beta.");
        options.AddFitOptions(command);
        command.SetAction(parseResult =>
        {
            var unit = options.ToTimeUnit(parseResult, TimeUnit.Week);
            var fitOptions = options.ToFitOptions(parseResult);
            var csv = SummaryCsv.Read(parseResult.GetValue(options.Input)!.ToString(), SummaryColumns.Continuous, parseResult.GetValue(options.Culture)!);
            var fit = ParetoNbdModel.Fit(csv.ToRfmTable(unit), fitOptions);
            var invocation = parseResult.InvocationConfiguration;
            return FitJson.Print(invocation.Output, invocation.Error, parseResult.GetValue(options.FitFormat), "paretonbd", fit, parseResult.GetValue(options.Output)?.FullName);
        });
        return command;
    }
}
