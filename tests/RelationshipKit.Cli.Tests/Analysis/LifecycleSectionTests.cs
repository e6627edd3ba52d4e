using System.Text.Json;
using RelationshipKit.Cli.Analysis;

namespace RelationshipKit.Cli.Tests.Analysis;

public class LifecycleSectionTests
{
    [Fact]
    public void WriteText_EmbeddedCdnow_Table()
    {
        using var writer = new StringWriter { NewLine = "\n" };
        new LifecycleSection().Prepare(new AnalysisContext()).WriteText(writer);
        Snapshot.Match(writer.ToString());
    }

    [Fact]
    public void AnalyzeJson_EmbeddedCdnow_FunnelCountsAndWhatPurchaseDataCannotShow()
    {
        var result = CliRunner.Run("analyze", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var document = JsonDocument.Parse(result.Output);
        var section = document.RootElement.GetProperty("lifecycle");
        section.GetProperty("as_of").GetString().Should().Be("1997-09-30");
        var counts = section.GetProperty("counts");
        var total = counts.EnumerateObject().Sum(c => c.Value.GetInt32());
        total.Should().Be(2357, "every CDNOW customer is placed once");
        counts.GetProperty("first_purchase").GetInt32().Should().Be(1411, "the 1,411 customers without a repeat purchase (BG/NBD never calls them lapsed)");
        section.GetProperty("not_from_purchase_data").EnumerateArray().Select(e => e.GetString()).Should()
            .Equal("prospect", "won_back", "exploration", "awareness", "expansion", "commitment", "dissolution");
    }
}
