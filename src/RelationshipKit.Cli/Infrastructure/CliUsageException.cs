namespace RelationshipKit.Cli.Infrastructure;

/// <summary>Bad usage or bad input: printed to stderr, exit code 2, nothing written.</summary>
internal sealed class CliUsageException : Exception
{
    public CliUsageException(string message)
        : base(message)
    {
    }

    public CliUsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an error about a position in an input file (1-based line and column).</summary>
    public static CliUsageException AtPosition(string file, long line, int column, string message) =>
        new($"{file}:{line}:{column}: {message}");
}
