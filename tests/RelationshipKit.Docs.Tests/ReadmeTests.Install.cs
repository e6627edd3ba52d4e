using System.Text.RegularExpressions;

namespace RelationshipKit.Docs.Tests;

/// <summary>
/// The README's install commands are what CI runs (eng/check-install.sh); Getting started shows the same commands.
/// </summary>
public partial class ReadmeTests
{
    [Fact]
    public void Install_OnGettingStarted_IsTheReadmesCommands()
    {
        var root = RepoRoot();
        var readme = File.ReadAllText(Path.Combine(root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var page = File.ReadAllText(Path.Combine(root, "docs", "getting-started.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

        var readmeBlocks = InstallBlock().Matches(readme).Select(m => m.Groups["body"].Value).ToList();
        readmeBlocks.Should().HaveCount(2, "README.md marks its pack and add commands with <!-- install:pack --> and <!-- install:add -->");
        var section = page[page.IndexOf("## Install\n", StringComparison.Ordinal)..page.IndexOf("## First code", StringComparison.Ordinal)];
        var pageBlocks = BashBlock().Matches(section).Select(m => m.Groups["body"].Value).ToList();

        pageBlocks.Should().Equal(readmeBlocks);
        readmeBlocks[0].Should().Contain("dotnet pack RelationshipKit.sln -c Release -o ~/relationshipkit-packages");
        readmeBlocks[0].Should().Contain("dotnet nuget add source ~/relationshipkit-packages");
    }

    [GeneratedRegex(@"<!-- install:(?:pack|add) [^>]*-->\n```bash\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex InstallBlock();

    [GeneratedRegex(@"```bash\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex BashBlock();
}
