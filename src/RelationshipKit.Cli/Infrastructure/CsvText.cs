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

            var cell = cells[i];
            if (cell.AsSpan().IndexOfAny(",\"\n\r") >= 0)
            {
                builder.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                builder.Append(cell);
            }
        }

        builder.Append('\n');
    }
}
