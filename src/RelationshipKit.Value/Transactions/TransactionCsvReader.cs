using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

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
/// <para>The first bad line stops the reader with a <see cref="TransactionCsvException"/> carrying the line, the
/// character column and the reason; nothing is skipped silently.</para>
/// <para>The parser is written by hand over a pooled character buffer rather than on a CSV library: neither
/// Sylvan.Data.Csv nor CsvHelper splits fields on runs of white space (the CDNOW files), errors name the character
/// column, and on the way to summaries no string is allocated per line. Sylvan.Data.Csv splits comma-separated
/// fields somewhat faster (about 8 % on <c>SummaryBenchmarks</c>' <c>Parse_*</c> pair); see the summaries docs page.</para>
/// <para>This type is not thread-safe. Dispose it to release the buffer and the underlying reader.</para>
/// </remarks>
[Mutable]
public sealed class TransactionCsvReader : IDisposable
{
    private const int InitialBufferSize = 64 * 1024;
    private const int MaxColumns = 3;

    private readonly TextReader _reader;
    private readonly Stream? _stream;
    private readonly long _length;
    private readonly bool _hasHeader;
    private readonly CsvDelimiter _delimiterKind;
    private readonly char _delimiter;
    private readonly CsvColumn[] _columns;
    private readonly DatePattern _datePattern;
    private readonly DecimalText _decimal;
    private readonly string _cultureName;

    // Field index (0-based) of customer, date and amount; -1 until the header is read.
    private readonly int[] _fieldIndex = [-1, -1, -1];
    private readonly int[] _fieldStart = new int[MaxColumns];
    private readonly int[] _fieldLength = new int[MaxColumns];
    private readonly string?[] _fieldUnescaped = new string?[MaxColumns];
    private int _lastNeededField = -1;
    private int[] _columnOfField = [];
    private bool _headerRead;

    private char[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    private bool _disposed;
    private long _lineNumber;
    private long _transactions;
    private int _lineOffset;

    /// <summary>Initializes a new <see cref="TransactionCsvReader"/> over text; the reader is disposed with this one.</summary>
    /// <param name="reader">The text to read.</param>
    /// <param name="options">How to read it; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="reader"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="options"/> is invalid; the message names the setting.</exception>
    public TransactionCsvReader(TextReader reader, TransactionCsvOptions? options = null)
        : this(reader ?? throw new ArgumentNullException(nameof(reader)), null, options ?? new TransactionCsvOptions())
    {
    }

    /// <summary>Initializes a new <see cref="TransactionCsvReader"/> over a stream of UTF-8 text (a byte-order mark selects another Unicode encoding); the stream is disposed with the reader.</summary>
    /// <param name="stream">The bytes to read. When the stream can seek, <see cref="Progress"/> reports the fraction read.</param>
    /// <param name="options">How to read it; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="options"/> is invalid; the message names the setting.</exception>
    public TransactionCsvReader(Stream stream, TransactionCsvOptions? options = null)
        : this(CreateStreamReader(stream), stream, options ?? new TransactionCsvOptions())
    {
    }

    private TransactionCsvReader(TextReader reader, Stream? stream, TransactionCsvOptions options)
    {
        options.Validate(nameof(options));
        _reader = reader;
        _stream = stream;
        _length = stream is { CanSeek: true } ? stream.Length : -1;
        _hasHeader = options.HasHeader;
        _delimiterKind = options.Delimiter;
        _delimiter = options.Delimiter switch
        {
            CsvDelimiter.Semicolon => ';',
            CsvDelimiter.Tab => '\t',
            CsvDelimiter.Whitespace => ' ',
            _ => ',',
        };
        _columns = options.AmountColumn is { } amount
            ? [options.CustomerColumn, options.DateColumn, amount]
            : [options.CustomerColumn, options.DateColumn];
        HasAmounts = options.AmountColumn.HasValue;
        _datePattern = options.DateFormat is null ? DatePattern.Iso(options.Culture) : DatePattern.Create(options.DateFormat, options.Culture, nameof(options));
        _decimal = new DecimalText(options.Culture);
        _cultureName = options.Culture.Equals(CultureInfo.InvariantCulture) ? "invariant" : options.Culture.Name;
        _buffer = ArrayPool<char>.Shared.Rent(InitialBufferSize);
        if (!_hasHeader)
        {
            ResolvePositions();
        }
    }

    private enum Step
    {
        Record,
        Skip,
        NeedData,
        End,
    }

    /// <summary>Gets a value indicating whether the transactions carry amounts (an amount column was chosen).</summary>
    public bool HasAmounts { get; }

    /// <summary>Gets the 1-based number of the line read last (0 before the first read).</summary>
    public long LineNumber => _lineNumber;

    /// <summary>Gets how far the reader has read.</summary>
    public TransactionReadProgress Progress
    {
        get
        {
            double? fraction = null;
            if (_length > 0 && _stream is not null)
            {
                fraction = _eof && _start >= _end ? 1.0 : Math.Clamp((double)_stream.Position / _length, 0, 1);
            }
            else if (_length == 0)
            {
                fraction = 1.0;
            }

            return new TransactionReadProgress(_lineNumber, _transactions, fraction);
        }
    }

    /// <summary>Gets the customer id of the record read last, as characters in the reader's buffer (valid until the next read).</summary>
    internal ReadOnlySpan<char> CurrentCustomerId => Field(0);

    /// <summary>Gets the day number of the record read last.</summary>
    internal int CurrentDayNumber { get; private set; }

    /// <summary>Gets the amount of the record read last (0 when the file has no amounts).</summary>
    internal decimal CurrentAmount { get; private set; }

    /// <summary>Opens a file for reading.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">How to read it; <see langword="null"/> for the defaults.</param>
    /// <returns>The reader, which owns the file until disposed.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="options"/> is invalid; the message names the setting.</exception>
    /// <exception cref="IOException">Thrown when the file cannot be opened.</exception>
    public static TransactionCsvReader Open(string path, TransactionCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new TransactionCsvOptions();
        options.Validate(nameof(options));
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        try
        {
            return new TransactionCsvReader(stream, options);
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
    /// <exception cref="TransactionCsvException">Thrown when a line is malformed.</exception>
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
    /// <exception cref="TransactionCsvException">Thrown during enumeration when a line is malformed.</exception>
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
    /// <exception cref="TransactionCsvException">Thrown during enumeration when a line is malformed.</exception>
    /// <exception cref="OperationCanceledException">Thrown during enumeration when <paramref name="cancellationToken"/> is cancelled.</exception>
    public IAsyncEnumerable<Transaction> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return IterateAsync(cancellationToken);
    }

    private async IAsyncEnumerable<Transaction> IterateAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await TryReadRecordAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return CurrentTransaction();
        }
    }

