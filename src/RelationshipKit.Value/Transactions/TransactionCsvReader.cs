using System.Globalization;
using System.Runtime.CompilerServices;
using RelationshipKit.Csv;

namespace RelationshipKit.Value.Transactions;

/// <summary>
/// Represents a forward-only reader of a transaction log in a delimited text file: one purchase per line, with a
/// customer id, a date and optionally an amount, in columns chosen by <see cref="TransactionCsvOptions"/>.
/// </summary>
/// <remarks>
/// <para>The reader streams: it holds one buffer of text (64 K characters, grown only for a longer line), never the
/// whole file, so a file of any size can be summarised with
/// <see cref="Summaries.RfmSummaryAccumulator.AddRange(TransactionCsvReader, IProgress{TransactionReadProgress}, CancellationToken)"/>.
/// Lines end with LF or CRLF; blank lines are skipped; fields other than the chosen columns are not parsed.
/// Comma, semicolon and tab files follow RFC 4180 quoting (<c>"12,50"</c>, <c>"say ""hi"""</c>), except that a
/// quoted field cannot span lines. White space around a field is ignored.</para>
/// <para>Customer ids are text (<c>00001</c> stays <c>00001</c>); see <see cref="RelationshipKit.CustomerId"/> for the rules.
/// Amounts must be numbers ≥ 0 in <see cref="TransactionCsvOptions.Culture"/>.</para>
/// <para>The first bad line stops the reader with a <see cref="CsvFormatException"/> carrying the file (when opened
/// with <see cref="Open"/>), the line, the character column, the column's header name and the reason; nothing is
/// skipped silently. A header that names a column twice is rejected.</para>
/// <para>The parser is the tokenizer every RelationshipKit CSV reader shares, written by hand over a pooled character
/// buffer rather than on a CSV library: neither Sylvan.Data.Csv nor CsvHelper splits fields on runs of white space
/// (the CDNOW files), errors name the character column, and on the way to summaries no string is allocated per
/// line; see the design notes.</para>
/// <para>This type is not thread-safe. Dispose it to release the buffer and the underlying reader.</para>
/// </remarks>
[Mutable]
public sealed class TransactionCsvReader : IDisposable
{
    private readonly CsvTokenizer _csv;
    private readonly bool _hasHeader;
    private readonly CsvColumn[] _columns;
    private readonly string[] _columnNames;
    private readonly DatePattern _datePattern;
    private readonly DecimalText _decimal;
    private readonly string _cultureName;

    // Field index (0-based) of customer, date and amount; -1 until the header is read.
    private readonly int[] _fieldIndex = [-1, -1, -1];
    private bool _headerRead;
    private bool _disposed;
    private long _transactions;

    /// <summary>Initializes a new <see cref="TransactionCsvReader"/> over text; the reader is disposed with this one.</summary>
    /// <param name="reader">The text to read.</param>
    /// <param name="options">How to read it; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="reader"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="options"/> is invalid; the message names the setting.</exception>
    public TransactionCsvReader(TextReader reader, TransactionCsvOptions? options = null)
        : this(reader ?? throw new ArgumentNullException(nameof(reader)), null, null, options ?? new TransactionCsvOptions())
    {
    }

    /// <summary>Initializes a new <see cref="TransactionCsvReader"/> over a stream of UTF-8 text (a byte-order mark selects another Unicode encoding); the stream is disposed with the reader.</summary>
    /// <param name="stream">The bytes to read. When the stream can seek, <see cref="Progress"/> reports the fraction read.</param>
    /// <param name="options">How to read it; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="options"/> is invalid; the message names the setting.</exception>
    public TransactionCsvReader(Stream stream, TransactionCsvOptions? options = null)
        : this(CsvTokenizer.CreateStreamReader(stream), stream, null, options ?? new TransactionCsvOptions())
    {
    }

    private TransactionCsvReader(TextReader reader, Stream? stream, string? path, TransactionCsvOptions options)
    {
        options.Validate(nameof(options));
        _hasHeader = options.HasHeader;
        var delimiter = options.Delimiter switch
        {
            CsvDelimiter.Semicolon => ';',
            CsvDelimiter.Tab => '\t',
            CsvDelimiter.Whitespace => CsvTokenizer.WhitespaceRuns,
            _ => ',',
        };
        _columns = options.AmountColumn is { } amount
            ? [options.CustomerColumn, options.DateColumn, amount]
            : [options.CustomerColumn, options.DateColumn];
        _columnNames = [.. _columns.Select(c => c.Name ?? c.ToString())];
        HasAmounts = options.AmountColumn.HasValue;
        _datePattern = options.DateFormat is null ? DatePattern.Iso(options.Culture) : DatePattern.Create(options.DateFormat, options.Culture, nameof(options));
        _decimal = new DecimalText(options.Culture);
        _cultureName = options.Culture.Equals(CultureInfo.InvariantCulture) ? "invariant" : options.Culture.Name;
        _csv = new CsvTokenizer(reader, stream, path, delimiter);
        if (!_hasHeader)
        {
            for (var i = 0; i < _columns.Length; i++)
            {
                _fieldIndex[i] = _columns[i].Position!.Value - 1; // Without a header every column is a position (options rule).
            }

            SelectFields();
        }
    }

