using System.Globalization;
using System.Text;

namespace RelationshipKit.Cli.Infrastructure;

/// <summary>Writes RFC 4180 CSV (comma, LF, quoting where needed) with invariant number formatting.</summary>
internal static class CsvText
{
    /// <summary>Builds a CSV document from a header and rows.</summary>
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var builder = new StringBuilder();
        AppendRow(builder, header);
        foreach (var row in rows)
        {
            AppendRow(builder, row);
        }

        return builder.ToString();
    }

    /// <summary>Formats a double as the shortest round-trip invariant text.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Appends one RFC 4180 row (fields quoted where needed) and its LF to <paramref name="builder"/>.</summary>
    public static void AppendRow(StringBuilder builder, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            AppendCell(builder, cells[i]);
        }

        builder.Append('\n');
    }

    /// <summary>Appends one RFC 4180 field, quoted where needed.</summary>
    public static void AppendCell(StringBuilder builder, string cell)
    {
        if (cell.AsSpan().IndexOfAny(",\"\n\r") >= 0)
        {
            builder.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        else
        {
            builder.Append(cell);
        }
    }

    /// <summary>Appends a comma and <paramref name="value"/> as <see cref="Number"/> writes it, without a string per number.</summary>
    public static void AppendNumber(StringBuilder builder, double value)
    {
        Span<char> text = stackalloc char[32];
        builder.Append(',');
        if (value.TryFormat(text, out var written, "R", CultureInfo.InvariantCulture))
        {
            builder.Append(text[..written]);
        }
        else
        {
            builder.Append(Number(value));
        }
    }
}
