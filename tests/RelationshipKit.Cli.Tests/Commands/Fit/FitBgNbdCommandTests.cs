using System.Text.Json;

namespace RelationshipKit.Cli.Tests.Commands.Fit;

public class FitBgNbdCommandTests
{
    [Fact]
    public void Fit_Cdnow_Json_MatchesSnapshot()
    {
        // The fit JSON contract at the oracle's precision: r 0.243, α 4.414, a 0.793, b 2.426, LL −9582.43
        // (Fader, Hardie & Lee 2005).
        var result = CliRunner.Run("fit", "bgnbd", "--input", TestFiles.Data("cdnow_customers_summary.csv"), "--time-unit", "week", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        Snapshot.Match(FitJsonSnapshot.Normalise(result.Output, 3));
    }

    [Fact]
    public void Fit_Cdnow_Json_HasTheContractKeysInOrder()
    {
        var result = CliRunner.Run("fit", "bgnbd", "--input", TestFiles.Data("cdnow_customers_summary.csv"));
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal(
            "schema_version", "model", "converged", "status", "message", "parameters", "standard_errors", "log_likelihood", "aic", "bic", "iterations", "gradient_norm", "penalizer", "customers", "excluded_rows", "time_unit");
        json.RootElement.GetProperty("parameters").EnumerateObject().Select(p => p.Name).Should().Equal("r", "alpha", "a", "b");
    }

    [Fact]
    public void Fit_CdnowInDays_ScalesAlphaBySeven()
    {
        var lines = File.ReadAllLines(TestFiles.Data("cdnow_customers_summary.csv"));
        var days = lines.Take(1).Concat(lines.Skip(1).Select(line =>
        {
            var c = line.Split(',');
            double Days(string weeks) => double.Parse(weeks, System.Globalization.CultureInfo.InvariantCulture) * 7;
            return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{c[0]},{c[1]},{Days(c[2]):R},{Days(c[3]):R}");
        }));
        var path = TestFiles.Temp(string.Join("\n", days) + "\n");

        var inDays = CliRunner.Run("fit", "bgnbd", "--input", path, "--time-unit", "day");
        var inWeeks = CliRunner.Run("fit", "bgnbd", "--input", TestFiles.Data("cdnow_customers_summary.csv"));

        inDays.ExitCode.Should().Be(0, inDays.Error);
        using var dayJson = JsonDocument.Parse(inDays.Output);
        using var weekJson = JsonDocument.Parse(inWeeks.Output);
        dayJson.RootElement.GetProperty("time_unit").GetString().Should().Be("day");
        var weeklyAlpha = weekJson.RootElement.GetProperty("parameters").GetProperty("alpha").GetDouble();
        dayJson.RootElement.GetProperty("parameters").GetProperty("alpha").GetDouble().Should().BeApproximately(7 * weeklyAlpha, 7 * weeklyAlpha * 1e-6);
    }

    [Fact]
    public void Fit_RecencyAfterT_ExitsTwoWithFileLineColumnAndNoOutput()
    {
        var path = TestFiles.Temp("ID,frequency,recency,T\n1,2,30.43,38.86\n2,1,40,38\n");

        var result = CliRunner.Run("fit", "bgnbd", "--input", path);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"error: {path}:3:5: recency must be in [0, T]; row 2 was 40 with T 38.\n");
    }

    [Fact]
    public void Fit_NonIntegerFrequency_ExitsTwoAtTheCell()
    {
        var path = TestFiles.Temp("frequency,recency,T\n1.5,3,10\n");

        var result = CliRunner.Run("fit", "bgnbd", "--input", path);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"error: {path}:2:1: frequency must be a whole number in [0, 1000000000]; row 1 was 1.5.\n");
    }

    [Theory]
    [InlineData("bgnbd")]
    [InlineData("mbgnbd")]
    [InlineData("paretonbd")]
    public void Fit_EveryTZero_ExitsTwoWithTheLibraryRuleAndNoParameterSuffix(string model)
    {
        // A table observed for no time has a flat likelihood: every model rejects it instead of "converging" anywhere.
        var path = TestFiles.Temp("frequency,recency,T\n0,0,0\n0,0,0\n");

        var result = CliRunner.Run("fit", model, "--input", path);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be("error: data must have T > 0 in at least one row; every T was 0.\n");
    }

    [Theory]
    [InlineData("1e308,1,2", "2:1: frequency must be a whole number in [0, 1000000000]; row 1 was 1E+308.")]
    [InlineData("1,1e308,1e308", "2:9: T must be a number in [0, 1000000000000]; row 1 was 1E+308.")]
    public void Fit_ValuesBeyondTheTableBounds_ExitTwoAtTheCell(string row, string message)
    {
        var path = TestFiles.Temp("frequency,recency,T\n" + row + "\n0,0,5\n");

        var result = CliRunner.Run("fit", "bgnbd", "--input", path);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"error: {path}:{message}\n");
    }

    [Fact]
    public void Fit_NobodyRepeats_PrintsTheJsonAndExitsOne()
    {
        var path = TestFiles.Temp("frequency,recency,T\n0,0,10\n0,0,20\n0,0,30\n");

        var result = CliRunner.Run("fit", "bgnbd", "--input", path);

        result.ExitCode.Should().Be(1);
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("converged").GetBoolean().Should().BeFalse();
        result.Error.Should().StartWith("warning: the bgnbd fit did not converge (BoundaryEstimate):");
    }

    [Fact]
    public void Fit_MissingColumn_ExitsTwo()
    {
        var path = TestFiles.Temp("frequency,T\n1,10\n");
        var result = CliRunner.Run("fit", "bgnbd", "--input", path);
        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().StartWith($"error: {path}:1:1: the header has no recency column");
    }
}
