using System.Text;
using System.Text.RegularExpressions;

namespace RelationshipKit.ApiDocs;

/// <summary>
/// Escaping for Markdown that VitePress compiles as a Vue template: text never opens HTML tags, emphasis or links,
/// and code goes in code spans or fences. (The pages are also wrapped in <c>::: v-pre</c>, so <c>{{</c> is inert.)
/// </summary>
internal static partial class Markdown
{
    /// <summary>Escapes prose: Markdown punctuation and <c>&lt;</c>/<c>&gt;</c> get a backslash.</summary>
    public static string Text(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '&' or '#' or '~' or '{' or '}')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Wraps <paramref name="code"/> in a code span, using a longer fence when it contains backticks.</summary>
    public static string Code(string code)
    {
        var single = WhitespaceRun().Replace(code, " ").Trim();
        if (!single.Contains('`', StringComparison.Ordinal))
        {
            return "`" + single + "`";
        }

        var fence = new string('`', LongestBacktickRun(single) + 1);
        return fence + " " + single + " " + fence;
    }

    /// <summary>Makes a one-line text safe in a table cell: pipes that are not yet escaped get a backslash.</summary>
    public static string Cell(string text) => UnescapedPipe().Replace(text, "\\|");

    /// <summary>Turns a name into an anchor: lower case letters, digits and single hyphens.</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    /// <summary>Escapes a paragraph's first character when it would start a list, heading or quote.</summary>
    public static string ParagraphStart(string paragraph)
    {
        if (paragraph.Length == 0)
        {
            return paragraph;
        }

        if (paragraph[0] is '-' or '+' or '=' or '>' || ListNumber().IsMatch(paragraph))
        {
            return "\\" + paragraph;
        }

        return paragraph;
    }

    private static int LongestBacktickRun(string text)
    {
        int longest = 0, current = 0;
        foreach (var c in text)
        {
            current = c == '`' ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }

        return longest;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();

    [GeneratedRegex(@"^\d+[.)]")]
    private static partial Regex ListNumber();
}
