using System.Text;

namespace RelationshipKit.Cli.Infrastructure;

/// <summary>
/// Splits one CSV line into fields with the 1-based column where each starts, so that every reader of the tool can
/// report errors as <c>file:line:column</c>: RFC 4180 quoting within a line (a quoted field cannot span lines),
/// doubled quotes inside quotes, spaces around unquoted fields trimmed. One splitter serves the benefit survey, the
/// bond survey and the customer-summary reader.
/// </summary>
internal static class CsvLine
{
    /// <summary>Splits <paramref name="line"/> on <paramref name="delimiter"/>; <paramref name="file"/> and <paramref name="lineNumber"/> name the position in errors.</summary>
    /// <exception cref="CliUsageException">Thrown when a quoted field is not closed or is followed by other text.</exception>
    public static List<CsvField> Split(string file, long lineNumber, string line, char delimiter = ',')
    {
        var fields = new List<CsvField>();
        var position = 0;
        while (true)
        {
            while (position < line.Length && line[position] == ' ')
            {
                position++;
            }

            var start = position;
            string text;
            if (position < line.Length && line[position] == '"')
            {
                var builder = new StringBuilder();
                position++;
                while (true)
                {
                    if (position >= line.Length)
                    {
                        throw CliUsageException.AtPosition(file, lineNumber, start + 1, "a quoted field is not closed before the end of the line.");
                    }

                    if (line[position] == '"')
                    {
                        if (position + 1 < line.Length && line[position + 1] == '"')
                        {
                            builder.Append('"');
                            position += 2;
                            continue;
                        }

                        position++;
                        break;
                    }

                    builder.Append(line[position]);
                    position++;
                }

                while (position < line.Length && line[position] == ' ')
                {
                    position++;
                }

                if (position < line.Length && line[position] != delimiter)
                {
                    throw CliUsageException.AtPosition(file, lineNumber, position + 1, $"expected {Describe(delimiter)} after the closing quote.");
                }

                text = builder.ToString();
            }
            else
            {
                var comma = line.IndexOf(delimiter, position);
                var end = comma < 0 ? line.Length : comma;
                text = line[position..end].TrimEnd();
                position = end;
            }

            fields.Add(new CsvField(text, start + 1));
            if (position >= line.Length)
            {
                return fields;
            }

            position++; // the delimiter
        }
    }

    private static string Describe(char delimiter) => delimiter switch
    {
        ',' => "a comma",
        ';' => "a semicolon",
        '\t' => "a tab",
        _ => $"'{delimiter}'",
    };
}
