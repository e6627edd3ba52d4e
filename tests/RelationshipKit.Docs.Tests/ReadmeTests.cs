using System.Text.RegularExpressions;

namespace RelationshipKit.Docs.Tests;

/// <summary>Keeps the README's quick start honest: it must be the compiled, tested snippet below, word for word.</summary>
[Collection(ConsoleCollection.Name)]
public partial class ReadmeTests
{
    [Fact]
    public void QuickStart_RunsAndPrintsTheLifetimeSpend()
    {
        using var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            QuickStart();
        }
        finally
        {
            Console.SetOut(original);
        }

        output.ToString().Trim().Should().Be("00042: 30000 PLN");
    }

    [Fact]
    public void QuickStart_InReadme_MatchesThisFile()
    {
        var root = RepoRoot();
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        var fence = ReadmeBlock().Match(readme);
        fence.Success.Should().BeTrue("README.md has the readme-quickstart snippet block");
        var source = File.ReadAllText(Path.Combine(root, "tests", "RelationshipKit.Docs.Tests", "ReadmeTests.cs"));
        var region = SourceRegion().Match(source);
        region.Success.Should().BeTrue();
        var expected = "using RelationshipKit;\n\n" + Dedent(region.Groups["body"].Value);
        fence.Groups["body"].Value.Replace("\r\n", "\n", StringComparison.Ordinal).Trim().Should().Be(expected.Trim());
    }

    private static void QuickStart()
    {
        #region readme-quickstart
        var customer = new CustomerId("00042");
        var spend = new Money(1000m, Currency.Pln) * 6m * 5m;   // 30 000 PLN over five years
        Console.WriteLine($"{customer}: {spend}");
        #endregion
    }

    internal static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RelationshipKit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("RelationshipKit.sln not found above the test output directory.");
    }

    private static string Dedent(string body)
    {
        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n').Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    [GeneratedRegex(@"<!-- snippet: readme-quickstart[^>]*-->\s*```csharp\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ReadmeBlock();

    [GeneratedRegex(@"#region readme-quickstart\n(?<body>.*?)\n\s*#endregion", RegexOptions.Singleline)]
    private static partial Regex SourceRegion();
}
