using RelationshipKit.Cli.Infrastructure;

namespace RelationshipKit.Cli.Surveys;

/// <summary>
/// Splits a survey CSV into records with the line and column of every field, so that readers can report errors as
/// <c>file:line:column</c>. Comma-separated, RFC 4180 quoting within a line, surrounding spaces of unquoted fields
/// trimmed; blank lines and lines starting with <c>#</c> are skipped.
/// </summary>
internal static class SurveyCsv
{
    /// <summary>Reads the records of <paramref name="reader"/>; <paramref name="file"/> names the input in errors.</summary>
    public static IEnumerable<SurveyCsvRecord> Records(string file, TextReader reader)
    {
        long lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            yield return new SurveyCsvRecord(lineNumber, line.Length, Split(file, lineNumber, line));
        }
    }

    private static List<SurveyCsvField> Split(string file, long lineNumber, string line)
    {
        var fields = new List<SurveyCsvField>();
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
                var builder = new System.Text.StringBuilder();
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

                if (position < line.Length && line[position] != ',')
                {
                    throw CliUsageException.AtPosition(file, lineNumber, position + 1, "expected a comma after the closing quote.");
                }

                text = builder.ToString();
            }
            else
            {
                var comma = line.IndexOf(',', position);
                var end = comma < 0 ? line.Length : comma;
                text = line[position..end].TrimEnd();
                position = end;
            }

            fields.Add(new SurveyCsvField(text, start + 1));
            if (position >= line.Length)
            {
                return fields;
            }

            position++; // the comma
        }
    }
}
