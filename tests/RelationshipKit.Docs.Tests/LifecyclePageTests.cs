using System.Text.RegularExpressions;
using RelationshipKit.Lifecycle.Graph;
using RelationshipKit.Lifecycle.Presets;

namespace RelationshipKit.Docs.Tests;

/// <summary>The diagrams on docs/concepts/lifecycle-presets.md are what MermaidGraph prints for the presets: the page cannot drift from the code.</summary>
public partial class LifecyclePageTests
{
    public static TheoryData<string> Diagrams => ["sources", "dwyer", "funnel"];

    [Theory]
    [MemberData(nameof(Diagrams))]
    public void PresetsPage_Diagram_IsWhatMermaidGraphPrints(string preset)
    {
        var expected = preset switch
        {
            "sources" => MermaidGraph.Format(LifecyclePresets.Sources().Describe()),
            "dwyer" => MermaidGraph.Format(LifecyclePresets.Dwyer().Describe()),
            _ => MermaidGraph.Format(LifecyclePresets.Funnel().Describe(), GraphDirection.LeftToRight),
        };

        var page = File.ReadAllText(Path.Combine(ReadmeTests.RepoRoot(), "docs", "concepts", "lifecycle-presets.md")).ReplaceLineEndings("\n");
        var match = DiagramBlock().Matches(page).SingleOrDefault(m => m.Groups["name"].Value == preset);

        match.Should().NotBeNull($"the page must hold a '<!-- diagram: {preset} -->' Mermaid block");
        match!.Groups["body"].Value.Should().Be(expected);
    }

    [Fact]
    public void PresetsPage_HasExactlyTheThreeDiagrams()
    {
        var page = File.ReadAllText(Path.Combine(ReadmeTests.RepoRoot(), "docs", "concepts", "lifecycle-presets.md")).ReplaceLineEndings("\n");

        DiagramBlock().Matches(page).Select(m => m.Groups["name"].Value).Should().Equal("sources", "dwyer", "funnel");
    }

    [GeneratedRegex(@"<!-- diagram: (?<name>[a-z]+) -->\n```mermaid\n(?<body>.*?)```\n", RegexOptions.Singleline)]
    private static partial Regex DiagramBlock();
}