    /// <summary>Gets a value indicating whether the transactions carry amounts (an amount column was chosen).</summary>
    public bool HasAmounts { get; }

    /// <summary>Gets the file the reader was opened on, or <see langword="null"/> for a stream or a <see cref="TextReader"/>.</summary>
    public string? Path => _csv.Path;

    /// <summary>Gets the 1-based number of the line read last (0 before the first read).</summary>
    public long LineNumber => _csv.LineNumber;

    /// <summary>Gets how far the reader has read.</summary>
    public TransactionReadProgress Progress => new(_csv.LineNumber, _transactions, _csv.Fraction);

    /// <summary>Gets the customer id of the record read last, as characters in the reader's buffer (valid until the next read).</summary>
    internal ReadOnlySpan<char> CurrentCustomerId => Field(0);

    /// <summary>Gets the day number of the record read last.</summary>
    internal int CurrentDayNumber { get; private set; }

    /// <summary>Gets the amount of the record read last (0 when the file has no amounts).</summary>
    internal decimal CurrentAmount { get; private set; }

    /// <summary>Opens a file for reading; errors name <paramref name="path"/> as given.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">How to read it; <see langword="null"/> for the defaults.</param>
    /// <returns>The reader, which owns the file until disposed.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="options"/> is invalid; the message names the setting.</exception>
    /// <exception cref="IOException">Thrown when the file cannot be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">Thrown when the file may not be read.</exception>
    public static TransactionCsvReader Open(string path, TransactionCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new TransactionCsvOptions();
        options.Validate(nameof(options));
        var stream = CsvTokenizer.OpenFile(path);
        try
        {
            return new TransactionCsvReader(CsvTokenizer.CreateStreamReader(stream), stream, path, options);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Reads the next transaction.</summary>
    /// <param name="transaction">The transaction, when one was read.</param>
    /// <returns><see langword="true"/> when a transaction was read; <see langword="false"/> at the end of the input.</returns>
    /// <exception cref="CsvFormatException">Thrown when a line is malformed.</exception>
    /// <exception cref="ObjectDisposedException">Thrown when the reader was disposed.</exception>
    public bool TryRead(out Transaction transaction)
    {
        if (!TryReadRecord())
        {
            transaction = default;
            return false;
        }

        transaction = CurrentTransaction();
        return true;
    }

    /// <summary>Reads every remaining transaction, one at a time.</summary>
    /// <returns>The transactions, read lazily as the sequence is enumerated.</returns>
    /// <exception cref="CsvFormatException">Thrown during enumeration when a line is malformed.</exception>
    public IEnumerable<Transaction> ReadAll()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return Iterate();

        IEnumerable<Transaction> Iterate()
        {
            while (TryRead(out var transaction))
            {
                yield return transaction;
            }
        }
    }

    /// <summary>Reads every remaining transaction asynchronously, one at a time.</summary>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The transactions, read lazily as the sequence is enumerated.</returns>
    /// <exception cref="CsvFormatException">Thrown during enumeration when a line is malformed.</exception>
    /// <exception cref="OperationCanceledException">Thrown during enumeration when <paramref name="cancellationToken"/> is cancelled.</exception>
    public IAsyncEnumerable<Transaction> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return IterateAsync(cancellationToken);
    }

    /// <summary>Releases the buffer and disposes the underlying reader or stream.</summary>
    public void Dispose()
    {
        _disposed = true;
        _csv.Dispose();
    }

    /// <summary>Reads the next record into <see cref="CurrentCustomerId"/>, <see cref="CurrentDayNumber"/> and <see cref="CurrentAmount"/>.</summary>
    internal bool TryReadRecord()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        while (_csv.ReadLine())
        {
            if (TakeLine())
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the next record asynchronously; see <see cref="TryReadRecord"/>.</summary>
    internal async ValueTask<bool> TryReadRecordAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        while (await _csv.ReadLineAsync(cancellationToken).ConfigureAwait(false))
        {
            if (TakeLine())
            {
                return true;
            }
        }

        return false;
    }

