using System.CommandLine;

namespace RelationshipKit.Cli.Commands.Fit;

/// <summary>
/// <c>relationshipkit fit MODEL …</c>: fits a model and prints the fit JSON contract (see <c>Infrastructure/FitJson</c>).
/// Each model's subcommand lives in its own file in this folder as a static <c>Create()</c> factory and is listed in
/// <see cref="Subcommands"/>. A subcommand typically: creates a <c>ModelOptions</c>, adds its fit options, reads the
/// input with <c>SummaryCsv.Read(…).ToRfmTable(unit)</c>, fits, and returns <c>FitJson.Print(…)</c>.
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
        yield return FitBgNbdCommand.Create();
        yield return FitMbgNbdCommand.Create();
        yield return FitGammaGammaCommand.Create();
        yield return FitParetoNbdCommand.Create();
        yield return FitBgBbCommand.Create();
    }
}
