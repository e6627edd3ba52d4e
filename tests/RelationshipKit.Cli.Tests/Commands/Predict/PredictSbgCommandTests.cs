using System.Text.Json;

namespace RelationshipKit.Cli.Tests.Commands.Predict;

public class PredictSbgCommandTests
{
    private const string Published = "alpha=0.704,beta=1.182";

    [Fact]
    public void PredictSbg_PublishedParameters_PrintsTheJsonContract()
    {
        var result = CliRunner.Run("predict", "sbg", "--parameters", Published, "--periods", "12", "--discount-rate", "0.1", "--renewals", "3", "--format", "json");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        Snapshot.Match(result.Output);
    }

    [Fact]
    public void PredictSbg_Json_HoldsRetentionSurvivalDelAndDerl()
    {
        var result = CliRunner.Run("predict", "sbg", "--parameters", Published, "--renewals", "3");

        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        root.GetProperty("retention").GetArrayLength().Should().Be(12);
        root.GetProperty("survival").GetArrayLength().Should().Be(12);
        root.GetProperty("retention")[0].GetDouble().Should().BeApproximately(1.182 / 1.886, 1e-15);
        root.GetProperty("survival")[6].GetDouble().Should().BeApproximately(0.239050641693244411, 1e-15);
        root.GetProperty("del").GetDouble().Should().BeApproximately(3.69514740557457410, 1e-13);
        root.GetProperty("derl").GetDouble().Should().BeApproximately(5.44239132212039544, 1e-13);
        root.TryGetProperty("expected_survivors", out _).Should().BeFalse();
    }

    [Fact]
    public void PredictSbg_CohortSize_AddsExpectedSurvivors_InEveryFormat()
    {
        var json = CliRunner.Run("predict", "sbg", "--parameters", Published, "--periods", "2", "--cohort-size", "1000");
        using var document = JsonDocument.Parse(json.Output);
        document.RootElement.GetProperty("expected_survivors")[1].GetDouble().Should().BeApproximately(473.842714563817427, 1e-10);

        var csv = CliRunner.Run("predict", "sbg", "--parameters", Published, "--periods", "2", "--cohort-size", "1000", "--format", "csv");
        csv.Output.Split('\n')[0].Should().Be("period,retention,survival,expected_survivors");
        csv.Output.Split('\n').Should().HaveCount(4);

        var table = CliRunner.Run("predict", "sbg", "--parameters", Published, "--periods", "5", "--cohort-size", "1000", "--format", "table");
        Snapshot.Match(table.Output);
    }

    [Theory]
    [InlineData(new[] { "--parameters", "alpha=-1,beta=1" }, "error: sbg parameters: alpha must be a finite number > 0; was -1.")]
    [InlineData(new[] { "--parameters", "alpha=1" }, "error: --parameters: missing parameter(s) beta; expected alpha=…, beta=….")]
    [InlineData(new[] { "--parameters", Published, "--discount-rate", "0" }, "error: --discount-rate must be > 0 when alpha <= 1 (the undiscounted expected lifetime is infinite); was 0 with alpha 0.704.")]
    [InlineData(new[] { "--parameters", Published, "--discount-rate", "-0.1" }, "error: --discount-rate must be a finite number >= 0; was -0.1.")]
    [InlineData(new[] { "--parameters", Published, "--periods", "0" }, "error: --periods must be >= 1; was 0.")]
    [InlineData(new[] { "--parameters", Published, "--renewals", "-2" }, "error: --renewals must be >= 0; was -2.")]
    [InlineData(new string[0], "error: give the sbg parameters with --parameters \"alpha=…,beta=…\" or --fit FIT.json.")]
    public void PredictSbg_BadInput_ExitsTwoWithoutOutput(string[] options, string error)
    {
        var result = CliRunner.Run(["predict", "sbg", .. options]);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Split('\n')[0].Should().Be(error);
    }

    [Fact]
    public void PredictSbg_ZeroDiscountWithAlphaAboveOne_IsTheExpectedLifetime()
    {
        var result = CliRunner.Run("predict", "sbg", "--parameters", "alpha=3,beta=2", "--discount-rate", "0", "--renewals", "2");

        using var document = JsonDocument.Parse(result.Output);
        document.RootElement.GetProperty("del").GetDouble().Should().Be(2);
        document.RootElement.GetProperty("derl").GetDouble().Should().Be(2);
    }
}
