namespace RelationshipKit.Cli.Infrastructure;

/// <summary>Opens the library's readers on files named on the command line and formats their errors.</summary>
internal static class CliInput
{
    /// <summary>Opens <paramref name="path"/> with <paramref name="open"/>; a file that cannot be read is bad input (exit 2) naming it as given.</summary>
    public static T Open<T>(string path, Func<string, T> open)
    {
        try
        {
            return open(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot read {path}: {ex.Message}", ex);
        }
    }

    /// <summary>Formats a reader's error as <c>file:line:column: reason</c> (<c>line N, column M</c> for text that came from no file).</summary>
    public static string Describe(CsvFormatException error) =>
        error.Path is null
            ? $"line {error.LineNumber}, column {error.Column}: {error.Reason}"
            : $"{error.Path}:{error.LineNumber}:{error.Column}: {error.Reason}";
}
