using System.CommandLine;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Value;
using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Summaries;

namespace RelationshipKit.Cli.Commands.Fit;

/// <summary>
/// The subcommands that fit a continuous-time purchase model (<c>fit bgnbd</c>, <c>fit mbgnbd</c>, <c>fit paretonbd</c>):
/// read the summary CSV in its recorded unit (or <c>--time-unit</c>, default day), fit, and print the fit JSON contract. They differ only in
/// the model, so one factory builds all three.
/// </summary>
internal static class ContinuousFitCommand
{
    /// <summary>Creates the subcommand <paramref name="name"/> that fits with <paramref name="fit"/>.</summary>
    public static Command Create<TModel>(string name, string description, Func<RfmTable, FitOptions, FitResult<TModel>> fit)
        where TModel : class
    {
        var options = new ModelOptions();
        var command = new Command(name, description);
        options.AddFitOptions(command);
        command.SetAction(parseResult =>
        {
            var fitOptions = options.ToFitOptions(parseResult);
            var unit = options.ToCalendarUnit(parseResult, name);
            var data = options.ReadSummaries(parseResult, SummaryLayout.Continuous, unit).Table;
            var result = fit(data, fitOptions);
            var invocation = parseResult.InvocationConfiguration;
            return FitJson.Print(invocation.Output, invocation.Error, parseResult.GetValue(options.FitFormat), name, result, parseResult.GetValue(options.Output)?.FullName);
        });
        return command;
    }
}
