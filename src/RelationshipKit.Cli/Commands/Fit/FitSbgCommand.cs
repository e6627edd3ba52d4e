using System.CommandLine;
using System.Globalization;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Value;
using RelationshipKit.Value.Models.Sbg;

namespace RelationshipKit.Cli.Commands.Fit;

/// <summary>
/// <c>relationshipkit fit sbg --survivors 1000,631,468,…</c>: fits the shifted-beta-geometric model (Fader &amp; Hardie
/// 2007) to a survival curve and prints the fit JSON contract (<see cref="FitJson"/>; <c>customers</c> is the
/// cohort size and <c>time_unit</c> is <c>period</c>). Exit 1 with the JSON when the maximum is on the boundary.
/// </summary>
internal static class FitSbgCommand
{
    public static Command Create()
    {
        var models = new ModelOptions();
        var survivors = new Option<string>("--survivors")
        {
            Description = "Customers still active at the start of each period, comma-separated, the first being the cohort size (for example 1000,631,468,382).",
            Required = true,
        };
        var command = new Command("sbg", "Fit the shifted-beta-geometric retention model (Fader & Hardie 2007) to a cohort's survival curve.");
        command.Options.Add(survivors);
        command.Options.Add(models.Penalizer);
        command.Options.Add(models.MaxIterations);
        command.Options.Add(models.FitFormat);
        command.Options.Add(models.Output);
        command.SetAction(parseResult =>
        {
            var curve = ParseSurvivors(parseResult.GetValue(survivors) ?? string.Empty);
            var options = models.ToFitOptions(parseResult);
            Value.Fitting.FitResult<SbgModel> fit;
            try
            {
                fit = SbgModel.Fit(curve, options);
            }
            catch (DataRowException ex)
            {
                throw new CliUsageException($"--survivors: {LibraryErrors.FirstSentence(ex.Message).Replace(" row ", " value ", StringComparison.Ordinal)}", ex);
            }
            catch (ArgumentException ex) when (ex.ParamName == "survivors")
            {
                throw new CliUsageException($"--survivors: {LibraryErrors.FirstSentence(ex.Message)}", ex);
            }

            return FitJson.Print(
                parseResult.InvocationConfiguration.Output,
                parseResult.InvocationConfiguration.Error,
                parseResult.GetValue(models.FitFormat),
                "sbg",
                fit,
                parseResult.GetValue(models.Output)?.FullName);
        });
        return command;
    }

    /// <summary>Parses the comma-separated survivor counts invariantly.</summary>
    internal static double[] ParseSurvivors(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var values = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
            {
                throw new CliUsageException($"--survivors must be numbers separated by commas; value {i + 1} was \"{parts[i]}\".");
            }
        }

        return values;
    }
}