    private static string ColumnTitle(int column) => column switch
    {
        0 => "customer id",
        1 => "date",
        _ => "amount",
    };

    private static string Quote(ReadOnlySpan<char> text) => "\"" + CsvTokenizer.Excerpt(text) + "\"";

    private async IAsyncEnumerable<Transaction> IterateAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await TryReadRecordAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return CurrentTransaction();
        }
    }

    private Transaction CurrentTransaction()
    {
        var id = new CustomerId(CurrentCustomerId.ToString());
        var date = DayNumber.ToLocalDate(CurrentDayNumber);
        return HasAmounts ? new Transaction(id, date, CurrentAmount) : new Transaction(id, date);
    }

    /// <summary>Handles the current line: the header (returns false) or a record (returns true).</summary>
    private bool TakeLine()
    {
        if (!_headerRead)
        {
            _headerRead = true;
            if (_hasHeader)
            {
                ReadHeader();
                return false;
            }
        }

        ParseRecord();
        _transactions++;
        return true;
    }

    private void ReadHeader()
    {
        var header = _csv.SplitAll();
        _csv.RejectRepeatedNames(header);
        for (var i = 0; i < _columns.Length; i++)
        {
            if (_columns[i].Name is not { } name)
            {
                _fieldIndex[i] = _columns[i].Position!.Value - 1; // A column without a name has a position (CsvColumn invariant).
                continue;
            }

            var index = header.FindIndex(f => string.Equals(f.Text, name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                throw _csv.Error(1, $"the header has no column \"{name}\" for the {ColumnTitle(i)}; it has {CsvTokenizer.HeaderExcerpt(header)}.");
            }

            _fieldIndex[i] = index;
        }

        SelectFields();
    }

    private void SelectFields() => _csv.Select(_fieldIndex.AsSpan(0, _columns.Length));

    private void ParseRecord()
    {
        var fields = _csv.Split(countAll: false);
        for (var c = 0; c < _columns.Length; c++)
        {
            if (!_csv.HasSlot(c))
            {
                // In a method of its own: a lambda here would allocate its closure on every line, not only on errors.
                throw MissingField(fields);
            }
        }

        var id = Field(0);
        if (id.IsEmpty)
        {
            throw Error(0, "customer id is empty.");
        }

        if (id.Length > CustomerId.MaxLength)
        {
            throw Error(0, $"customer id is longer than {CustomerId.MaxLength} characters (was {id.Length}).");
        }

        var dateText = Field(1);
        if (dateText.IsEmpty)
        {
            throw Error(1, "date is empty.");
        }

        var day = _datePattern.Parse(dateText);
        if (day < 0)
        {
            throw Error(1, day == DatePattern.NotADate
                ? $"date {Quote(dateText)} is not a calendar date."
                : $"date {Quote(dateText)} does not match {_datePattern.Description}.");
        }

        CurrentDayNumber = day;
        if (HasAmounts)
        {
            var amountText = Field(2);
            if (amountText.IsEmpty)
            {
                throw Error(2, "amount is empty.");
            }

            if (!_decimal.TryParse(amountText, out var amount))
            {
                throw Error(2, $"amount {Quote(amountText)} is not a number in the {_cultureName} culture.");
            }

            if (amount < 0)
            {
                throw Error(2, $"amount must be >= 0; was {Guard.Format(amount)}.");
            }

            CurrentAmount = amount;
        }
    }

    private CsvFormatException MissingField(int fieldsFound)
    {
        var missing = Enumerable.Range(0, _columns.Length).Where(c => !_csv.HasSlot(c)).MinBy(c => _fieldIndex[c]);
        return _csv.Error(
            _csv.EndColumn,
            $"expected at least {_fieldIndex[missing] + 1} fields to read the {ColumnTitle(missing)} (field {_fieldIndex[missing] + 1}); found {fieldsFound}.",
            _columnNames[missing]);
    }

    /// <summary>Gets a field of the current line, trimmed of white space as <see cref="string.Trim()"/> trims it (so ids match <see cref="CustomerId"/>'s trimming).</summary>
    private ReadOnlySpan<char> Field(int column) => _csv.Slot(column).Trim();

    /// <summary>Creates an error at the field of <paramref name="column"/>.</summary>
    private CsvFormatException Error(int column, string reason) => _csv.SlotError(column, reason, _columnNames[column]);
}
