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

            yield return new SurveyCsvRecord(lineNumber, line.Length, CsvLine.Split(file, lineNumber, line));
        }
    }
}