    /// <summary>Releases the buffer and disposes the underlying reader or stream.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _reader.Dispose();
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = [];
    }

    /// <summary>Reads the next record into <see cref="CurrentCustomerId"/>, <see cref="CurrentDayNumber"/> and <see cref="CurrentAmount"/>.</summary>
    internal bool TryReadRecord()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        while (true)
        {
            switch (TryStep())
            {
                case Step.Record:
                    return true;
                case Step.End:
                    return false;
                case Step.NeedData:
                    Fill(_reader.Read(FreeSpace()));
                    break;
            }
        }
    }

    /// <summary>Reads the next record asynchronously; see <see cref="TryReadRecord"/>.</summary>
    internal async ValueTask<bool> TryReadRecordAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        while (true)
        {
            switch (TryStep())
            {
                case Step.Record:
                    return true;
                case Step.End:
                    return false;
                case Step.NeedData:
                    cancellationToken.ThrowIfCancellationRequested();
                    PrepareFill();
                    Fill(await _reader.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false));
                    break;
            }
        }
    }

    private static StreamReader CreateStreamReader(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: InitialBufferSize, leaveOpen: false);
    }

    private static bool IsBlank(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (c is not (' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    private static string ColumnTitle(int column) => column switch
    {
        0 => "customer id",
        1 => "date",
        _ => "amount",
    };

    private static string Quote(ReadOnlySpan<char> text) => "\"" + text.ToString() + "\"";

    private Transaction CurrentTransaction()
    {
        var id = new CustomerId(CurrentCustomerId.ToString());
        var date = DayNumber.ToLocalDate(CurrentDayNumber);
        return HasAmounts ? new Transaction(id, date, CurrentAmount) : new Transaction(id, date);
    }

    private Span<char> FreeSpace()
    {
        PrepareFill();
        return _buffer.AsSpan(_end);
    }

    /// <summary>Moves the unread text to the front of the buffer, growing it when a single line fills it.</summary>
    private void PrepareFill()
    {
        var pending = _end - _start;
        if (_start > 0)
        {
            _buffer.AsSpan(_start, pending).CopyTo(_buffer);
            _start = 0;
            _end = pending;
        }

        if (_end == _buffer.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, _end).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = larger;
        }
    }

    private void Fill(int read)
    {
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }

    private Step TryStep()
    {
        var text = _buffer.AsSpan(_start, _end - _start);
        var newline = text.IndexOf('\n');
        int length;
        if (newline >= 0)
        {
            length = newline;
        }
        else if (_eof && text.Length > 0)
        {
            length = text.Length;
        }
        else
        {
            return _eof ? Step.End : Step.NeedData;
        }

        _lineOffset = _start;
        _start += newline >= 0 ? newline + 1 : length;
        _lineNumber++;
        if (length > 0 && text[length - 1] == '\r')
        {
            length--;
        }

        var line = text[..length];
        if (_lineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF')
        {
            // A byte-order mark that reached us as text (a TextReader over a string or a non-detecting decoder).
            line = line[1..];
            _lineOffset++;
        }

        if (IsBlank(line))
        {
            return Step.Skip;
        }

        if (!_headerRead)
        {
            if (_hasHeader)
            {
                ReadHeader(line);
                return Step.Skip;
            }

            _headerRead = true;
        }

        ParseRecord(line);
        _transactions++;
        return Step.Record;
    }

    private void ResolvePositions()
    {
        for (var i = 0; i < _columns.Length; i++)
        {
            if (_columns[i].Position is { } position)
            {
                _fieldIndex[i] = position - 1;
            }
        }

        MapFields();
        _headerRead = !_hasHeader;
    }

    private void ReadHeader(ReadOnlySpan<char> line)
    {
        var names = new List<string>();
        var position = 0;
        while (true)
        {
            var found = NextField(line, ref position, out var start, out var length, out var unescaped);
            if (!found)
            {
                break;
            }

            names.Add(unescaped ?? line.Slice(start, length).ToString());
        }

        for (var i = 0; i < _columns.Length; i++)
        {
            if (_columns[i].Name is not { } name)
            {
                _fieldIndex[i] = _columns[i].Position!.Value - 1; // A column without a name has a position (CsvColumn invariant).
                continue;
            }

            var index = names.FindIndex(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                throw new TransactionCsvException(_lineNumber, 1, $"the header has no column \"{name}\" for the {ColumnTitle(i)}; it has {HeaderExcerpt(names)}.");
            }

            _fieldIndex[i] = index;
        }

        MapFields();
        _headerRead = true;
    }

    private void MapFields()
    {
        _lastNeededField = _fieldIndex.Max();
        _columnOfField = new int[_lastNeededField + 1];
        Array.Fill(_columnOfField, -1);
        for (var c = 0; c < _columns.Length; c++)
        {
            _columnOfField[_fieldIndex[c]] = c;
        }
    }

    private void ParseRecord(ReadOnlySpan<char> line)
    {
        int field, seen;
        if (_delimiterKind == CsvDelimiter.Whitespace)
        {
            SplitOnWhitespace(line, out field, out seen);
        }
        else if (line.IndexOf('"') < 0)
        {
            SplitUnquoted(line, out field, out seen);
        }
        else
        {
            Array.Clear(_fieldUnescaped);
            var position = 0;
            field = 0;
            seen = 0;
            while (field <= _lastNeededField && NextField(line, ref position, out var start, out var length, out var unescaped))
            {
                RecordField(field, start, length, ref seen, unescaped);
                field++;
            }
        }

        if (seen < _columns.Length)
        {
            // In a method of its own: a lambda here would allocate its closure on every line, not only on errors.
            throw MissingField(field, line.Length + 1);
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

    /// <summary>Gets a field of the current line, trimmed of white space as <see cref="string.Trim()"/> trims it (so ids match <see cref="CustomerId"/>'s trimming).</summary>
    /// <summary>The header's column names for an error message: at most eight, control characters (a binary file) shown as '?', long names cut.</summary>
    private static string HeaderExcerpt(List<string> names)
    {
        static string Clean(string name)
        {
            var chars = name.Select(c => char.IsControl(c) ? '?' : c).Take(41).ToArray();
            return chars.Length > 40 ? new string(chars, 0, 40) + "…" : new string(chars);
        }

        var shown = string.Join(", ", names.Take(8).Select(n => "\"" + Clean(n) + "\""));
        return names.Count > 8 ? $"{shown} and {names.Count - 8} more" : shown;
    }

    /// <summary>Splits a line without quotes on the delimiter, up to the last field needed (the common case, kept tight).</summary>
    private void SplitUnquoted(ReadOnlySpan<char> line, out int field, out int seen)
    {
        var delimiter = _delimiter;
        field = 0;
        seen = 0;
        var start = 0;
        while (true)
        {
            var end = start;
            while (end < line.Length && line[end] != delimiter)
            {
                end++;
            }

            RecordField(field, start, end - start, ref seen);

            field++;
            if (end >= line.Length || field > _lastNeededField)
            {
                return;
            }

            start = end + 1;
        }
    }

    /// <summary>Remembers where field <paramref name="field"/> of the line lies (and its unquoted text, for a quoted field with doubled quotes) when it is one of the columns read, and counts it in <paramref name="seen"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void RecordField(int field, int start, int length, ref int seen, string? unescaped = null)
    {
        var c = _columnOfField[field];
        if (c >= 0)
        {
            _fieldStart[c] = start;
            _fieldLength[c] = length;
            _fieldUnescaped[c] = unescaped;
            seen++;
        }
    }

    /// <summary>Splits a line on runs of spaces and tabs, up to the last field needed.</summary>
    private void SplitOnWhitespace(ReadOnlySpan<char> line, out int field, out int seen)
    {
        field = 0;
        seen = 0;
        var i = 0;
        while (field <= _lastNeededField)
        {
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                i++;
            }

            if (i >= line.Length)
            {
                return;
            }

            var start = i;
            while (i < line.Length && line[i] is not (' ' or '\t'))
            {
                i++;
            }

            RecordField(field, start, i - start, ref seen);

            field++;
        }
    }

    private TransactionCsvException MissingField(int fieldsFound, int column)
    {
        var missing = Enumerable.Range(0, _columns.Length).Where(c => _fieldIndex[c] >= fieldsFound).MinBy(c => _fieldIndex[c]);
        return new TransactionCsvException(
            _lineNumber,
            column,
            $"expected at least {_fieldIndex[missing] + 1} fields to read the {ColumnTitle(missing)} (field {_fieldIndex[missing] + 1}); found {fieldsFound}.");
    }

    private ReadOnlySpan<char> Field(int column) =>
        (_fieldUnescaped[column] is { } unescaped ? unescaped.AsSpan() : _buffer.AsSpan(_lineOffset + _fieldStart[column], _fieldLength[column])).Trim();

    /// <summary>Creates an error at the first non-blank character of a field (or where it starts, when it is blank).</summary>
    private TransactionCsvException Error(int column, string reason)
    {
        var raw = _fieldUnescaped[column] is { } unescaped ? unescaped.AsSpan() : _buffer.AsSpan(_lineOffset + _fieldStart[column], _fieldLength[column]);
        var leading = _fieldUnescaped[column] is null ? raw.Length - raw.TrimStart().Length : 0;
        return new TransactionCsvException(_lineNumber, _fieldStart[column] + leading + 1, reason);
    }

    /// <summary>
    /// Finds the next field at or after <paramref name="position"/>: its trimmed start and length within the line, and,
    /// for a quoted field with doubled quotes, its unescaped text. Returns false when the line has no more fields.
    /// </summary>
    private bool NextField(ReadOnlySpan<char> line, ref int position, out int start, out int length, out string? unescaped)
    {
        unescaped = null;
        if (_delimiterKind == CsvDelimiter.Whitespace)
        {
            while (position < line.Length && line[position] is ' ' or '\t')
            {
                position++;
            }

            if (position >= line.Length)
            {
                start = length = 0;
                return false;
            }

            start = position;
            var rest = line[position..].IndexOfAny(' ', '\t');
            length = rest < 0 ? line.Length - position : rest;
            position += length;
            return true;
        }

        if (position > line.Length)
        {
            start = length = 0;
            return false;
        }

        var delimiter = _delimiter;
        while (position < line.Length && (line[position] == ' ' || (line[position] == '\t' && delimiter != '\t')))
        {
            position++;
        }

        if (position < line.Length && line[position] == '"')
        {
            return NextQuotedField(line, ref position, out start, out length, out unescaped);
        }

        start = position;
        var next = line[position..].IndexOf(delimiter);
        var end = next < 0 ? line.Length : position + next;
        var trimmedEnd = end;
        while (trimmedEnd > start && (line[trimmedEnd - 1] == ' ' || (line[trimmedEnd - 1] == '\t' && delimiter != '\t')))
        {
            trimmedEnd--;
        }

        length = trimmedEnd - start;
        position = end + 1;
        return true;
    }

    private bool NextQuotedField(ReadOnlySpan<char> line, ref int position, out int start, out int length, out string? unescaped)
    {
        unescaped = null;
        var quote = position;
        start = position + 1;
        var escaped = false;
        var i = start;
        while (true)
        {
            var next = line[i..].IndexOf('"');
            if (next < 0)
            {
                throw new TransactionCsvException(_lineNumber, quote + 1, "a quoted field is not closed before the end of the line.");
            }

            i += next;
            if (i + 1 < line.Length && line[i + 1] == '"')
            {
                escaped = true;
                i += 2;
                continue;
            }

            break;
        }

        length = i - start;
        if (escaped)
        {
            unescaped = line.Slice(start, length).ToString().Replace("\"\"", "\"", StringComparison.Ordinal);
        }

        i++;
        while (i < line.Length && (line[i] == ' ' || (line[i] == '\t' && _delimiter != '\t')))
        {
            i++;
        }

        if (i < line.Length && line[i] != _delimiter)
        {
            throw new TransactionCsvException(_lineNumber, i + 1, "unexpected text after the closing quote of a quoted field.");
        }

        position = i + 1;
        return true;
    }
}
