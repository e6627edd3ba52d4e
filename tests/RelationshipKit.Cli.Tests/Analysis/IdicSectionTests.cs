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
        lines.Should().Contain("Consultant matching on a synthetic roster (ewa, piotr, olga, john):");
        lines.Should().Contain("  cc:1       ewa          dedicated-adviser    0.94   style 1, skills 1, load 0.75");
        lines.Should().Contain("  cc:2       olga         best-score           0.86   style 1, skills 1, load 0.38");
        lines.Should().Contain("Service metrics of the sample's synthetic interactions, 2026-06-01T00:00:00Z to 2026-06-10T08:00:00Z:");
        lines.Should().Contain(l => l.StartsWith("  overall ", StringComparison.Ordinal) && l.Contains("   7   3 of 4   ", StringComparison.Ordinal)
            && l.Contains("1 of 2", StringComparison.Ordinal) && l.EndsWith("67% of 3   33 of 3", StringComparison.Ordinal));
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

        var matching = idic.GetProperty("matching").EnumerateArray().ToArray();
        matching.Select(m => m.GetProperty("consultant").GetString()).Should().Equal("ewa", "olga", "john", "piotr");
        matching[0].GetProperty("rule").GetString().Should().Be("dedicated-adviser");
        var terms = matching[1].GetProperty("terms").EnumerateArray().ToArray();
        terms.Select(t => t.GetProperty("name").GetString()).Should().Equal("style", "skills", "load", "age-band");
        terms[3].GetProperty("score").ValueKind.Should().Be(JsonValueKind.Null, "the age band is not scored by default");
        matching[1].GetProperty("score").GetDouble().Should().BeApproximately(
            terms.Take(3).Sum(t => t.GetProperty("weight").GetDouble() * t.GetProperty("score").GetDouble()) / terms.Take(3).Sum(t => t.GetProperty("weight").GetDouble()), 1e-12);

        var service = idic.GetProperty("service");
        service.GetProperty("sample").GetString().Should().Contain("synthetic");
        var overall = service.GetProperty("groups")[0];
        overall.GetProperty("kind").GetString().Should().Be("all");
        overall.GetProperty("contacts").GetInt32().Should().Be(7);
        overall.GetProperty("first_contact_resolution").GetProperty("count").GetInt32().Should().Be(3);
        overall.GetProperty("first_contact_resolution").GetProperty("of").GetInt32().Should().Be(4);
        overall.GetProperty("re_explained_after_transfer").GetProperty("rate").GetDouble().Should().Be(0.5);
        overall.GetProperty("wait_median_seconds").GetDouble().Should().Be(60);
        overall.GetProperty("csat_percent").GetDouble().Should().BeApproximately(200.0 / 3, 1e-9, "2 of the 3 ratings (5, 2, 4) are in the top two boxes");
        overall.GetProperty("nps").GetDouble().Should().BeApproximately(100.0 / 3, 1e-9, "promoters 9 and 10, detractor 4: (2 - 1) / 3");
    }
}
