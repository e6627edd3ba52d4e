using System.Text.Json;
using RelationshipKit.Cli.Analysis;

namespace RelationshipKit.Cli.Tests.Analysis;

public class ValueSectionTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public void WriteText_EmbeddedSample_Table()
    {
        using var writer = new StringWriter { NewLine = "\n" };
        new ValueSection().Prepare(new AnalysisContext()).WriteText(writer);
        Snapshot.Match(writer.ToString());
    }

    [Fact]
    public void AnalyzeJson_EmbeddedSample_ValueProperty()
    {
        var result = CliRunner.Run("analyze", "--format", "json");

        result.ExitCode.Should().Be(0);
        using var document = JsonDocument.Parse(result.Output);
        var value = document.RootElement.GetProperty("value");
        Snapshot.Match(JsonSerializer.Serialize(value, Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
    }

    [Fact]
    public void AnalyzeJson_EmbeddedSample_FlagsTheLossMakingSegment()
    {
        var result = CliRunner.Run("analyze", "--format", "json");

        using var document = JsonDocument.Parse(result.Output);
        var segments = document.RootElement.GetProperty("value").GetProperty("segments").EnumerateArray().ToList();
        segments.Select(s => s.GetProperty("outcome").GetString()).Should().Equal("profit", "profit", "profit", "loss");
        segments[2].GetProperty("revenue").GetRawText().Should().Be("30000");
        segments.Sum(s => s.GetProperty("share").GetDecimal()).Should().BeApproximately(1, 1e-20m);
    }

    [Fact]
    public void AnalyzeTable_ContainsTheValueSection()
    {
        using var writer = new StringWriter { NewLine = "\n" };
        new ValueSection().Prepare(new AnalysisContext()).WriteText(writer);

        var result = CliRunner.Run("analyze");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain(writer.ToString());
    }
}
