using System.Text.RegularExpressions;
using RelationshipKit.Benefits;
using RelationshipKit.Bonds;

namespace RelationshipKit.Docs.Tests;

/// <summary>Keeps the README's quick start honest: it must be the compiled, tested snippet below, word for word.</summary>
[Collection(ConsoleCollection.Name)]
public partial class ReadmeTests
{
    [Fact]
    public void QuickStart_RunsAndPrintsArchetypeAndGap()
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

        output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Trim().Should().Be("Committed partnership\nconfidence gap: 3");
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
        var expected = "using RelationshipKit;\nusing RelationshipKit.Benefits;\nusing RelationshipKit.Bonds;\n\n" + Dedent(region.Groups["body"].Value);
        fence.Groups["body"].Value.Replace("\r\n", "\n", StringComparison.Ordinal).Trim().Should().Be(expected.Trim());
    }

    private static void QuickStart()
    {
        #region readme-quickstart
        // A bond: freely chosen, emotional, warm, intense, enduring
        // (scores in [-1, +1]).
        var bond = BondProfile.Empty
            .WithScore(BondDimension.Voluntariness, 0.9)
            .WithScore(BondDimension.Basis, 0.8)
            .WithScore(BondDimension.Affect, 0.8)
            .WithScore(BondDimension.Intensity, 0.7)
            .WithScore(BondDimension.Duration, 0.9);
        var best = BondClassifier.Default.Classify(bond).Best!;
        Console.WriteLine(best.Archetype.DisplayName);

        // A benefit gap: confidence matters (5 of 5) but is delivered poorly
        // (2 of 5).
        var rating = new BenefitRating(
            new CustomerId("00042"), Benefit.Confidence, importance: 5, performance: 2);
        var profile = BenefitProfile.FromRatings([rating], LikertScale.FivePoint);
        Console.WriteLine($"{Benefit.Confidence.Name} gap: {profile.Scores[0].Gap}");
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
