namespace RelationshipKit.Docs.Tests;

/// <summary>The printed results on the IDIC concept pages are what the code prints.</summary>
public class IdicPagesTests
{
    [Fact]
    public async Task IdicPage_TraceBlock_IsWhatThePipelineSnippetPrints()
    {
        var page = File.ReadAllText(Path.Combine(ReadmeTests.RepoRoot(), "docs", "concepts", "idic.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var block = page.Split("```text\n")[1].Split("```")[0].Trim();

        var trace = await Snippets.IdicSnippets.PipelineTrace();

        // The page wraps the trace at 80 characters, as every code block on the site, continuation lines indented.
        DocsPage.Wrap(trace, hangingIndent: 2).Trim().Should().Be(block);
    }

    [Fact]
    public void IdentityPage_LinkBlock_IsWhatTheResolveSnippetPrints()
    {
        var page = File.ReadAllText(Path.Combine(ReadmeTests.RepoRoot(), "docs", "concepts", "identity.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var block = page.Split("```text\n")[1].Split("```")[0].Trim();

        block.Should().Be("shop:7 linked to cc:3 by phone +48*******67\nweb:1 linked to cc:3 by e-mail a***@e***.com");
    }
}
