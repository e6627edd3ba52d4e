using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace RelationshipKit.Cli.Tests.Reference;

/// <summary>Reads a page of docs/ and its fenced code blocks, for the tests that run a page's commands.</summary>
internal static partial class DocsPageFile
{
    /// <summary>Reads <c>docs/<paramref name="name"/></c> with LF line endings.</summary>
    public static string Read(string name, [CallerFilePath] string thisFile = "") =>
        File.ReadAllText(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "docs", name)))
            .Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>Lists the fenced code blocks of <paramref name="markdown"/> in order, with their language.</summary>
    public static IReadOnlyList<(string Language, string Body)> CodeBlocks(string markdown) =>
        Block().Matches(markdown).Select(m => (m.Groups["lang"].Value, m.Groups["body"].Value)).ToList();

    /// <summary>Joins a command continued over lines with backslashes and collapses its white space.</summary>
    public static string OneLine(string command) =>
        WhiteSpace().Replace(command.Replace("\\\n", " ", StringComparison.Ordinal), " ").Trim();

    [GeneratedRegex("```(?<lang>[a-z]+)\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
