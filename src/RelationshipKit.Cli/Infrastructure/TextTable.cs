using Spectre.Console;
using Spectre.Console.Rendering;

namespace RelationshipKit.Cli.Infrastructure;

/// <summary>
/// Renders a plain-text table with Spectre.Console (no colour, no ANSI codes, fixed width) so that the output is
/// stable for snapshot tests and readable in any terminal or log.
/// </summary>
internal static class TextTable
{
    /// <summary>The width tables are laid out for.</summary>
    public const int Width = 120;

    /// <summary>Renders a table with a title, headers and rows; numeric columns should be pre-formatted invariantly.</summary>
    public static string Render(string? title, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlySet<int>? rightAligned = null)
    {
        var table = new Table { Border = TableBorder.Simple };
        if (title is not null)
        {
            table.Title = new TableTitle(Markup.Escape(title));
        }

        for (var i = 0; i < headers.Count; i++)
        {
            var column = new TableColumn(Markup.Escape(headers[i]));
            if (rightAligned?.Contains(i) == true)
            {
                column.RightAligned();
            }

            table.AddColumn(column);
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(cell => (IRenderable)new Text(cell)).ToArray());
        }

        return RenderToString(table);
    }

    /// <summary>Renders any Spectre.Console renderable to plain text.</summary>
    public static string RenderToString(IRenderable renderable)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = Width;
        console.Write(renderable);
        return string.Join('\n', writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(line => line.TrimEnd()));
    }
}
