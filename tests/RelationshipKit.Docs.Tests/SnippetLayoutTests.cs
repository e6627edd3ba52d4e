using System.Text.RegularExpressions;

namespace RelationshipKit.Docs.Tests;

/// <summary>
/// Keeps code on the site inside the content column (docs/contributing.md, "How code and results are laid out"): no
/// code line longer than 80 characters, and no result or remark in a comment trailing a statement. The browser check
/// finds the same on the built site; these tests find it without building it.
/// </summary>
public partial class SnippetLayoutTests
{
    /// <summary>The widest code line that fits the content column beside the page outline.</summary>
    private const int MaxLineLength = 80;

    [Fact]
    public void SnippetRegions_LinesFitTheColumn()
    {
        var problems = Regions()
            .SelectMany(r => r.Lines.Where(l => l.Length > MaxLineLength).Select(l => $"{r.Name}: {l.Length} characters: {l.Trim()}"))
            .ToList();

        problems.Should().BeEmpty("a code line on the site holds at most {0} characters", MaxLineLength);
    }

    [Fact]
    public void SnippetRegions_NoCommentTrailsAStatement()
    {
        var problems = Regions()
            .SelectMany(r => r.Lines.Where(TrailingComment).Select(l => $"{r.Name}: {l.Trim()}"))
            .ToList();

        problems.Should().BeEmpty("a result or remark goes on a comment line of its own, not after the code");
    }

    /// <summary>
    /// The hand-written pages: every .md under docs/ except the generated API reference, node_modules and the dot
    /// folders (VitePress's cache and output). Those folders are never walked, since CI builds the site beside the tests.
    /// </summary>
    private static IEnumerable<string> PageFiles(string folder, string? generated = null)
    {
        generated ??= Path.Combine(folder, "api");
        foreach (var file in Directory.EnumerateFiles(folder, "*.md"))
        {
            yield return file;
        }

        foreach (var child in Directory.EnumerateDirectories(folder))
        {
            var name = Path.GetFileName(child);
            if (name is "node_modules" || name.StartsWith('.') || child == generated)
            {
                continue;
            }

            foreach (var file in PageFiles(child, generated))
            {
                yield return file;
            }
        }
    }

    [Fact]
    public void CodeBlocksOnPages_LinesFitTheColumn()
    {
        var docs = Path.Combine(ReadmeTests.RepoRoot(), "docs");
        var problems = new List<string>();
        foreach (var file in PageFiles(docs).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(docs, file).Replace('\\', '/');

            var inFence = false;
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    inFence = !inFence;
                    continue;
                }

                if (inFence && line.Length > MaxLineLength)
                {
                    problems.Add($"docs/{relative}:{lineNumber}: {line.Length} characters: {line.Trim()}");
                }
            }
        }

        problems.Should().BeEmpty("a code line on the site holds at most {0} characters", MaxLineLength);
    }

    [Fact]
    public void TrailingComment_FindsCommentsAfterCode_NotInStrings()
    {
        TrailingComment("var x = 1; // 1").Should().BeTrue();
        TrailingComment("    .WithScore(BondDimension.Basis, 0.8) // emotional").Should().BeTrue();
        TrailingComment("// a comment line").Should().BeFalse();
        TrailingComment("var url = \"https://example.com\";").Should().BeFalse();
        TrailingComment("var s = $\"{a} // {b}\";").Should().BeFalse();
    }

    [Fact]
    public void Wrap_BreaksPrintedLinesAtSpacesWithinTheColumn()
    {
        DocsPage.Wrap("aaa bbb ccc\n", 7).Should().Be("aaa bbb\nccc\n");
        DocsPage.Wrap("short\n").Should().Be("short\n");
        DocsPage.Wrap("aaa bbb ccc ddd\n", 7, hangingIndent: 2).Should().Be("aaa bbb\n  ccc\n  ddd\n");
    }

    /// <summary>Gets a value indicating whether <paramref name="line"/> has code followed by a <c>//</c> comment.</summary>
    private static bool TrailingComment(string line)
    {
        var code = StringLiteral().Replace(line, "\"\"");
        var comment = code.IndexOf("//", StringComparison.Ordinal);
        return comment > 0 && code[..comment].Trim().Length > 0;
    }

    /// <summary>Every #region of the snippet files and the README's quick start, dedented as the site shows it.</summary>
    private static IEnumerable<(string Name, IReadOnlyList<string> Lines)> Regions()
    {
        var root = Path.Combine(ReadmeTests.RepoRoot(), "tests", "RelationshipKit.Docs.Tests");
        var files = Directory.EnumerateFiles(Path.Combine(root, "Snippets"), "*.cs").Append(Path.Combine(root, "ReadmeTests.cs"));
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var start = RegionStart().Match(lines[i]);
                if (!start.Success)
                {
                    continue;
                }

                var body = new List<string>();
                for (i++; i < lines.Length && !lines[i].TrimStart().StartsWith("#endregion", StringComparison.Ordinal); i++)
                {
                    body.Add(lines[i]);
                }

                var indent = body.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
                yield return ($"{Path.GetFileName(file)}#{start.Groups["name"].Value}", body.Select(l => l.Length >= indent ? l[indent..].TrimEnd() : l.Trim()).ToList());
            }
        }
    }

    [GeneratedRegex(@"^\s*#region\s+(?<name>\S+)")]
    private static partial Regex RegionStart();

    [GeneratedRegex(@"\$?@?""(?:[^""\\]|\\.)*""")]
    private static partial Regex StringLiteral();
}
