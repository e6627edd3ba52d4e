namespace RelationshipKit.Value;

/// <summary>
/// Represents invalid input data at a known row: the exception names the row (1-based), the column, the rule and the value.
/// </summary>
/// <remarks>
/// It derives from <see cref="ArgumentOutOfRangeException"/>, so callers that handle argument errors handle it too;
/// tools that read files map <see cref="RowNumber"/> to a file line.
/// </remarks>
public sealed class DataRowException : ArgumentOutOfRangeException
{
    /// <summary>Initializes a new instance of the <see cref="DataRowException"/> class.</summary>
    /// <param name="paramName">The argument that held the data.</param>
    /// <param name="rowNumber">The 1-based row.</param>
    /// <param name="columnName">The column (for example <c>frequency</c>).</param>
    /// <param name="actualValue">The offending value.</param>
    /// <param name="message">The message naming the rule and the value.</param>
    public DataRowException(string paramName, int rowNumber, string columnName, object? actualValue, string message)
        : base(paramName, actualValue, message)
    {
        RowNumber = rowNumber;
        ColumnName = columnName;
        Reason = message;
    }

    /// <summary>Gets the 1-based row number of the offending row.</summary>
    public int RowNumber { get; }

    /// <summary>Gets the name of the offending column.</summary>
    public string ColumnName { get; }

    /// <summary>Gets the message naming the rule and the value, without the parameter name and value that <see cref="ArgumentOutOfRangeException.Message"/> appends.</summary>
    public string Reason { get; }
}
