using System.Text;
using System.Xml.Linq;

namespace RelationshipKit.ApiDocs;

/// <summary>
/// Turns XML documentation (<c>summary</c>, <c>remarks</c>, <c>param</c>, ...) into Markdown: <c>para</c> becomes a
/// paragraph, <c>c</c> a code span, <c>code</c> a fenced block, <c>list</c> a list or table, <c>see cref</c> a link
/// through <see cref="Crefs"/> (a code span when the target is not on the site).
/// </summary>
internal sealed class DocCommentRenderer
{
    public DocCommentRenderer(Func<string, string?, string> crefs)
    {
        Crefs = crefs;
    }

    /// <summary>Gets the function that renders a cref (and optional link text) as Markdown.</summary>
    public Func<string, string?, string> Crefs { get; }

    /// <summary>Renders the content of <paramref name="element"/> as Markdown blocks separated by blank lines.</summary>
    public string Blocks(XElement? element)
    {
        if (element is null)
        {
            return string.Empty;
        }

        var writer = new BlockWriter(inline: false);
        VisitChildren(element, writer);
        return writer.Finish();
    }

    /// <summary>Renders the content of <paramref name="element"/> on one line (for lists and table cells).</summary>
    public string Inline(XElement? element)
    {
        if (element is null)
        {
            return string.Empty;
        }

        var writer = new BlockWriter(inline: true);
        VisitChildren(element, writer);
        return writer.Finish();
    }

    private void VisitChildren(XElement element, BlockWriter writer)
    {
        foreach (var node in element.Nodes())
        {
            Visit(node, writer);
        }
    }

    private void Visit(XNode node, BlockWriter writer)
    {
        switch (node)
        {
            case XText text:
                writer.Text(text.Value);
                break;
            case XElement element:
                VisitElement(element, writer);
                break;
        }
    }

    private void VisitElement(XElement element, BlockWriter writer)
    {
        switch (element.Name.LocalName)
        {
            case "para":
                writer.Break();
                VisitChildren(element, writer);
                writer.Break();
                break;
            case "c":
                writer.Raw(Markdown.Code(element.Value));
                break;
            case "code":
                writer.CodeBlock(element.Attribute("language")?.Value ?? element.Attribute("lang")?.Value ?? "csharp", element.Value);
                break;
            case "see" or "seealso":
                writer.Raw(See(element));
                break;
            case "paramref" or "typeparamref":
                writer.Raw(Markdown.Code(element.Attribute("name")?.Value ?? string.Empty));
                break;
            case "list":
                List(element, writer);
                break;
            case "br":
                writer.Raw(writer.IsInline ? " " : "<br>");
                break;
            case "b" or "strong":
                writer.Raw("**" + Inline(element).Trim() + "**");
                break;
            case "i" or "em":
                writer.Raw("*" + Inline(element).Trim() + "*");
                break;
            case "a" when element.Attribute("href") is { } href:
                writer.Raw(Link(Inline(element).Trim(), href.Value));
                break;
            case "inheritdoc":
                break;
            default:
                VisitChildren(element, writer);
                break;
        }
    }

    private string See(XElement element)
    {
        var text = element.Nodes().Any() ? Inline(element).Trim() : null;
        if (element.Attribute("cref")?.Value is { } cref)
        {
            return Crefs(cref, text);
        }

        if (element.Attribute("langword")?.Value is { } langword)
        {
            return Markdown.Code(langword);
        }

        if (element.Attribute("href")?.Value is { } href)
        {
            return Link(text ?? Markdown.Text(href), href);
        }

        return text ?? string.Empty;
    }

    private static string Link(string text, string href) =>
        "[" + (text.Length == 0 ? Markdown.Text(href) : text) + "](" + href.Replace(" ", "%20", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal) + ")";

    private void List(XElement list, BlockWriter writer)
    {
        var type = list.Attribute("type")?.Value ?? "bullet";
        var items = list.Elements("item").ToList();
        if (writer.IsInline)
        {
            writer.Raw(string.Join("; ", items.Select(ItemText)));
            return;
        }

        var lines = new List<string>();
        if (type == "table")
        {
            var header = list.Element("listheader");
            lines.Add("| " + Markdown.Cell(Inline(header?.Element("term")).Trim()) + " | " + Markdown.Cell(Inline(header?.Element("description")).Trim()) + " |");
            lines.Add("|---|---|");
            lines.AddRange(items.Select(i => "| " + Markdown.Cell(Inline(i.Element("term")).Trim()) + " | " + Markdown.Cell(Inline(i.Element("description")).Trim()) + " |"));
        }
        else
        {
            var number = 1;
            foreach (var item in items)
            {
                lines.Add((type == "number" ? (number++).ToInvariant() + ". " : "- ") + ItemText(item));
            }
        }

        writer.Block(string.Join("\n", lines));
    }

    private string ItemText(XElement item)
    {
        var term = item.Element("term");
        var description = item.Element("description");
        if (term is null && description is null)
        {
            return Inline(item).Trim();
        }

        var termText = Inline(term).Trim();
        var descriptionText = Inline(description).Trim();
        return termText.Length == 0 ? descriptionText : descriptionText.Length == 0 ? termText : $"**{termText}**: {descriptionText}";
    }

    /// <summary>Collects paragraphs: whitespace in text collapses to single spaces, as a browser would show it.</summary>
    private sealed class BlockWriter
    {
        private readonly List<string> _blocks = [];
        private readonly StringBuilder _paragraph = new();

        public BlockWriter(bool inline)
        {
            IsInline = inline;
        }

        public bool IsInline { get; }

        public void Text(string text)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    if (_paragraph.Length > 0 && _paragraph[^1] != ' ')
                    {
                        _paragraph.Append(' ');
                    }
                }
                else
                {
                    _paragraph.Append(Markdown.Text(c.ToString()));
                }
            }
        }

        public void Raw(string markdown) => _paragraph.Append(markdown);

        public void Break()
        {
            if (IsInline)
            {
                Text(" ");
                return;
            }

            var paragraph = _paragraph.ToString().Trim();
            _paragraph.Clear();
            if (paragraph.Length > 0)
            {
                _blocks.Add(Markdown.ParagraphStart(paragraph));
            }
        }

        public void Block(string markdown)
        {
            Break();
            _blocks.Add(markdown);
        }

        public void CodeBlock(string language, string code)
        {
            if (IsInline)
            {
                Raw(Markdown.Code(code));
                return;
            }

            Block("```" + language + "\n" + Dedent(code) + "\n```");
        }

        public string Finish()
        {
            if (IsInline)
            {
                return _paragraph.ToString().Trim();
            }

            Break();
            return string.Join("\n\n", _blocks);
        }

        private static string Dedent(string code)
        {
            var lines = code.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
            while (lines.Count > 0 && lines[0].Trim().Length == 0)
            {
                lines.RemoveAt(0);
            }

            while (lines.Count > 0 && lines[^1].Trim().Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
            return string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..].TrimEnd() : l.Trim()));
        }
    }
}
