using System.CommandLine;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Value;
using RelationshipKit.Value.Models.GammaGamma;
using RelationshipKit.Value.Summaries;

namespace RelationshipKit.Cli.Commands.Fit;

/// <summary>
/// <c>relationshipkit fit gammagamma --input SUMMARY.csv</c>: fits the Gamma-Gamma spend model (Fader, Hardie &amp; Lee
/// 2005) on the customers with a repeat purchase and prints the fit JSON contract; customers with x = 0 are left out
/// and counted in <c>excluded_rows</c>.
/// </summary>
internal static class FitGammaGammaCommand
{
    public static Command Create()
    {
        var options = new ModelOptions();
        var command = new Command("gammagamma", "Fit the Gamma-Gamma spend model (Fader, Hardie & Lee 2005) to frequency and mean repeat spend (monetary_value/zbar/m); customers without a repeat purchase are excluded and counted.");
        options.AddFitOptions(command);
        command.SetAction(parseResult =>
        {
            var fitOptions = options.ToFitOptions(parseResult);
            var unit = options.ToCalendarUnit(parseResult, "gammagamma");
            var summaries = options.ReadSummaries(parseResult, SummaryLayout.Spend, unit);
            Value.Fitting.FitResult<GammaGammaModel> fit;
            try
            {
                fit = GammaGammaModel.Fit(summaries.Table, fitOptions);
            }
            catch (DataRowException ex)
            {
                throw summaries.Locate(ex);
            }

            var invocation = parseResult.InvocationConfiguration;
            return FitJson.Print(invocation.Output, invocation.Error, parseResult.GetValue(options.FitFormat), "gammagamma", fit, parseResult.GetValue(options.Output)?.FullName);
        });
        return command;
    }
}
