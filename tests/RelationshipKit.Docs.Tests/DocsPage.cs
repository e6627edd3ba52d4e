namespace RelationshipKit.Docs.Tests;

/// <summary>
/// Checks that a docs page shows what a snippet prints: the snippet's output goes in a <c>text</c> block under the
/// code (docs/contributing.md, "How code and results are laid out"), and the test compares the two.
/// </summary>
internal static class DocsPage
{
    /// <summary>Reads a page of docs/, with LF line endings, for example <c>DocsPage.Read("tutorial.md")</c>.</summary>
    public static string Read(string relativePath) =>
        File.ReadAllText(Path.Combine(ReadmeTests.RepoRoot(), "docs", relativePath)).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>Asserts that the page has a <c>text</c> code block whose content is exactly <paramref name="output"/>.</summary>
    public static void ShouldShowOutput(string relativePath, string output)
    {
        var block = "```text\n" + output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n```";
        Read(relativePath).Should().Contain(block, "docs/{0} shows what the snippet prints, in a text block", relativePath);
    }

    /// <summary>
    /// Wraps long printed lines at spaces, as a page shows them (code lines on the site hold 80 characters); with a
    /// <paramref name="hangingIndent"/>, continuation lines are indented so that each printed line stays recognisable.
    /// </summary>
    public static string Wrap(string text, int width = 80, int hangingIndent = 0)
    {
        var indent = new string(' ', hangingIndent);
        var lines = new List<string>();
        foreach (var line in text.TrimEnd('\n').Split('\n'))
        {
            var rest = line;
            var prefix = string.Empty;
            while (prefix.Length + rest.Length > width)
            {
                var cut = rest.LastIndexOf(' ', width - prefix.Length);
                if (cut <= 0)
                {
                    break;
                }

                lines.Add(prefix + rest[..cut]);
                rest = rest[(cut + 1)..];
                prefix = indent;
            }

            lines.Add(prefix + rest);
        }

        return string.Join('\n', lines) + "\n";
    }

    /// <summary>Runs <paramref name="action"/> with <see cref="Console.Out"/> captured (use it from a test in <see cref="ConsoleCollection"/>).</summary>
    public static string CaptureConsole(Action action)
    {
        using var capture = new ConsoleCapture();
        action();
        return capture.TakeOutput();
    }
}

/// <summary>Captures <see cref="Console.Out"/> until disposed (use it from a test in <see cref="ConsoleCollection"/>).</summary>
internal sealed class ConsoleCapture : IDisposable
{
    private readonly StringWriter _output = new();
    private readonly TextWriter _original = Console.Out;
    private int _taken;

    public ConsoleCapture() => Console.SetOut(_output);

    /// <summary>Gets what was printed since the last call, with LF line endings.</summary>
    public string TakeOutput()
    {
        var all = _output.ToString();
        var next = all[_taken..];
        _taken = all.Length;
        return next.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Console.SetOut(_original);
        _output.Dispose();
    }
}
