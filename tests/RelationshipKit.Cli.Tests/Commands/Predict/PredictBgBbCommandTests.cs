using System.Text.Json;

namespace RelationshipKit.Cli.Tests.Commands.Predict;

public class PredictBgBbCommandTests
{
    private const string Donations = "alpha=1.203522393608002,beta=0.7497163581757513,gamma=0.6567181695499895,delta=2.783441982887859";

    [Fact]
    public void PredictBgBb_Donations_MatchesFaderHardieShang2010()
    {
        // Issue #5: Σ weight × E[purchases in the next 5 opportunities] = 12 884.2 (±1.5); P(alive at 7) for
        // (0,0), (2,4), (6,6) = 0.11, 0.59, 0.93.
        var result = CliRunner.Run("predict", "bgbb", "--input", TestFiles.Data("donations.csv"), "--parameters", Donations, "--horizon", "5", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        root.GetProperty("totals").GetProperty("expected_purchases").GetDouble().Should().BeApproximately(12884.2, 1.5);
        root.GetProperty("totals").GetProperty("weight").GetDouble().Should().Be(11104);
        var customers = root.GetProperty("customers");
        customers[0].GetProperty("p_alive").GetDouble().Should().BeApproximately(0.11, 0.005);
        customers[9].GetProperty("p_alive").GetDouble().Should().BeApproximately(0.59, 0.005);
        customers[21].GetProperty("p_alive").GetDouble().Should().BeApproximately(0.93, 0.005);
        customers[21].GetProperty("id").GetString().Should().Be("22");
        Snapshot.Match(RoundedJson.Of(result.Output, new Dictionary<string, int> { ["p_alive"] = 4, ["expected_purchases"] = 4, ["weight"] = 0, ["horizon"] = 0 }));
    }

    [Fact]
    public void PredictBgBb_FractionalHorizon_ExitsTwo()
    {
        var result = CliRunner.Run("predict", "bgbb", "--input", TestFiles.Data("donations.csv"), "--parameters", Donations, "--horizon", "2.5");
        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be("error: --horizon must be a whole number of opportunities >= 0 for bgbb; was 2.5.\n");
    }

    [Fact]
    public void PredictBgBb_FractionalPeriods_ReportsFileLineAndColumn()
    {
        var path = TestFiles.Temp("frequency,recency,periods\n1,1,6\n1,1,6.5\n");
        var result = CliRunner.Run("predict", "bgbb", "--input", path, "--parameters", Donations, "--horizon", "5");
        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"error: {path}:3:5: T (opportunities n) must be a whole number for BG/BB; row 2 was 6.5.\n");
    }
}
