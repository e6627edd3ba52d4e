namespace RelationshipKit.Value.DuckDb;

/// <summary>Represents how DuckDB reads a transaction CSV file (or a glob of them): header, columns, delimiter and date format. A mutable bag, validated by <see cref="DuckDbTransactions.Csv(string, DuckDbCsvOptions?)"/>.</summary>
/// <remarks>
/// <para>Every field is read as text (DuckDB's <c>all_varchar</c>), so customer ids keep their leading zeros and amounts
/// are parsed as exact decimals, as the in-process <c>TransactionCsvReader</c> reads them. Without a header DuckDB
/// names the columns <c>column0</c>, <c>column1</c>, …: <see cref="ColumnAt(int)"/> gives the name of a 1-based position.</para>
/// </remarks>
[Mutable]
public sealed class DuckDbCsvOptions
{
    /// <summary>Gets or sets a value indicating whether the first line is a header naming the columns.</summary>
    /// <value><see langword="true"/>.</value>
    public bool HasHeader { get; set; } = true;

    /// <summary>Gets or sets the customer id column's name.</summary>
    /// <value><c>customer_id</c>.</value>
    public string CustomerColumn { get; set; } = "customer_id";

    /// <summary>Gets or sets the date column's name.</summary>
    /// <value><c>date</c>.</value>
    public string DateColumn { get; set; } = "date";

    /// <summary>Gets or sets the amount column's name, or <see langword="null"/> for a log without amounts.</summary>
    /// <value><see langword="null"/>.</value>
    public string? AmountColumn { get; set; }

    /// <summary>Gets or sets the field delimiter.</summary>
    /// <value>A comma.</value>
    public char Delimiter { get; set; } = ',';

    /// <summary>Gets or sets the date format in DuckDB's <c>strptime</c> syntax (for example <c>%Y%m%d</c> or <c>%d.%m.%Y</c>), or <see langword="null"/> for ISO 8601 dates, extended (<c>2025-12-31</c>) or basic (<c>20251231</c>), optionally with a time of day to the second (<c>2025-12-31 10:15:00</c>, <c>2025-12-31T10:15</c>), which is dropped.</summary>
    /// <value><see langword="null"/>.</value>
    public string? DateFormat { get; set; }

    /// <summary>Returns the name DuckDB gives the column at a 1-based position of a file without a header.</summary>
    /// <param name="position">The position, from 1.</param>
    /// <returns><c>column</c> followed by the 0-based index.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="position"/> is below 1.</exception>
    public static string ColumnAt(int position)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(position, 1);
        return "column" + (position - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
