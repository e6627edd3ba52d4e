using System.CommandLine;
using NodaTime;
using RelationshipKit.Cli.Infrastructure;

namespace RelationshipKit.Cli.Commands.IdicPlan;

/// <summary><c>relationshipkit idic plan</c>: identity clusters, tiers, next allowed contact, open promises and care plans from two CSV files.</summary>
internal static class IdicCommand
{
    public static Command Create()
    {
        var command = new Command("idic", "IDIC (identify, differentiate, interact, customise): plan each customer's care from his channel records and events (plan).");
        command.Subcommands.Add(Plan());
        return command;
    }

    private static Command Plan()
    {
        var customers = new Option<FileInfo>("--customers")
        {
            Required = true,
            Description = "Customer records CSV: record,channel,identifiers[,time_zone,tier,lifecycle_stage,preferred_channels] (see the docs: IDIC plan file formats).",
        };
        var events = new Option<FileInfo>("--events")
        {
            Required = true,
            Description = "Events CSV: event,record,kind,at[,until,detail,channel,purpose,owner]: care events (sale, complaint…), consent, suppression windows, promises (kept ones closed through the library), contacts.",
        };
        var at = new Option<string?>("--at")
        {
            HelpName = "instant",
            Description = "The instant to plan at, ISO 8601 (2026-06-10T08:00:00Z); default now.",
        };
        var trace = new Option<bool>("--trace")
        {
            Description = "Add each customer's decision trace, every decision the IDIC pipeline made (stage, rule, decision, from which data): a section after his care plan in the table, a trace array in JSON; not with --format csv.",
        };
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var output = new Option<FileInfo?>("--output")
        {
            Description = "Write the result to this file (only when the command completes; never a partial file).",
        };
        var command = new Command(
            "plan",
            "Print each customer's identity cluster, tier, treatment, next allowed contact per channel, open promises and care plan (with --trace, the pipeline's decision trace too). A malformed record is reported (file:line:column) and skipped; exit 3 means completed with rejected records.");
        command.Options.Add(customers);
        command.Options.Add(events);
        command.Options.Add(at);
        command.Options.Add(format);
        command.Options.Add(trace);
        command.Options.Add(output);
        command.SetAction(parseResult =>
        {
            var atText = parseResult.GetValue(at);
            Instant instant;
            if (atText is null)
            {
                instant = SystemClock.Instance.GetCurrentInstant();
            }
            else if (!PlanInput.TryInstant(atText, out instant))
            {
                throw new CliUsageException($"--at must be an ISO 8601 instant such as 2026-06-10T08:00:00Z; was \"{atText}\".");
            }

            var withTrace = parseResult.GetValue(trace);
            if (withTrace && parseResult.GetValue(format) == OutputFormat.Csv)
            {
                throw new CliUsageException("--trace prints with --format table or json; CSV has one row per care-plan item and no place for the trace.");
            }

            var input = PlanInput.Read(parseResult.GetValue(customers)!.ToString(), parseResult.GetValue(events)!.ToString());
            var plans = PlanRun.Run(input, instant);
            var text = PlanOutput.Write(parseResult.GetValue(format), plans, instant, input.Rejected, withTrace);
            foreach (var error in input.Errors)
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"error: {error}");
            }

            OutputTarget.Write(parseResult.GetValue(output)?.FullName, parseResult.InvocationConfiguration.Output, text);
            return input.Rejected > 0 ? ExitCodes.CompletedWithRejections : ExitCodes.Success;
        });
        return command;
    }
}
