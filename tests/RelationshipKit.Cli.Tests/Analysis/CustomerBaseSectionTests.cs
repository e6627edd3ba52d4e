using System.Text.Json;
using RelationshipKit.Cli.Analysis;

namespace RelationshipKit.Cli.Tests.Analysis;

public class CustomerBaseSectionTests
{
    [Fact]
    public void WriteText_EmbeddedCdnow_Table()
    {
        // Figures are printed rounded (parameters to 3 decimals, likelihoods to 2), which is what the snapshot holds.
        using var writer = new StringWriter { NewLine = "\n" };
        new CustomerBaseSection().Prepare(new AnalysisContext()).WriteText(writer);
        Snapshot.Match(writer.ToString());
    }

    [Fact]
    public void AnalyzeJson_EmbeddedCdnow_ReproducesThePublishedFits()
    {
        var result = CliRunner.Run("analyze", "--format", "json");

        result.ExitCode.Should().Be(0);
        using var document = JsonDocument.Parse(result.Output);
        var section = document.RootElement.GetProperty("customer_base");
        section.GetProperty("customers").GetInt32().Should().Be(2357);
        section.GetProperty("repeat_buyers").GetInt32().Should().Be(946);
        var fits = section.GetProperty("fits").EnumerateArray().ToDictionary(f => f.GetProperty("model").GetString()!);
        fits.Keys.Should().Equal("bgnbd", "mbgnbd", "paretonbd");
        fits.Values.Should().OnlyContain(f => f.GetProperty("converged").GetBoolean());

        // Fader, Hardie & Lee (2005): r 0.243, alpha 4.414, a 0.793, b 2.426, LL -9582.43, from the summarised raw log.
        var bgnbd = fits["bgnbd"].GetProperty("parameters");
        bgnbd.GetProperty("r").GetDouble().Should().BeApproximately(0.243, 0.0005);
        bgnbd.GetProperty("alpha").GetDouble().Should().BeApproximately(4.414, 0.0005);
        bgnbd.GetProperty("a").GetDouble().Should().BeApproximately(0.793, 0.0005);
        bgnbd.GetProperty("b").GetDouble().Should().BeApproximately(2.426, 0.0005);
        fits["bgnbd"].GetProperty("log_likelihood").GetDouble().Should().BeApproximately(-9582.43, 0.01);
        fits["paretonbd"].GetProperty("log_likelihood").GetDouble().Should().BeApproximately(-9594.97, 0.01);
        fits["bgnbd"].GetProperty("holdout_actual").GetDouble().Should().Be(1882);

        var spend = section.GetProperty("spend");
        spend.GetProperty("customers").GetDouble().Should().Be(946);
        spend.GetProperty("excluded_rows").GetInt32().Should().Be(1411);

        section.GetProperty("top_customers").GetArrayLength().Should().Be(10);
        section.GetProperty("p_alive_distribution").EnumerateArray().Sum(b => b.GetProperty("customers").GetInt32()).Should().Be(2357);
        var tiers = section.GetProperty("value_tiers").EnumerateArray().ToList();
        tiers.Sum(t => t.GetProperty("customers").GetInt32()).Should().Be(2357);
        tiers.Sum(t => t.GetProperty("share").GetDouble()).Should().BeApproximately(1, 1e-12);
        tiers.Select(t => t.GetProperty("clv").GetDouble()).Take(3).Should().BeInDescendingOrder();
    }
}
