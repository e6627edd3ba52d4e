using System.Text.Json;

namespace RelationshipKit.Cli.Tests.Commands.Predict;

public class PredictParetoNbdCommandTests
{
    private const string Oracle = "r=0.5534,alpha=10.5802,s=0.6061,beta=11.6562";

    [Fact]
    public void PredictParetoNbd_OracleCustomer_Json_MatchesSnapshot()
    {
        // Issue #5: P(alive | x=26, t_x=30.86, T=31) = 0.9979 and E[X(52) | same] = 25.46.
        var path = TestFiles.Temp("customer_id,frequency,recency,T\nA-26,26,30.86,31\nB-2,2,30.43,38.86\nC-0,0,0,38.86\n");
        var result = CliRunner.Run("predict", "paretonbd", "--time-unit", "week", "--input", path, "--parameters", Oracle, "--horizon", "52", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var first = json.RootElement.GetProperty("customers")[0];
        first.GetProperty("id").GetString().Should().Be("A-26");
        first.GetProperty("p_alive").GetDouble().Should().BeApproximately(0.9979, 0.0005);
        first.GetProperty("expected_purchases").GetDouble().Should().BeApproximately(25.46, 0.01);
        Snapshot.Match(RoundedJson.Of(result.Output, new Dictionary<string, int> { ["p_alive"] = 4, ["expected_purchases"] = 4, ["weight"] = 0, ["horizon"] = 0 }));
    }

    [Fact]
    public void PredictParetoNbd_FromFitFile_EqualsKnownParameters()
    {
        var input = TestFiles.Data("cdnow_customers_summary.csv");
        var fitPath = TestFiles.Temp(string.Empty, ".json");
        CliRunner.Run("fit", "paretonbd", "--input", input, "--output", fitPath).ExitCode.Should().Be(0);
        using var fit = JsonDocument.Parse(File.ReadAllText(fitPath));
        var p = fit.RootElement.GetProperty("parameters");
        var parameters = string.Join(",", new[] { "r", "alpha", "s", "beta" }.Select(n => $"{n}={p.GetProperty(n).GetDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture)}"));

        var fromFile = CliRunner.Run("predict", "paretonbd", "--input", input, "--fit", fitPath, "--horizon", "39", "--format", "csv");
        var fromText = CliRunner.Run("predict", "paretonbd", "--input", input, "--parameters", parameters, "--horizon", "39", "--format", "csv");

        fromFile.ExitCode.Should().Be(0);
        fromFile.Output.Should().Be(fromText.Output);
        fromFile.Output.Split('\n')[0].Should().Be("id,weight,p_alive,expected_purchases");
        fromFile.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2358);
    }

    [Fact]
    public void PredictParetoNbd_WithSpend_AddsGammaGammaSpendAndClv()
    {
        // Gamma-Gamma p 6.25, q 3.74, v 15.44 (Fader, Hardie & Lee 2005): x = 2 with mean spend 22.35 expects 24.66.
        var path = TestFiles.Temp("ID,x,t_x,T,zbar\n1,2,30.43,38.86,22.35\n2,0,0,38.86,0\n");
        var result = CliRunner.Run("predict", "paretonbd", "--time-unit", "week", "--input", path, "--parameters", Oracle, "--horizon", "52", "--spend-parameters", "p=6.25,q=3.74,v=15.44", "--discount-rate", "0.1", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var first = json.RootElement.GetProperty("customers")[0];
        first.GetProperty("expected_spend").GetDouble().Should().BeApproximately(24.66, 0.01);
        first.GetProperty("clv").GetDouble().Should().BeInRange(0.9 * 24.66 * 1.8508, 24.66 * 1.8508, "CLV over 52 weeks: the expected purchases times the expected spend, discounted a little");
        json.RootElement.GetProperty("totals").TryGetProperty("clv", out _).Should().BeTrue();
    }

    [Fact]
    public void PredictParetoNbd_BadInput_ExitsTwoWithoutOutput()
    {
        var input = TestFiles.Data("cdnow_customers_summary.csv");

        var missing = CliRunner.Run("predict", "paretonbd", "--input", input, "--horizon", "10");
        missing.ExitCode.Should().Be(2);
        missing.Output.Should().BeEmpty();
        missing.Error.Should().Be("error: give the paretonbd parameters with --parameters \"r=…,alpha=…,s=…,beta=…\" or --fit FIT.json.\n");

        var negative = CliRunner.Run("predict", "paretonbd", "--input", input, "--parameters", "r=-1,alpha=1,s=1,beta=1", "--horizon", "10");
        negative.ExitCode.Should().Be(2);
        negative.Error.Should().Be("error: --parameters: r must be a finite number > 0; was -1.\n");

        var horizon = CliRunner.Run("predict", "paretonbd", "--time-unit", "week", "--input", input, "--parameters", Oracle, "--horizon", "-3");
        horizon.ExitCode.Should().Be(2);
        horizon.Error.Should().Be("error: --horizon must be a finite number >= 0; was -3.\n");

        var wrongModel = TestFiles.Temp("{\"model\":\"bgbb\",\"parameters\":{\"alpha\":1,\"beta\":1,\"gamma\":1,\"delta\":1}}", ".json");
        var mismatch = CliRunner.Run("predict", "paretonbd", "--input", input, "--fit", wrongModel, "--horizon", "10");
        mismatch.ExitCode.Should().Be(2);
        mismatch.Error.Should().Be($"error: {wrongModel}: the document is for model \"bgbb\", not \"paretonbd\".\n");
    }
}
