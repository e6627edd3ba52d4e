using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace RelationshipKit.ApiDocs;

/// <summary>
/// Renders a declaration from <see cref="CSharpSyntax"/> as a code block in HTML, because a Markdown code fence cannot
/// hold links: every marked type that has a page on the site becomes a link to it, keywords and literals get classes
/// for the site's colours (docs/.vitepress/theme/custom.css), and the block wraps instead of scrolling sideways.
/// </summary>
internal static partial class SignatureHtml
{
    /// <summary>Renders <paramref name="declaration"/>; <paramref name="href"/> gives the link of a documentation id, or <see langword="null"/> when it is not on the site.</summary>
    public static string Render(string declaration, Func<string, string?> href)
    {
        var html = new StringBuilder("<div class=\"language-csharp api-signature\"><pre><code>");
        var i = 0;
        while (i < declaration.Length)
        {
            var start = declaration.IndexOf(CSharpSyntax.TypeStart, i);
            if (start < 0)
            {
                Text(html, declaration[i..]);
                break;
            }

            Text(html, declaration[i..start]);
            var middle = declaration.IndexOf(CSharpSyntax.TypeMiddle, start);
            var end = declaration.IndexOf(CSharpSyntax.TypeEnd, middle);
            var name = WebUtility.HtmlEncode(declaration[(middle + 1)..end]);
            var link = href(declaration[(start + 1)..middle]);
            html.Append(link is null
                ? "<span class=\"api-type\">" + name + "</span>"
                : "<a class=\"api-type\" href=\"" + WebUtility.HtmlEncode(link) + "\">" + name + "</a>");
            i = end + 1;
        }

        return html.Append("</code></pre></div>").ToString();
    }

    private static void Text(StringBuilder html, string text)
    {
        var last = 0;
        foreach (Match token in Token().Matches(text))
        {
            html.Append(WebUtility.HtmlEncode(text[last..token.Index]));
            var kind = token.Groups["keyword"].Success ? "api-keyword" : "api-literal";
            html.Append("<span class=\"").Append(kind).Append("\">").Append(WebUtility.HtmlEncode(token.Value)).Append("</span>");
            last = token.Index + token.Length;
        }

        html.Append(WebUtility.HtmlEncode(text[last..]));
    }

    [GeneratedRegex("""
        (?<keyword>\b(?:abstract|bool|byte|char|checked|class|const|decimal|default|delegate|double|enum|event|explicit|false|float|get|implicit|in|init|int|interface|internal|long|new|nint|notnull|nuint|null|object|operator|out|override|params|protected|public|readonly|record|ref|sbyte|sealed|set|short|static|string|struct|this|true|uint|ulong|unmanaged|ushort|virtual|void|where)\b)
        |(?<literal>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)'|\b\d[\d.]*(?:[eE][+-]?\d+)?[mfdMFD]?\b)
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Token();
}
