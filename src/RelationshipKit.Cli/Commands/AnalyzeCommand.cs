using System.CommandLine;
using RelationshipKit.Cli.Analysis;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Value;

namespace RelationshipKit.Cli.Commands;

/// <summary>
/// <c>relationshipkit analyze</c>: a readable report over the embedded samples (or the user's files).
/// Each report section lives in its own class under Analysis/ and is listed in <see cref="ReportSections"/>.
/// All sections are prepared before anything is printed, so bad input never leaves a partial report.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json);
        var survey = new Option<FileInfo?>("--survey") { Description = "Benefit survey CSV: respondent,benefit,importance,performance (default: the embedded synthetic sample)." };
        var outcomes = new Option<FileInfo?>("--outcomes") { Description = "With --survey: each respondent's outcome (repeat purchases, spend, P(alive)…), CSV respondent,outcome, for stated versus derived importance." };
        var offered = new Option<string?>("--offered")
        {
            Description = "The relationship the company offers, as dimension=score pairs (like bonds classify --profile), compared with each bond-survey respondent's bond (default: a built-in synthetic offer).",
        };
        var bondSurvey = new Option<FileInfo?>("--bond-survey") { Description = "Bond survey CSV: respondent,dimension,score (default: the embedded synthetic sample)." };
        var archetypes = CommonOptions.Archetypes();
        var customerSummary = new Option<FileInfo?>("--customer-summary")
        {
            Description = "Calibration/holdout customer summary CSV for the customer-base section, as 'relationshipkit summarize --calibration-end DATE --amount-column A' writes it (columns id, frequency, recency, T, monetary_value, frequency_holdout, duration_holdout); default: the embedded CDNOW sample.",
        };
        var timeUnit = new Option<string?>("--time-unit") { Description = "With --customer-summary: the unit of its recency, T and duration_holdout when the file does not record one (a time_unit column): day, week or N days (default day). A unit that contradicts the file's is an error." };
        var currency = MoneyText.CurrencyOption();
        currency.Description = "With --customer-summary: ISO 4217 code of its monetary values, for example PLN (default XXX, no currency).";
        var scale = new Option<int>("--scale")
        {
            Description = "Likert scale of the benefit survey: 5 (1-5) or 7 (1-7). Default 5.",
            DefaultValueFactory = _ => 5,
        };
        scale.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value is not (5 or 7))
            {
                result.AddError($"--scale must be 5 or 7; was {value}.");
            }
        });
        var command = new Command("analyze", "Print a report on the embedded samples (or your files): bonds, expectations and benefits of a survey (with competitors and derived importance), value tiers, referral value, customer value.");
        command.Options.Add(survey);
        command.Options.Add(outcomes);
        command.Options.Add(bondSurvey);
        command.Options.Add(offered);
        command.Options.Add(archetypes);
        command.Options.Add(customerSummary);
        command.Options.Add(timeUnit);
        command.Options.Add(currency);
        command.Options.Add(scale);
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            var summaryPath = parseResult.GetValue(customerSummary)?.FullName;
            if (summaryPath is null && (parseResult.GetResult(timeUnit) is { Implicit: false } || parseResult.GetResult(currency) is { Implicit: false }))
            {
                throw new CliUsageException("--time-unit and --currency describe the --customer-summary file; give them with --customer-summary.");
            }

            if (parseResult.GetValue(outcomes) is not null && parseResult.GetValue(survey) is null)
            {
                throw new CliUsageException("--outcomes gives the outcomes of the --survey respondents; give it with --survey.");
            }

            var context = new AnalysisContext
            {
                OutcomesPath = parseResult.GetValue(outcomes)?.FullName,
                Offered = parseResult.GetValue(offered),
                CustomerSummaryPath = summaryPath,
                TimeUnit = SummaryTimeUnit(parseResult.GetValue(timeUnit)),
                Currency = parseResult.GetValue(currency),
                SurveyPath = parseResult.GetValue(survey)?.FullName,
                BondSurveyPath = parseResult.GetValue(bondSurvey)?.FullName,
                ArchetypesPath = parseResult.GetValue(archetypes)?.FullName,
                Scale = parseResult.GetValue(scale),
            };
            var prepared = ReportSections.All.Select(section => (section.Key, Result: section.Prepare(context))).ToList();
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(format) == OutputFormat.Json)
            {
                output.Write(Json.Write(writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("tool_version", CliApplication.Version);
                    foreach (var (key, result) in prepared)
                    {
                        writer.WritePropertyName(key);
                        result.WriteJson(writer);
                    }

                    writer.WriteEndObject();
                }));
            }
            else
            {
                output.WriteLine($"RelationshipKit {CliApplication.Version} analysis");
                foreach (var (_, result) in prepared)
                {
                    output.WriteLine();
                    result.WriteText(output);
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static TimeUnit? SummaryTimeUnit(string? text) =>
        text is null ? null : CommonOptions.CalendarUnit(text, "--time-unit");
}
