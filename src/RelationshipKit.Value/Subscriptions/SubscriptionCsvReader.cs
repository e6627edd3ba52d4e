using System.Globalization;
using System.Runtime.CompilerServices;
using RelationshipKit.Csv;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Value.Subscriptions;

/// <summary>
/// Represents a forward-only reader of a subscription log in a delimited text file: one subscription per line, with a
/// customer id, a start date and an end date (empty while the subscription is active), in columns chosen by
/// <see cref="SubscriptionCsvOptions"/>.
/// </summary>
/// <remarks>
/// <para>The reader has the shape of <see cref="TransactionCsvReader"/> and shares its tokenizer and date rules:
/// comma, semicolon or tab, RFC 4180 quoting, ISO 8601 dates (or a NodaTime pattern), blank lines skipped.</para>
/// <para>The first bad line stops the reader with a <see cref="CsvFormatException"/> naming the file (when opened on
/// a path), the line, the column and the rule: an empty id or start, a date that does not parse, an end before the
/// start, a header that names a column twice or lacks one.</para>
/// <para>This type is not thread-safe. Dispose it to release the underlying reader or file.</para>
/// </remarks>
[Mutable]
public sealed class SubscriptionCsvReader : IDisposable
{
    private static readonly string[] Titles = ["customer id", "start", "end"];

    private readonly CsvTokenizer _csv;
    private readonly bool _hasHeader;
    private readonly CsvColumn[] _columns;
    private readonly string[] _columnNames;
    private readonly DatePattern _dates;
    private readonly int[] _fieldIndex = [-1, -1, -1];
    private bool _headerRead;
    private bool _disposed;

    /// <summary>Initializes a new <see cref="SubscriptionCsvReader"/> over text; the reader is disposed with this one.</summary>
    /// <param name="reader">The text to read.</param>
    /// <param name="options">How to read it; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="reader"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="options"/> is invalid; the message names the setting.</exception>
    public SubscriptionCsvReader(TextReader reader, SubscriptionCsvOptions? options = null)
        : this(reader ?? throw new ArgumentNullException(nameof(reader)), null, null, options ?? new SubscriptionCsvOptions())
    {
    }

    /// <summary>Initializes a new <see cref="SubscriptionCsvReader"/> over a stream of UTF-8 text (a byte-order mark selects another Unicode encoding); the stream is disposed with the reader.</summary>
    /// <param name="stream">The bytes to read.</param>
    /// <param name="options">How to read it; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="options"/> is invalid; the message names the setting.</exception>
    public SubscriptionCsvReader(Stream stream, SubscriptionCsvOptions? options = null)
        : this(CsvTokenizer.CreateStreamReader(stream), stream, null, options ?? new SubscriptionCsvOptions())
    {
    }

    private SubscriptionCsvReader(TextReader reader, Stream? stream, string? path, SubscriptionCsvOptions options)
    {
        options.Validate(nameof(options));
        _hasHeader = options.HasHeader;
        _columns = [options.CustomerColumn, options.StartColumn, options.EndColumn];
        _columnNames = [.. _columns.Select(c => c.Name ?? c.ToString())];
        _dates = options.DateFormat is null ? DatePattern.Iso(options.Culture) : DatePattern.Create(options.DateFormat, options.Culture, nameof(options));
        var delimiter = options.Delimiter switch
        {
            CsvDelimiter.Semicolon => ';',
            CsvDelimiter.Tab => '\t',
            _ => ',',
        };
        _csv = new CsvTokenizer(reader, stream, path, delimiter);
        if (!_hasHeader)
        {
            for (var i = 0; i < _columns.Length; i++)
            {
                _fieldIndex[i] = _columns[i].Position!.Value - 1; // Without a header every column is a position (options rule).
            }

            _csv.Select(_fieldIndex);
        }
    }

    /// <summary>Gets the file the reader was opened on, or <see langword="null"/> for a stream or a <see cref="TextReader"/>.</summary>
    public string? Path => _csv.Path;

