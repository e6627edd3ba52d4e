using System.CommandLine;
using System.Text.Json;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Lifecycle;
using RelationshipKit.Lifecycle.Presets;
using RelationshipKit.Lifecycle.Serialization;

namespace RelationshipKit.Cli.Commands.Lifecycle;

/// <summary>
/// <c>relationshipkit lifecycle verify --history HISTORY.json --preset sources|dwyer|funnel</c>: reads a history written
/// by <c>LifecycleJson.SerializeHistory</c>, checks its hash chain and replays it against the preset. Exit 0 with the
/// rebuilt state, 1 with the first bad entry, 2 for a file that is not a history of that lifecycle (malformed JSON, a
/// newer schema, another definition), naming the file, line and column where JSON gives them.
/// </summary>
internal static class LifecycleVerifyCommand
{
    public static Command Create()
    {
        var history = new Option<FileInfo>("--history") { Description = "A lifecycle history JSON file (LifecycleJson.SerializeHistory).", Required = true };
        var preset = new Option<string>("--preset")
        {
            HelpName = "sources|dwyer|funnel",
            Description = "The lifecycle the history was written under (its name must match the file's definition).",
            DefaultValueFactory = _ => "sources",
        };
        preset.AcceptOnlyFromAmong("sources", "dwyer", "funnel");
        var command = new Command("verify", "Check a lifecycle history file: its hash chain, its order, and that the preset allows every step; print the rebuilt state.");
        command.Options.Add(history);
        command.Options.Add(preset);
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(history)!.ToString(); // Required option: the parser rejects a command line without it.
            var output = parseResult.InvocationConfiguration.Output;
            return parseResult.GetValue(preset) switch
            {
                "dwyer" => Verify(path, LifecyclePresets.Dwyer(), output),
                "funnel" => Verify(path, LifecyclePresets.Funnel(), output),
                _ => Verify(path, LifecyclePresets.Sources(), output),
            };
        });
        return command;
    }

    private static int Verify<TStage, TTrigger>(string path, LifecycleDefinition<TStage, TTrigger> definition, TextWriter output)
        where TStage : struct, Enum
        where TTrigger : struct, Enum
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot read {path}: {ex.Message}", ex);
        }

        LifecycleHistory<TStage, TTrigger> read;
        try
        {
            read = LifecycleJson.DeserializeHistory(definition, text);
        }
        catch (JsonException ex)
        {
            var reason = ex.Message.IndexOf(" Path:", StringComparison.Ordinal) is var cut and > 0 ? ex.Message[..cut] : ex.Message;
            reason = reason.IndexOf(" LineNumber:", StringComparison.Ordinal) is var lineCut and > 0 ? reason[..lineCut] : reason;
            throw ex.LineNumber is { } line
                ? CliUsageException.AtPosition(path, line + 1, (int)(ex.BytePositionInLine ?? 0) + 1, reason)
                : new CliUsageException($"{path}: {reason}{(ex.Path is { Length: > 1 } at ? $" (at {at})" : string.Empty)}", ex);
        }

        var replay = definition.Replay(read);
        var json = Json.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("definition", definition.Name);
            writer.WriteNumber("entries", read.Count);
            writer.WriteBoolean("valid", replay.IsValid);
            if (replay.IsValid)
            {
                var state = definition.ToData(replay.State);
                writer.WriteString("customer_id", state.CustomerId);
                writer.WriteString("stage", state.Stage);
                writer.WriteNumber("version", state.Version);
                writer.WriteNumber("episode", state.Episode);
                writer.WriteString("entered_at", state.EnteredAt.ToString());
                writer.WriteNull("problem");
            }
            else
            {
                writer.WriteStartObject("problem");
                writer.WriteNumber("entry", replay.Problem!.Index + 1); // not null: the replay is invalid
                writer.WriteNumber("sequence", replay.Problem.Sequence);
                writer.WriteString("message", replay.Problem.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        });
        output.Write(json);
        return replay.IsValid ? ExitCodes.Success : ExitCodes.NoUsableAnswer;
    }
}
