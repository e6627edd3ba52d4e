using RelationshipKit.Csv;

namespace RelationshipKit.Value.Summaries;

/// <summary>
/// Represents customer summaries read from a file: per row, the customer id (when the file has one), the statistics
/// the models fit on as an <see cref="RfmTable"/>, and the holdout columns when the file has them.
/// </summary>
/// <remarks>
/// <para>Read one with <see cref="SummaryCsvReader"/>; write one with <see cref="SummaryCsvWriter"/>. Row <c>i</c> of
/// <see cref="Table"/>, <see cref="CustomerIds"/> and the holdout columns is the same customer (or weighted pattern),
/// in file order. Models take <see cref="Table"/>; predictions written per row use <see cref="CustomerIds"/>.</para>
/// <para>A model that rejects a row of the table (BG/BB's whole-number rule, Gamma-Gamma's zero spend) throws a
/// <see cref="DataRowException"/> naming the row; <see cref="Locate(DataRowException)"/> turns it into the file
/// position.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class SummaryTable
{
    private readonly double[]? _frequencyHoldout;
    private readonly double[]? _monetaryValueHoldout;
    private readonly int[] _lines;
    private readonly int[] _fieldOf;
    private readonly string[] _columnNames;
    private readonly char _delimiter;

    // The arrays may be longer than the table (a reader's room to spare): row i of each is row i of Table, up to Count.
    internal SummaryTable(
        RfmTable table,
        IReadOnlyList<CustomerId> ids,
        bool hasWeights,
        double[]? frequencyHoldout,
        double[]? monetaryValueHoldout,
        double? durationHoldout,
        bool timeUnitRecorded,
        string? path,
        int[] lines,
        int[] fieldOf,
        string[] columnNames,
        char delimiter)
    {
        Table = table;
        CustomerIds = ids;
        HasWeights = hasWeights;
        _frequencyHoldout = frequencyHoldout;
        _monetaryValueHoldout = monetaryValueHoldout;
        DurationHoldout = durationHoldout;
        TimeUnitRecorded = timeUnitRecorded;
        Path = path;
        _lines = lines;
        _fieldOf = fieldOf;
        _columnNames = columnNames;
        _delimiter = delimiter;
    }

    /// <summary>Gets the statistics the models fit on, one row per file row, in <see cref="TimeUnit"/>.</summary>
    public RfmTable Table { get; }

    /// <summary>Gets the number of rows.</summary>
    public int Count => Table.Count;

    /// <summary>Gets the unit of recency, T and the holdout duration.</summary>
    public TimeUnit TimeUnit => Table.TimeUnit;

    /// <summary>Gets a value indicating whether the file recorded its time unit (a <c>time_unit</c> column).</summary>
    public bool TimeUnitRecorded { get; }

    /// <summary>Gets a value indicating whether the file has a customer-id column.</summary>
    public bool HasCustomerIds => CustomerIds.Count > 0;

    /// <summary>Gets the customer ids, one per row; empty when the file has no id column.</summary>
    /// <remarks>The ids are kept as characters; each access creates the <see cref="CustomerId"/> (and its string).</remarks>
    public IReadOnlyList<CustomerId> CustomerIds { get; }

    /// <summary>Gets a value indicating whether the file has a weight column (rows that stand for several customers).</summary>
    public bool HasWeights { get; }

    /// <summary>Gets a value indicating whether the file has holdout columns (<c>frequency_holdout</c> and <c>duration_holdout</c>).</summary>
    public bool HasHoldout => _frequencyHoldout is not null && DurationHoldout is not null;

    /// <summary>Gets the repeat purchases in the holdout period per row; empty when the file has none.</summary>
    public ReadOnlySpan<double> FrequencyHoldout => _frequencyHoldout is null ? default : _frequencyHoldout.AsSpan(0, Count);

    /// <summary>Gets the mean spend per holdout purchase per row; empty when the file has none.</summary>
    public ReadOnlySpan<double> MonetaryValueHoldout => _monetaryValueHoldout is null ? default : _monetaryValueHoldout.AsSpan(0, Count);

    /// <summary>Gets the length of the holdout period (<c>duration_holdout</c>, the same on every row), in <see cref="TimeUnit"/>, or <see langword="null"/> when the file has none.</summary>
    public double? DurationHoldout { get; }

    /// <summary>Gets the file the summaries were read from, or <see langword="null"/> for a stream or a <see cref="TextReader"/>.</summary>
    public string? Path { get; }

    /// <summary>Gets the 1-based file line of a row.</summary>
    /// <param name="rowNumber">The 1-based row, as <see cref="DataRowException.RowNumber"/> counts.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="rowNumber"/> is not in [1, <see cref="Count"/>].</exception>
    public long GetLineNumber(int rowNumber)
    {
        if (rowNumber < 1 || rowNumber > Count)
        {
            throw new ArgumentOutOfRangeException(nameof(rowNumber), rowNumber, $"rowNumber must be in [1, {Count}]; was {rowNumber}.");
        }

        return _lines[rowNumber - 1];
    }

    /// <summary>Turns a row error raised by a model on <see cref="Table"/> into the file position of the offending field.</summary>
    /// <param name="exception">The error, naming a row and a column of <see cref="Table"/>.</param>
    /// <returns>An exception with the file, line, character column, column name and the rule; the column is found by reading the line again when the table was read from a file, and is 1 otherwise.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="exception"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the exception's row is not a row of this table.</exception>
    public CsvFormatException Locate(DataRowException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var line = GetLineNumber(exception.RowNumber);
        var slot = SummaryCsvReader.SlotOf(exception.ColumnName);
        var field = slot >= 0 ? _fieldOf[slot] : -1;
        var name = slot >= 0 ? _columnNames[slot] : exception.ColumnName;
        var column = field >= 0 && Path is not null ? FindColumn(line, field) : 1;
        return new CsvFormatException(Path, line, column, exception.Reason, name, exception);
    }

    /// <summary>Reads line <paramref name="line"/> of the file again to find where field <paramref name="field"/> starts (1 when it cannot).</summary>
    private int FindColumn(long line, int field)
    {
        try
        {
            var stream = CsvTokenizer.OpenFile(Path!); // not null: checked by the caller
            using var csv = new CsvTokenizer(CsvTokenizer.CreateStreamReader(stream), stream, Path, _delimiter);
            while (csv.ReadLine())
            {
                if (csv.LineNumber == line)
                {
                    var fields = csv.SplitAll();
                    return field < fields.Count ? fields[field].Column : 1;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CsvFormatException)
        {
            // The file changed or went away since it was read: the line is still right, the column unknown.
        }

        return 1;
    }
}
