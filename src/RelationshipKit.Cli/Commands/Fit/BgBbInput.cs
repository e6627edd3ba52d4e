using System.CommandLine;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Value;
using RelationshipKit.Value.Summaries;

namespace RelationshipKit.Cli.Commands.Fit;

/// <summary>Reads the discrete-time input of the <c>bgbb</c> subcommands and reports BG/BB's row rules at the file position.</summary>
internal static class BgBbInput
{
    /// <summary>Reads the summary file; the unit is always a period (one transaction opportunity).</summary>
    public static SummaryTable Read(ParseResult parseResult, ModelOptions options)
    {
        var unit = options.ToTimeUnit(parseResult) ?? TimeUnit.Period;
        if (unit != TimeUnit.Period)
        {
            throw new CliUsageException($"--time-unit must be period for bgbb, which counts transaction opportunities; was \"{parseResult.GetValue(options.TimeUnit)}\".");
        }

        return options.ReadSummaries(parseResult, SummaryLayout.Discrete, TimeUnit.Period);
    }

    /// <summary>Runs <paramref name="body"/>, turning a row the model rejects (non-whole recency or n, x &gt; t_x) into an error at its line and column.</summary>
    public static T AtRows<T>(SummaryTable summaries, Func<T> body)
    {
        try
        {
            return body();
        }
        catch (DataRowException ex)
        {
            throw summaries.Locate(ex);
        }
    }
}
