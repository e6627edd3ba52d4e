using System.Globalization;

namespace RelationshipKit;

/// <summary>
/// Represents bad input in a delimited text file at a known place: the file (when known), the 1-based line and
/// character column, the column's name (when the problem is in one column) and a reason that names the rule and the
/// text found. Every CSV reader of RelationshipKit throws it: transactions, customer summaries, benefit and bond
/// surveys, bond archetype catalogues, subscription logs.
/// </summary>
/// <remarks>
/// <para>The <see cref="Exception.Message"/> reads <c>summary.csv:12:18: recency must be a number; was "abc".</c>
/// when the reader was opened on a path, and <c>line 12, column 18: …</c> when it reads a stream or a
/// <see cref="TextReader"/>. Tools that show the file differently build their own text from <see cref="Path"/>,
/// <see cref="LineNumber"/>, <see cref="Column"/> and <see cref="Reason"/>.</para>
/// <para>It derives from <see cref="FormatException"/>, the BCL's exception for text that does not parse.</para>
/// </remarks>
public sealed class CsvFormatException : FormatException
{
    /// <summary>Initializes a new instance of the <see cref="CsvFormatException"/> class.</summary>
    /// <param name="path">The file as the caller named it, or <see langword="null"/> when the text came from a stream or reader.</param>
    /// <param name="lineNumber">The 1-based line.</param>
    /// <param name="column">The 1-based character column where the offending field starts (1 for a problem with a whole line).</param>
    /// <param name="reason">What is wrong, naming the rule and the text found.</param>
    /// <param name="columnName">The header name of the offending column, or <see langword="null"/> when the problem is not in one column.</param>
    /// <param name="innerException">The exception that revealed the problem, if any.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="lineNumber"/> or <paramref name="column"/> is less than 1.</exception>
    public CsvFormatException(string? path, long lineNumber, int column, string reason, string? columnName = null, Exception? innerException = null)
        : base(FormatMessage(path, lineNumber, column, reason), innerException)
    {
        Path = path;
        LineNumber = lineNumber;
        Column = column;
        Reason = reason;
        ColumnName = columnName;
    }

    /// <summary>Gets the file as the caller named it when opening the reader, or <see langword="null"/> for a stream or a <see cref="TextReader"/>.</summary>
    public string? Path { get; }

    /// <summary>Gets the 1-based line of the offending text.</summary>
    public long LineNumber { get; }

    /// <summary>Gets the 1-based character column where the offending field starts (1 for problems with a whole line).</summary>
    public int Column { get; }

    /// <summary>Gets the header name of the offending column, or <see langword="null"/> when the problem is not in one column.</summary>
    public string? ColumnName { get; }

    /// <summary>Gets what is wrong, without the position.</summary>
    public string Reason { get; }

    private static string FormatMessage(string? path, long lineNumber, int column, string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        if (lineNumber < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(lineNumber), lineNumber, $"lineNumber must be >= 1; was {lineNumber.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (column < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(column), column, $"column must be >= 1; was {column.ToString(CultureInfo.InvariantCulture)}.");
        }

        return path is null
            ? string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}, column {column}: {reason}")
            : string.Create(CultureInfo.InvariantCulture, $"{path}:{lineNumber}:{column}: {reason}");
    }
}
