using System.CommandLine;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Value;
using RelationshipKit.Value.Models.BgBb;

namespace RelationshipKit.Cli.Commands.Fit;

/// <summary><c>relationshipkit fit bgbb --input SUMMARY.csv …</c>: fits the BG/BB to discrete-time summaries (periods = opportunities) and prints the fit contract.</summary>
internal static class FitBgBbCommand
{
    public static Command Create()
    {
        var options = new ModelOptions();
        var command = new Command("bgbb", "Fit the BG/BB model (Fader, Hardie & Shang 2010) to discrete-time summaries (frequency, recency, periods = opportunities n, optional weights): parameters alpha, beta, gamma, delta.");
        options.AddFitOptions(command);
        command.SetAction(parseResult =>
        {
            var fitOptions = options.ToFitOptions(parseResult);
            var summaries = BgBbInput.Read(parseResult, options);
            var fit = BgBbInput.AtRows(summaries, () => BgBbModel.Fit(summaries.Table, fitOptions));
            var invocation = parseResult.InvocationConfiguration;
            return FitJson.Print(invocation.Output, invocation.Error, parseResult.GetValue(options.FitFormat), "bgbb", fit, parseResult.GetValue(options.Output)?.FullName);
        });
        return command;
    }
}
