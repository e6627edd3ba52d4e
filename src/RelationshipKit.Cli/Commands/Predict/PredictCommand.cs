using System.CommandLine;

namespace RelationshipKit.Cli.Commands.Predict;

/// <summary>
/// <c>relationshipkit predict MODEL …</c>: applies known or fitted parameters to customer summaries (see
/// <c>Infrastructure/PredictionOutput</c> for the contract). Each model's subcommand lives in its own file in this
/// folder as a static <c>Create()</c> factory and is listed in <see cref="Subcommands"/>.
/// </summary>
internal static class PredictCommand
{
    public static Command Create()
    {
        var command = new Command("predict", "Predict P(alive), expected purchases and lifetime value for each customer from known or fitted parameters.");
        foreach (var subcommand in Subcommands())
        {
            command.Subcommands.Add(subcommand);
        }

        return command;
    }

    private static IEnumerable<Command> Subcommands()
    {
        yield return PredictSbgCommand.Create();
        yield return PredictBgNbdCommand.Create();
        yield return PredictMbgNbdCommand.Create();
        yield return PredictParetoNbdCommand.Create();
        yield return PredictBgBbCommand.Create();
    }
}
