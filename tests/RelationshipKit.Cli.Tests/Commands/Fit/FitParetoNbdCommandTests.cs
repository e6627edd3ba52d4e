using System.Text.Json;

namespace RelationshipKit.Cli.Tests.Commands.Fit;

public class FitParetoNbdCommandTests
{
    [Fact]
    public void FitParetoNbd_Cdnow_Json_MatchesSnapshot()
    {
        var result = CliRunner.Run("fit", "paretonbd", "--input", TestFiles.Data("cdnow_customers_summary.csv"), "--time-unit", "week", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("log_likelihood").GetDouble().Should().BeApproximately(-9594.97, 0.01);
        json.RootElement.GetProperty("gradient_norm").GetDouble().Should().BeLessThan(1e-6);
        Snapshot.Match(FitJsonSnapshot.Normalise(result.Output, 3));
    }

    [Fact]
    public void FitParetoNbd_Days_ScalesTheRates()
    {
        var days = TestFiles.Temp("ID,frequency,recency,T\n1,2,213.01,272.02\n2,0,0,272.02\n3,5,100,200\n4,1,7,150\n5,0,0,100\n6,3,140,190\n");
        var result = CliRunner.Run("fit", "paretonbd", "--input", days, "--time-unit", "day", "--format", "json");
        result.ExitCode.Should().BeOneOf(0, 1);
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("time_unit").GetString().Should().Be("day");
        json.RootElement.GetProperty("customers").GetDouble().Should().Be(6);
    }

    [Fact]
    public void FitParetoNbd_IterationLimit_PrintsJsonAndExitsOne()
    {
        var result = CliRunner.Run("fit", "paretonbd", "--input", TestFiles.Data("cdnow_customers_summary.csv"), "--max-iterations", "2");

        result.ExitCode.Should().Be(1);
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("converged").GetBoolean().Should().BeFalse();
        result.Error.Should().StartWith("warning: the paretonbd fit did not converge (IterationLimitReached)");
    }

    [Fact]
    public void FitParetoNbd_Table_ShowsEstimates()
    {
        var result = CliRunner.Run("fit", "paretonbd", "--input", TestFiles.Data("cdnow_customers_summary.csv"), "--time-unit", "week", "--format", "table");
        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("paretonbd fit (converged)").And.Contain("alpha").And.Contain("time unit week");
    }

    [Fact]
    public void FitParetoNbd_RecencyBeyondT_ReportsFileLineAndColumnAndPrintsNothing()
    {
        var path = TestFiles.Temp("frequency,recency,T\n1,5,10\n2,12,10\n");
        var result = CliRunner.Run("fit", "paretonbd", "--input", path);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"error: {path}:3:3: recency must be in [0, T]; row 2 was 12 with T 10.\n");
    }

    [Fact]
    public void FitParetoNbd_BadOptions_ExitTwo()
    {
        var input = TestFiles.Data("cdnow_customers_summary.csv");
        CliRunner.Run("fit", "paretonbd", "--input", input, "--penalizer", "-1").Error.Should().Be("error: --penalizer must be a finite number >= 0; was -1.\n");
        CliRunner.Run("fit", "paretonbd", "--input", input, "--time-unit", "fortnight").Error.Should().Be("error: --time-unit must be day, week, period or N days; was \"fortnight\".\n");
        CliRunner.Run("fit", "paretonbd", "--input", input, "--time-unit", "fortnight").ExitCode.Should().Be(2);
        CliRunner.Run("fit", "paretonbd").ExitCode.Should().Be(2);
    }
}
