using System.Text.Json;

namespace RelationshipKit.Cli.Tests.Analysis;

public class IdicSectionTests
{
    [Fact]
    public void Analyze_IdicSection_PlansTheSyntheticContactCentreSample()
    {
        var result = CliRunner.Run("analyze");

        result.ExitCode.Should().Be(0, result.Error);
        var section = result.Output[result.Output.IndexOf("IDIC: identify", StringComparison.Ordinal)..];
        var lines = section.Split('\n');
        lines[1].Should().StartWith("Sample: a synthetic contact-centre sample built into the tool (not real data)");
        lines[2].Should().Be("6 records resolved into 4 customers; 'relationshipkit idic plan' prints the full plans.");
        lines.Should().Contain("  cc:1       most-valuable   most-valuable   -                   5 of 5    thank-you-call         2026-06-10T18:30:00Z");
        lines.Should().Contain("cc:1: relationship type dedicated-personal-assistance; records cc:1, web:1.");
    }

    [Fact]
    public void Analyze_IdicSection_Json()
    {
        var result = CliRunner.Run("analyze", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var idic = json.RootElement.GetProperty("idic");
        idic.GetProperty("sample").GetString().Should().Contain("synthetic");
        idic.GetProperty("records").GetInt32().Should().Be(6);
        var customers = idic.GetProperty("customers").EnumerateArray().ToArray();
        customers.Should().HaveCount(4);
        customers[1].GetProperty("overdue_promises").GetInt32().Should().Be(1);
        customers[1].GetProperty("next_care_activity").ValueKind.Should().Be(JsonValueKind.Null);
        customers[2].GetProperty("next_care_activity").GetProperty("scheduled").GetString().Should().Be("2026-06-10T12:00:00Z");
    }
}
