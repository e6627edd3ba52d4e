using System.CommandLine;
using RelationshipKit.Value.Models.BgNbd;
using RelationshipKit.Value.Models.MbgNbd;
using RelationshipKit.Value.Models.ParetoNbd;

namespace RelationshipKit.Cli.Commands.Fit;

/// <summary>
/// <c>relationshipkit fit MODEL …</c>: fits a model and prints the fit JSON contract (see <c>Infrastructure/FitJson</c>).
/// The continuous-time purchase models share <see cref="ContinuousFitCommand"/>; the others (sbg, gammagamma, bgbb) read
/// different input and live in their own files as static <c>Create()</c> factories. All are listed in
/// <see cref="Subcommands"/>. A subcommand typically: creates a <c>ModelOptions</c>, adds its fit options, reads the
/// input with <c>ModelOptions.ReadSummaries(…)</c>, fits, and returns <c>FitJson.Print(…)</c>.
/// </summary>
internal static class FitCommand
{
    public static Command Create()
    {
        var command = new Command("fit", "Fit a customer-value model by maximum likelihood and print its parameters, standard errors and diagnostics.");
        foreach (var subcommand in Subcommands())
        {
            command.Subcommands.Add(subcommand);
        }

        return command;
    }

    private static IEnumerable<Command> Subcommands()
    {
        yield return FitSbgCommand.Create();
        yield return ContinuousFitCommand.Create(
            "bgnbd",
            "Fit the BG/NBD model (Fader, Hardie & Lee 2005) to customer summaries: frequency, recency, T and optional weights, in the file's unit (or --time-unit, default day).",
            (data, options) => BgNbdModel.Fit(data, options));
        yield return ContinuousFitCommand.Create(
            "mbgnbd",
            "Fit the MBG/NBD model (Batislam, Denizel & Filiztekin 2007) to customer summaries: frequency, recency, T and optional weights, in the file's unit (or --time-unit, default day).",
            (data, options) => MbgNbdModel.Fit(data, options));
        yield return FitGammaGammaCommand.Create();
        yield return ContinuousFitCommand.Create(
            "paretonbd",
            "Fit the Pareto/NBD model (Schmittlein, Morrison & Colombo 1987) to continuous-time summaries: parameters r, alpha, s, beta.",
            (data, options) => ParetoNbdModel.Fit(data, options));
        yield return FitBgBbCommand.Create();
    }
}
