using System.Globalization;

namespace RelationshipKit.Cli.Tests.Commands;

/// <summary>
/// The unit travels with the data: summarize in days → fit → predict, with the defaults, gives the same answers as
/// summarize in weeks → fit → predict with the horizon converted (issue #8).
/// </summary>
public sealed class UnitEquivalenceTests : IDisposable
{
    private const double Tolerance = 1e-6;

    private readonly string _directory = Directory.CreateTempSubdirectory("rk-units-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("bgnbd")]
    [InlineData("paretonbd")]
    public void SummarizeFitPredict_InDaysAndInWeeks_GiveTheSamePredictions(string model)
    {
        var days = Run(model, "day", horizon: "364");
        var weeks = Run(model, "week", horizon: "52");

        days.Length.Should().Be(2358);
        weeks.Length.Should().Be(days.Length);
        for (var row = 1; row < days.Length; row++)
        {
            days[row][0].Should().Be(weeks[row][0], "the same customers in the same order");
            for (var column = 2; column < days[row].Length; column++)
            {
                var inDays = double.Parse(days[row][column], CultureInfo.InvariantCulture);
                var inWeeks = double.Parse(weeks[row][column], CultureInfo.InvariantCulture);
                Math.Abs(inDays - inWeeks).Should().BeLessThanOrEqualTo(Tolerance * Math.Max(Math.Abs(inWeeks), 1e-300), $"{days[0][column]} of customer {days[row][0]}");
            }
        }
    }

    [Fact]
    public void Fit_TimeUnitContradictingTheFile_ExitsTwoNamingBoth()
    {
        var summary = Summarize("day");
        var result = CliRunner.Run("fit", "bgnbd", "--input", summary, "--time-unit", "week");
        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"error: {summary}:2:23: the file records its time unit as day, which contradicts the requested unit week; ask for day or for none.\n");
    }

    private string[][] Run(string model, string unit, string horizon)
    {
        var summary = Summarize(unit);
        var fit = Path.Combine(_directory, $"{model}-{unit}.json");
        var fitted = CliRunner.Run("fit", model, "--input", summary, "--output", fit);
        fitted.ExitCode.Should().Be(0, fitted.Error);
        var spend = Path.Combine(_directory, $"spend-{unit}.json");
        CliRunner.Run("fit", "gammagamma", "--input", summary, "--output", spend).ExitCode.Should().Be(0);
        File.ReadAllText(fit).Should().Contain($"\"time_unit\": \"{unit}\"", "the fit records the data's unit");
        var predicted = CliRunner.Run(
            "predict", model, "--input", summary, "--fit", fit, "--horizon", horizon, "--spend-parameters", "p=6.25,q=3.74,v=15.44", "--format", "csv");
        predicted.ExitCode.Should().Be(0, predicted.Error);
        return [.. predicted.Output.TrimEnd('\n').Split('\n').Select(line => line.Split(','))];
    }

    private string Summarize(string unit)
    {
        var path = Path.Combine(_directory, $"summary-{unit}.csv");
        string[] unitOption = unit == "day" ? [] : ["--unit", unit]; // days are the default
        var result = CliRunner.Run(
        [
            "summarize", "--input", TestFiles.Data("CDNOW_sample.txt"), "--no-header", "--customer-column", "2", "--date-column", "3",
            "--amount-column", "5", "--delimiter", "whitespace", "--observation-end", "1997-09-30", "--output", path, .. unitOption,
        ]);
        result.ExitCode.Should().Be(0, result.Error);
        return path;
    }
}
