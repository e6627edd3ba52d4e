using System.CommandLine;
using RelationshipKit.Cli.Infrastructure;

namespace RelationshipKit.Cli.Commands;

/// <summary>
/// <c>relationshipkit analyze</c>: a readable report over the embedded samples (or the user's files).
/// Each report section lives in its own class under Analysis/ and is called from here.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("analyze", "Print a report on the embedded samples: bonds and benefits of a synthetic survey, and more as features land.");
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var chosen = parseResult.GetValue(format);
            if (chosen == OutputFormat.Json)
            {
                output.Write(Json.Write(writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteEndObject();
                }));
            }
            else
            {
                output.WriteLine("RelationshipKit analysis");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
