using System.Text.Json;

namespace RelationshipKit.Cli.Tests.Commands.Predict;

public class PredictMbgNbdCommandTests
{
    [Fact]
    public void Predict_CdnowCustomer_MatchesLifetimes()
    {
        // lifetimes 0.11.3 ModifiedBetaGeoFitter at its CDNOW estimates: E[Y(39) | 2, 30.43, 38.86] = 1.26267, P(alive) = 0.70613.
        var path = TestFiles.Temp("frequency,recency,T\n2,30.43,38.86\n");

        var result = CliRunner.Run("predict", "mbgnbd", "--time-unit", "week", "--input", path, "--parameters", "r=0.5248377255676664,alpha=6.1829884791339715,a=0.8913562809311414,b=1.6140000256721279", "--horizon", "39", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var customer = json.RootElement.GetProperty("customers")[0];
        customer.GetProperty("id").GetString().Should().Be("1");
        customer.GetProperty("expected_purchases").GetDouble().Should().BeApproximately(1.26267, 1e-5);
        customer.GetProperty("p_alive").GetDouble().Should().BeApproximately(0.70613, 1e-5);
    }

    [Fact]
    public void Predict_FitFileOfAnotherModel_ExitsTwo()
    {
        var fit = TestFiles.Temp("{\"model\":\"bgnbd\",\"parameters\":{\"r\":1,\"alpha\":1,\"a\":1,\"b\":1}}", ".json");
        var result = CliRunner.Run("predict", "mbgnbd", "--input", TestFiles.Data("cdnow_customers_summary.csv"), "--fit", fit, "--horizon", "10");
        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"error: {fit}: the document is for model \"bgnbd\", not \"mbgnbd\".\n");
    }
}
