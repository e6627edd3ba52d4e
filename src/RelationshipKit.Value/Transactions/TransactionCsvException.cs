using System.Globalization;

namespace RelationshipKit.Value.Transactions;

/// <summary>
/// Represents bad input in a transaction file at a known place: the exception carries the 1-based line and
/// character column, and a reason that names the field, the rule and the text found.
/// </summary>
/// <remarks>
/// The <see cref="Exception.Message"/> reads <c>line 12, column 18: date "1997-02-30" is not a valid date (yyyy-MM-dd).</c>;
/// tools that know the file name print <c>file:12:18: …</c> from <see cref="LineNumber"/>, <see cref="Column"/> and <see cref="Reason"/>.
/// It derives from <see cref="FormatException"/>, the BCL's exception for text that does not parse.
/// </remarks>
public sealed class TransactionCsvException : FormatException
{
    /// <summary>Initializes a new instance of the <see cref="TransactionCsvException"/> class.</summary>
    /// <param name="lineNumber">The 1-based line.</param>
    /// <param name="column">The 1-based character column where the offending field starts.</param>
    /// <param name="reason">What is wrong, naming the field, the rule and the text found.</param>
    public TransactionCsvException(long lineNumber, int column, string reason)
        : base(string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}, column {column}: {reason}"))
    {
        LineNumber = lineNumber;
        Column = column;
        Reason = reason;
    }

    /// <summary>Gets the 1-based line of the offending text.</summary>
    public long LineNumber { get; }

    /// <summary>Gets the 1-based character column where the offending field starts (1 for problems with a whole line).</summary>
    public int Column { get; }

    /// <summary>Gets what is wrong, without the position.</summary>
    public string Reason { get; }
}
