using System.Text.Json;

namespace RelationshipKit.Cli.Tests.Commands.Fit;

public class FitBgBbCommandTests
{
    [Fact]
    public void FitBgBb_Donations_Json_MatchesSnapshot()
    {
        var result = CliRunner.Run("fit", "bgbb", "--input", TestFiles.Data("donations.csv"), "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("log_likelihood").GetDouble().Should().BeApproximately(-33225.58, 0.01);
        json.RootElement.GetProperty("customers").GetDouble().Should().Be(11104);
        json.RootElement.GetProperty("time_unit").GetString().Should().Be("period");
        Snapshot.Match(FitJsonSnapshot.Normalise(result.Output, 3));
    }

    [Fact]
    public void FitBgBb_FractionalRecency_ReportsFileLineAndColumn()
    {
        var path = TestFiles.Temp("frequency,recency,periods,weights\n1,1,6,10\n2,2.5,6,4\n");
        var result = CliRunner.Run("fit", "bgbb", "--input", path);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"error: {path}:3:3: recency must be a whole number of opportunities for BG/BB; row 2 was 2.5.\n");
    }

    [Fact]
    public void FitBgBb_MorePurchasesThanRecency_ReportsTheRow()
    {
        var path = TestFiles.Temp("x,t_x,n\n1,1,6\n0,0,6\n4,3,6\n");
        var result = CliRunner.Run("fit", "bgbb", "--input", path);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"error: {path}:4:1: frequency must not exceed recency (at most one purchase per opportunity); row 3 was 4 with recency 3.\n");
    }

    [Fact]
    public void FitBgBb_ContinuousTimeUnit_IsRejected()
    {
        var result = CliRunner.Run("fit", "bgbb", "--input", TestFiles.Data("donations.csv"), "--time-unit", "week");
        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("error: --time-unit must be period for bgbb, which counts transaction opportunities; was \"week\".\n");
    }
}
