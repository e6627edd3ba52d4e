using RelationshipKit.Cli.Infrastructure;

namespace RelationshipKit.Cli.Commands.IdicPlan;

/// <summary>
/// Reads a small CSV file (comma, optional double quotes, header row) into rows whose fields keep their 1-based
/// column, so that a bad field can be reported as file:line:column.
/// </summary>
internal static class CsvRecords
{
    /// <summary>One field: its text and the 1-based column where it starts.</summary>
    internal readonly record struct Field(string Text, int Column);

    /// <summary>One data row: its 1-based line and its fields by header name (absent optional columns are empty).</summary>
    internal sealed class Row(string file, int line, Dictionary<string, Field> fields)
    {
        public string File { get; } = file;

        public int Line { get; } = line;

        public Field this[string column] => fields.TryGetValue(column, out var f) ? f : new Field(string.Empty, 1);

        public string At(string column) => $"{File}:{Line}:{this[column].Column}";
    }

    /// <summary>Reads the file; a missing required column or an unreadable file is a usage error (exit 2).</summary>
    public static IReadOnlyList<Row> Read(string path, IReadOnlyList<string> required, IReadOnlyList<string> optional, List<(int Line, string Text)> errors) =>
        Read(path, CliInput.Open(path, File.ReadAllLines), required, optional, errors);

    /// <summary>Reads lines already in memory (an embedded sample); <paramref name="path"/> names them in errors.</summary>
    public static IReadOnlyList<Row> Read(string path, string[] lines, IReadOnlyList<string> required, IReadOnlyList<string> optional, List<(int Line, string Text)> errors)
    {
        if (lines.Length == 0)
        {
            throw CliUsageException.AtPosition(path, 1, 1, $"the file is empty; the first line must be the header {string.Join(",", required.Concat(optional))}.");
        }

        var (header, headerError) = Split(lines[0]);
        if (headerError is not null)
        {
            throw CliUsageException.AtPosition(path, 1, headerError.Value, "the header has an unclosed quote.");
        }

        var names = header.Select(h => h.Text.Trim().ToLowerInvariant()).ToArray();
        foreach (var name in names.Where(n => !required.Contains(n) && !optional.Contains(n)))
        {
            var column = header[Array.IndexOf(names, name)].Column;
            throw CliUsageException.AtPosition(path, 1, column, $"unknown column \"{name}\"; the columns are {string.Join(", ", required.Concat(optional))}.");
        }

        foreach (var name in required.Where(r => !names.Contains(r)))
        {
            throw CliUsageException.AtPosition(path, 1, 1, $"the header lacks the required column \"{name}\" (required: {string.Join(", ", required)}).");
        }

        var rows = new List<Row>(lines.Length - 1);
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var (fields, quoteError) = Split(lines[i]);
            if (quoteError is { } at)
            {
                errors.Add((i + 1, $"{path}:{i + 1}:{at}: unclosed quote; the record is skipped."));
                continue;
            }

            if (fields.Count != names.Length)
            {
                errors.Add((i + 1, $"{path}:{i + 1}:1: {fields.Count} fields where the header has {names.Length}; the record is skipped."));
                continue;
            }

            var byName = new Dictionary<string, Field>(StringComparer.Ordinal);
            for (var c = 0; c < names.Length; c++)
            {
                byName[names[c]] = fields[c] with { Text = fields[c].Text.Trim() };
            }

            rows.Add(new Row(path, i + 1, byName));
        }

        return rows;
    }

    private static (List<Field> Fields, int? QuoteError) Split(string line)
    {
        var fields = new List<Field>();
        var i = 0;
        while (true)
        {
            var start = i + 1;
            string text;
            if (i < line.Length && line[i] == '"')
            {
                var builder = new System.Text.StringBuilder();
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        return (fields, start);
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            builder.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    builder.Append(line[i++]);
                }

                text = builder.ToString();
                var comma = line.IndexOf(',', i);
                i = comma < 0 ? line.Length : comma;
            }
            else
            {
                var comma = line.IndexOf(',', i);
                var end = comma < 0 ? line.Length : comma;
                text = line[i..end];
                i = end;
            }

            fields.Add(new Field(text, start));
            if (i >= line.Length)
            {
                return (fields, null);
            }

            i++; // the comma
        }
    }
}