    /// <summary>Opens a subscription log for reading; errors name <paramref name="path"/> as given.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">How to read it; <see langword="null"/> for the defaults.</param>
    /// <returns>The reader, which owns the file until disposed.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="options"/> is invalid; the message names the setting.</exception>
    /// <exception cref="IOException">Thrown when the file cannot be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">Thrown when the file may not be read.</exception>
    public static SubscriptionCsvReader Open(string path, SubscriptionCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new SubscriptionCsvOptions();
        options.Validate(nameof(options));
        var stream = CsvTokenizer.OpenFile(path);
        try
        {
            return new SubscriptionCsvReader(CsvTokenizer.CreateStreamReader(stream), stream, path, options);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Reads the next subscription.</summary>
    /// <param name="subscription">The subscription, when one was read.</param>
    /// <returns><see langword="true"/> when a subscription was read; <see langword="false"/> at the end of the input.</returns>
    /// <exception cref="CsvFormatException">Thrown when a line is malformed.</exception>
    /// <exception cref="ObjectDisposedException">Thrown when the reader was disposed.</exception>
    public bool TryRead(out Subscription subscription)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        while (_csv.ReadLine())
        {
            if (TakeLine(out subscription))
            {
                return true;
            }
        }

        subscription = default;
        return false;
    }

    /// <summary>Reads every remaining subscription, one at a time.</summary>
    /// <returns>The subscriptions, read lazily as the sequence is enumerated.</returns>
    /// <exception cref="CsvFormatException">Thrown during enumeration when a line is malformed.</exception>
    public IEnumerable<Subscription> ReadAll()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return Iterate();

        IEnumerable<Subscription> Iterate()
        {
            while (TryRead(out var subscription))
            {
                yield return subscription;
            }
        }
    }

    /// <summary>Reads every remaining subscription asynchronously, one at a time.</summary>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The subscriptions, read lazily as the sequence is enumerated.</returns>
    /// <exception cref="CsvFormatException">Thrown during enumeration when a line is malformed.</exception>
    /// <exception cref="OperationCanceledException">Thrown during enumeration when <paramref name="cancellationToken"/> is cancelled.</exception>
    public IAsyncEnumerable<Subscription> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return IterateAsync(cancellationToken);
    }

    /// <summary>Releases the underlying reader or file.</summary>
    public void Dispose()
    {
        _disposed = true;
        _csv.Dispose();
    }

    private async IAsyncEnumerable<Subscription> IterateAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await _csv.ReadLineAsync(cancellationToken).ConfigureAwait(false))
        {
            if (TakeLine(out var subscription))
            {
                yield return subscription;
            }
        }
    }

    private bool TakeLine(out Subscription subscription)
    {
        subscription = default;
        if (!_headerRead)
        {
            _headerRead = true;
            if (_hasHeader)
            {
                ReadHeader();
                return false;
            }
        }

        var fields = _csv.Split(countAll: false);
        for (var c = 0; c < _columns.Length; c++)
        {
            if (!_csv.HasSlot(c))
            {
                throw _csv.Error(
                    _csv.EndColumn,
                    string.Create(CultureInfo.InvariantCulture, $"expected at least {_fieldIndex[c] + 1} fields to read the {Titles[c]} (field {_fieldIndex[c] + 1}); found {fields}."),
                    _columnNames[c]);
            }
        }

        var id = _csv.Slot(0).Trim();
        if (id.IsEmpty)
        {
            throw _csv.SlotError(0, "customer id is empty.", _columnNames[0]);
        }

        if (id.Length > CustomerId.MaxLength)
        {
            throw _csv.SlotError(0, $"customer id is longer than {CustomerId.MaxLength} characters (was {id.Length}).", _columnNames[0]);
        }

        var start = Date(1) ?? throw _csv.SlotError(1, "start is empty.", _columnNames[1]);
        var end = Date(2);
        if (end is { } e && e < start)
        {
            throw _csv.SlotError(2, $"end must be on or after start ({Iso(start)}); was {Iso(e)}.", _columnNames[2]);
        }

        subscription = new Subscription(new CustomerId(id.ToString()), start, end);
        return true;
    }

    private NodaTime.LocalDate? Date(int slot)
    {
        var text = _csv.Slot(slot).Trim();
        if (text.IsEmpty)
        {
            return null;
        }

        var day = _dates.Parse(text);
        if (day < 0)
        {
            var quoted = "\"" + CsvTokenizer.Excerpt(text) + "\"";
            throw _csv.SlotError(
                slot,
                day == DatePattern.NotADate ? $"{Titles[slot]} {quoted} is not a calendar date." : $"{Titles[slot]} {quoted} does not match {_dates.Description}.",
                _columnNames[slot]);
        }

        return DayNumber.ToLocalDate(day);
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
                throw _csv.Error(1, $"the header has no column \"{name}\" for the {Titles[i]}; it has {CsvTokenizer.HeaderExcerpt(header)}.");
            }

            _fieldIndex[i] = index;
        }

        _csv.Select(_fieldIndex);
    }

    private static string Iso(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
