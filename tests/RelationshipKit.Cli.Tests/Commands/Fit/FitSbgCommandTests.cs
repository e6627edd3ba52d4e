using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RelationshipKit.Cli.Tests.Commands.Fit;

public class FitSbgCommandTests
{
    private const string Regular = "1000,631,468,382,326,289,262,241";
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public void FitSbg_Regular_PrintsTheFitJsonContract()
    {
        // Fader & Hardie (2007), regular segment: alpha ≈ 0.704, beta ≈ 1.182, LL ≈ −1680.27.
        var result = CliRunner.Run("fit", "sbg", "--survivors", Regular, "--format", "json");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        Snapshot.Match(Rounded(result.Output));
    }

    [Fact]
    public void FitSbg_DefaultFormat_IsJson_AndTableIsAvailable()
    {
        var json = CliRunner.Run("fit", "sbg", "--survivors", Regular);
        using var document = JsonDocument.Parse(json.Output);
        document.RootElement.GetProperty("model").GetString().Should().Be("sbg");
        document.RootElement.GetProperty("customers").GetDouble().Should().Be(1000);
        document.RootElement.GetProperty("time_unit").GetString().Should().Be("period");

        var table = CliRunner.Run("fit", "sbg", "--survivors", Regular, "--format", "table");
        table.ExitCode.Should().Be(0);
        table.Output.Should().Contain("sbg fit (converged)").And.Contain("alpha").And.Contain("beta");
    }

    [Fact]
    public void FitSbg_NobodyChurns_ExitsOneWithTheJson()
    {
        var result = CliRunner.Run("fit", "sbg", "--survivors", "1000,1000,1000", "--format", "json");

        result.ExitCode.Should().Be(1);
        using var document = JsonDocument.Parse(result.Output);
        document.RootElement.GetProperty("converged").GetBoolean().Should().BeFalse();
        document.RootElement.GetProperty("standard_errors").GetProperty("alpha").ValueKind.Should().Be(JsonValueKind.Null);
        result.Error.Should().StartWith("warning: the sbg fit did not converge (BoundaryEstimate): No customer churned:");
    }

    [Fact]
    public void FitSbg_EverybodyChurnsAtOnce_ExitsOneWithTheJson()
    {
        var result = CliRunner.Run("fit", "sbg", "--survivors", "1000,0,0");

        result.ExitCode.Should().Be(1);
        JsonDocument.Parse(result.Output).RootElement.GetProperty("converged").GetBoolean().Should().BeFalse();
    }

    [Theory]
    [InlineData("1000,631,700", "error: --survivors: survivors must never increase; value 3 was 700 after 631.")]
    [InlineData("1000,-5,-6", "error: --survivors: survivors must be finite numbers >= 0; value 2 was -5.")]
    [InlineData("1000,631", "error: --survivors: survivors must hold the cohort size and at least two periods (3 values or more); was 2 values.")]
    [InlineData("1000,six,5", "error: --survivors must be numbers separated by commas; value 2 was \"six\".")]
    public void FitSbg_InvalidCurve_ExitsTwoWithoutOutput(string survivors, string error)
    {
        var result = CliRunner.Run("fit", "sbg", "--survivors", survivors);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Split('\n')[0].Should().Be(error);
    }

    [Fact]
    public void FitSbg_OutputFile_IsWrittenAndReadByPredict()
    {
        var path = Path.Combine(Path.GetTempPath(), "rk-sbg-fit-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            CliRunner.Run("fit", "sbg", "--survivors", Regular, "--output", path).ExitCode.Should().Be(0);
            var predict = CliRunner.Run("predict", "sbg", "--fit", path, "--periods", "3");
            predict.ExitCode.Should().Be(0);
            using var document = JsonDocument.Parse(predict.Output);
            document.RootElement.GetProperty("parameters").GetProperty("alpha").GetDouble().Should().BeApproximately(0.704, 0.0005);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Rounds the fitted figures to the digits the test claims, so the snapshot does not pin optimiser noise.</summary>
    private static string Rounded(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        static JsonNode Round(JsonNode? value, int digits) => JsonValue.Create(Math.Round(value!.GetValue<double>(), digits))!;
        foreach (var group in new[] { "parameters", "standard_errors" })
        {
            var obj = node[group]!.AsObject();
            foreach (var name in obj.Select(p => p.Key).ToList())
            {
                obj[name] = Round(obj[name], 3);
            }
        }

        foreach (var name in new[] { "log_likelihood", "aic", "bic" })
        {
            node[name] = Round(node[name], 2);
        }

        node["iterations"] = node["iterations"]!.GetValue<int>() is > 0 and < 100 ? "1..99" : "out of range";
        node["gradient_norm"] = node["gradient_norm"]!.GetValue<double>() < 1e-6 ? "below 1e-6" : node["gradient_norm"]!.GetValue<double>().ToString(CultureInfo.InvariantCulture);
        return node.ToJsonString(Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }
}
