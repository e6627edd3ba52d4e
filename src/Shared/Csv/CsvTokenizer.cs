using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace RelationshipKit.Csv;

/// <summary>
/// Splits delimited text into lines and fields with the position of every field, for the CSV readers of every
/// RelationshipKit package (transactions, customer summaries, surveys, archetype catalogues, subscription logs).
/// </summary>
/// <remarks>
/// <para>This one source file (<c>src/Shared/Csv/CsvTokenizer.cs</c>) is compiled into each assembly that reads CSV,
/// as an internal type: the rules are the same everywhere, no public type and no third-party dependency is added, and
/// no package has to reference another for them. See docs/design.md for why it is hand-written.</para>
/// <para>The rules: lines end with LF or CRLF, and a quoted field cannot span lines; blank lines (and, when asked,
/// lines whose first non-blank character is <c>#</c>) are skipped but counted; a byte-order mark before the first
/// line is ignored. Comma, semicolon and tab files follow RFC 4180 quoting (<c>"12,50"</c>, <c>"say ""hi"""</c>);
/// white space around an unquoted field is not part of it. <see cref="WhitespaceRuns"/> splits on runs of spaces and
/// tabs, with no quoting (the CDNOW files).</para>
/// <para>It holds one pooled buffer of text (64 K characters, grown only for a longer line), never the whole input.
/// Fields chosen with <see cref="Select"/> are found without allocating; <see cref="SplitAll"/> returns every field
/// as a string (for headers and small files). Columns are 1-based character positions: where the field's first
/// non-blank character (or its opening quote) is.</para>
/// <para>Not thread-safe. Disposing it disposes the reader.</para>
/// </remarks>
internal sealed class CsvTokenizer : IDisposable
{
    /// <summary>The <see cref="Delimiter"/> that splits on runs of spaces and tabs, without quoting.</summary>
    public const char WhitespaceRuns = '\0';

    /// <summary>The longest piece of a user's file quoted in an error message by <see cref="Excerpt"/>.</summary>
    public const int MaxExcerpt = 80;

    private const int InitialBufferSize = 64 * 1024;

    private readonly TextReader _reader;
    private readonly Stream? _stream;
    private readonly long _length;
    private readonly bool _skipComments;

    private char[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    private bool _disposed;
    private int _lineOffset;
    private int _lineLength;

    // Selected fields: _slotOfField[field] is the slot a field goes to (-1 when not selected).
    private int[] _slotOfField = [];
    private int _lastSelectedField = -1;
    private int[] _slotStart = [];
    private int[] _slotLength = [];
    private int[] _slotColumn = [];
    private string?[] _slotUnescaped = [];

    /// <summary>Initializes a tokenizer over <paramref name="reader"/>; <paramref name="stream"/>, when given, is the reader's stream (for <see cref="Fraction"/>).</summary>
    public CsvTokenizer(TextReader reader, Stream? stream, string? path, char delimiter, bool skipCommentLines = false)
    {
        _reader = reader;
        _stream = stream;
        _length = stream is { CanSeek: true } ? stream.Length : -1;
        Path = path;
        Delimiter = delimiter;
        _skipComments = skipCommentLines;
        _buffer = ArrayPool<char>.Shared.Rent(InitialBufferSize);
    }

    private enum Take
    {
        Line,
        Skip,
        NeedData,
        End,
    }

    /// <summary>Gets the file as the caller named it, or null for a stream or reader.</summary>
    public string? Path { get; }

    /// <summary>Gets or sets the delimiter: <c>,</c>, <c>;</c>, tab, or <see cref="WhitespaceRuns"/>.</summary>
    public char Delimiter { get; set; }

    /// <summary>Gets the 1-based number of the current line (0 before the first read); skipped lines are counted.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Gets the current line, without its line break (valid until the next read).</summary>
    public ReadOnlySpan<char> Line => _buffer.AsSpan(_lineOffset, _lineLength);

    /// <summary>Gets the column just after the end of the current line.</summary>
    public int EndColumn => _lineLength + 1;

    /// <summary>Gets a value indicating whether the end of the input was reached.</summary>
    public bool AtEnd => _eof && _start >= _end;

    /// <summary>Gets the fraction of the stream read, or null when its length is unknown.</summary>
    public double? Fraction => _length switch
    {
        0 => 1.0,
        > 0 when _stream is not null => AtEnd ? 1.0 : Math.Clamp((double)_stream.Position / _length, 0, 1),
        _ => null,
    };

    /// <summary>Creates the UTF-8 reader (a byte-order mark selects another Unicode encoding) that owns <paramref name="stream"/>.</summary>
    public static StreamReader CreateStreamReader(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: InitialBufferSize, leaveOpen: false);
    }

    /// <summary>Opens a file for one sequential read.</summary>
    public static FileStream OpenFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
    }

    /// <summary>Chooses the delimiter from a header line: comma, else semicolon (decimal-comma exports), else tab, else comma.</summary>
    public static char DetectDelimiter(ReadOnlySpan<char> header) =>
        header.Contains(',') ? ','
        : header.Contains(';') ? ';'
        : header.Contains('\t') ? '\t'
        : ',';

    /// <summary>Describes a delimiter for messages: "a comma", "a semicolon", "a tab".</summary>
    public static string Describe(char delimiter) => delimiter switch
    {
        ',' => "a comma",
        ';' => "a semicolon",
        '\t' => "a tab",
        WhitespaceRuns => "white space",
        _ => $"'{delimiter}'",
    };

    /// <summary>
    /// Quotes a piece of a user's file for an error message: control characters (a binary file) shown as '?', and text
    /// longer than <see cref="MaxExcerpt"/> cut with "…", so a wrong file cannot flood the terminal.
    /// </summary>
    public static string Excerpt(ReadOnlySpan<char> text)
    {
        var length = Math.Min(text.Length, MaxExcerpt);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = char.IsControl(text[i]) && text[i] != '\t' ? '?' : text[i];
        }

        return text.Length <= MaxExcerpt ? new string(chars) : new string(chars) + "…";
    }

    /// <summary>The header's column names for an error message: at most eight, quoted, each cut at 40 characters.</summary>
    public static string HeaderExcerpt(IReadOnlyList<Field> header)
    {
        var shown = new StringBuilder();
        for (var i = 0; i < Math.Min(8, header.Count); i++)
        {
            var name = header[i].Text;
            shown.Append(i > 0 ? ", \"" : "\"");
            foreach (var c in name.AsSpan(0, Math.Min(name.Length, 40)))
            {
                shown.Append(char.IsControl(c) ? '?' : c);
            }

            shown.Append(name.Length > 40 ? "…\"" : "\"");
        }

        return header.Count > 8 ? string.Create(CultureInfo.InvariantCulture, $"{shown} and {header.Count - 8} more") : shown.ToString();
    }

    /// <summary>Whether a field must be quoted when written (it holds a comma, a quote or a line break).</summary>
    public static bool NeedsQuotes(ReadOnlySpan<char> text) => text.IndexOfAny(",\"\n\r") >= 0;

    /// <summary>Appends <paramref name="text"/> as one RFC 4180 field, quoted when needed.</summary>
    public static void AppendField(StringBuilder builder, string text)
    {
        if (NeedsQuotes(text))
        {
            builder.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        else
        {
            builder.Append(text);
        }
    }

    /// <summary>Throws at the second of two header fields with the same name (ignoring case and surrounding white space).</summary>
    public void RejectRepeatedNames(IReadOnlyList<Field> header)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Text.Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (!seen.TryAdd(name, i))
            {
                throw Error(
                    header[i].Column,
                    string.Create(CultureInfo.InvariantCulture, $"column \"{Excerpt(name)}\" appears twice in the header (fields {seen[name] + 1} and {i + 1})."),
                    name);
            }
        }
    }

    /// <summary>Creates the reader's exception at <paramref name="column"/> of the current line.</summary>
    public CsvFormatException Error(int column, string reason, string? columnName = null) =>
        new(Path, Math.Max(1, LineNumber), Math.Max(1, column), reason, columnName);

    /// <summary>Moves to the next line that is not blank (or a comment, when asked).</summary>
    /// <returns><see langword="false"/> at the end of the input.</returns>
    public bool ReadLine()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        while (true)
        {
            switch (TryTakeLine())
            {
                case Take.Line:
                    return true;
                case Take.End:
                    return false;
                case Take.NeedData:
                    PrepareFill();
                    Fill(_reader.Read(_buffer, _end, _buffer.Length - _end));
                    break;
            }
        }
    }

    /// <summary>Moves to the next line asynchronously; see <see cref="ReadLine"/>.</summary>
    public async ValueTask<bool> ReadLineAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        while (true)
        {
            switch (TryTakeLine())
            {
                case Take.Line:
                    return true;
                case Take.End:
                    return false;
                case Take.NeedData:
                    cancellationToken.ThrowIfCancellationRequested();
                    PrepareFill();
                    Fill(await _reader.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false));
                    break;
            }
        }
    }

    /// <summary>Returns every field of the current line, unquoted, with its column.</summary>
    public List<Field> SplitAll()
    {
        var line = Line;
        var fields = new List<Field>();
        var position = 0;
        while (NextField(line, ref position, out var start, out var length, out var column, out var unescaped))
        {
            fields.Add(new Field(unescaped ?? line.Slice(start, length).ToString(), column));
        }

        return fields;
    }

    /// <summary>Chooses the fields <see cref="Split"/> captures: slot <c>i</c> receives field <c>fields[i]</c> (0-based; -1 for none).</summary>
    public void Select(ReadOnlySpan<int> fields)
    {
        var count = fields.Length;
        _slotStart = new int[count];
        _slotLength = new int[count];
        _slotColumn = new int[count];
        _slotUnescaped = new string?[count];
        _lastSelectedField = -1;
        foreach (var field in fields)
        {
            _lastSelectedField = Math.Max(_lastSelectedField, field);
        }

        _slotOfField = new int[_lastSelectedField + 1];
        Array.Fill(_slotOfField, -1);
        for (var slot = 0; slot < count; slot++)
        {
            if (fields[slot] >= 0)
            {
                _slotOfField[fields[slot]] = slot;
            }
        }
    }

    /// <summary>
    /// Splits the current line into the selected slots. Returns the number of fields on the line when
    /// <paramref name="countAll"/> is set; otherwise splitting stops after the last selected field and the count is
    /// of the fields found up to there.
    /// </summary>
    /// <exception cref="CsvFormatException">Thrown when a quoted field is not closed or is followed by other text.</exception>
    public int Split(bool countAll)
    {
        Array.Fill(_slotStart, -1);
        var line = Line;
        if (Delimiter == WhitespaceRuns)
        {
            return SplitOnWhitespace(line, countAll);
        }

        var unquoted = SplitUnquoted(line, countAll);
        if (unquoted >= 0)
        {
            return unquoted;
        }

        Array.Fill(_slotStart, -1);
        var fields = 0;
        var position = 0;
        while ((countAll || fields <= _lastSelectedField) && NextField(line, ref position, out var start, out var length, out var column, out var unescaped))
        {
            if (fields <= _lastSelectedField && _slotOfField[fields] is var slot and >= 0)
            {
                _slotStart[slot] = start;
                _slotLength[slot] = length;
                _slotColumn[slot] = column;
                _slotUnescaped[slot] = unescaped;
            }

            fields++;
        }

        return fields;
    }

    /// <summary>Gets whether slot <paramref name="slot"/> received a field on the current line.</summary>
    public bool HasSlot(int slot) => _slotStart[slot] >= 0;

    /// <summary>Gets the text of a slot: unquoted, without surrounding white space (valid until the next read).</summary>
    public ReadOnlySpan<char> Slot(int slot) =>
        _slotUnescaped[slot] is { } unescaped ? unescaped.AsSpan() : _buffer.AsSpan(_lineOffset + _slotStart[slot], _slotLength[slot]);

    /// <summary>Gets the 1-based column of a slot's field.</summary>
    public int SlotColumn(int slot) => _slotColumn[slot];

    /// <summary>Creates the reader's exception at a slot's field.</summary>
    public CsvFormatException SlotError(int slot, string reason, string? columnName) => Error(_slotColumn[slot], reason, columnName);

    /// <summary>Releases the buffer and disposes the reader.</summary>
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

    private bool IsBlank(char c) => c == ' ' || (c == '\t' && Delimiter != '\t');

    private Take TryTakeLine()
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
            return _eof ? Take.End : Take.NeedData;
        }

        _lineOffset = _start;
        _start += newline >= 0 ? newline + 1 : length;
        LineNumber++;
        if (length > 0 && text[length - 1] == '\r')
        {
            length--;
        }

        if (LineNumber == 1 && length > 0 && text[0] == '\uFEFF')
        {
            // A byte-order mark that reached us as text (a TextReader over a string, or a non-detecting decoder).
            _lineOffset++;
            length--;
        }

        _lineLength = length;
        var line = Line;
        var first = 0;
        while (first < line.Length && line[first] is ' ' or '\t')
        {
            first++;
        }

        if (first == line.Length || (_skipComments && line[first] == '#'))
        {
            return Take.Skip;
        }

        return Take.Line;
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

    /// <summary>
    /// Splits a line without quotes on the delimiter (the common case, kept tight); -1 when it has a quote. Sixteen
    /// characters at a time are compared with the delimiter and the quote, and the delimiters are taken from the bits
    /// of the comparison.
    /// </summary>
    private int SplitUnquoted(ReadOnlySpan<char> line, bool countAll)
    {
        var delimiter = Delimiter;
        var field = 0;
        var start = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var chars = MemoryMarshal.Cast<char, ushort>(line);
            var delimiters = Vector256.Create((ushort)delimiter);
            var quotes = Vector256.Create((ushort)'"');
            for (; i + Vector256<ushort>.Count <= chars.Length; i += Vector256<ushort>.Count)
            {
                var block = Vector256.Create(chars.Slice(i, Vector256<ushort>.Count));
                if (Vector256.EqualsAny(block, quotes))
                {
                    return -1;
                }

                var found = Vector256.Equals(block, delimiters).ExtractMostSignificantBits();
                while (found != 0)
                {
                    var end = i + BitOperations.TrailingZeroCount(found);
                    found &= found - 1;
                    if (TakeField(line, field++, start, end) && !countAll)
                    {
                        return field;
                    }

                    start = end + 1;
                }
            }
        }

        for (; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                return -1;
            }

            if (c == delimiter)
            {
                if (TakeField(line, field++, start, i) && !countAll)
                {
                    return field;
                }

                start = i + 1;
            }
        }

        TakeField(line, field++, start, line.Length);
        return field;
    }

    /// <summary>Records field <paramref name="field"/> (characters [start, end) of the line) when it is selected; true when it is the last selected field or beyond.</summary>
    private bool TakeField(ReadOnlySpan<char> line, int field, int start, int end)
    {
        if (field > _lastSelectedField)
        {
            return true;
        }

        if (_slotOfField[field] is var slot and >= 0)
        {
            var first = start;
            while (first < end && IsBlank(line[first]))
            {
                first++;
            }

            var last = end;
            while (last > first && IsBlank(line[last - 1]))
            {
                last--;
            }

            _slotStart[slot] = first;
            _slotLength[slot] = last - first;
            _slotColumn[slot] = first + 1;
            _slotUnescaped[slot] = null;
        }

        return field == _lastSelectedField;
    }

    /// <summary>Splits a line on runs of spaces and tabs.</summary>
    private int SplitOnWhitespace(ReadOnlySpan<char> line, bool countAll)
    {
        var field = 0;
        var i = 0;
        while (countAll || field <= _lastSelectedField)
        {
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                i++;
            }

            if (i >= line.Length)
            {
                break;
            }

            var start = i;
            while (i < line.Length && line[i] is not (' ' or '\t'))
            {
                i++;
            }

            if (field <= _lastSelectedField && _slotOfField[field] is var slot and >= 0)
            {
                _slotStart[slot] = start;
                _slotLength[slot] = i - start;
                _slotColumn[slot] = start + 1;
                _slotUnescaped[slot] = null;
            }

            field++;
        }

        return field;
    }

    /// <summary>
    /// Finds the next field at or after <paramref name="position"/>: its start and length within the line (without
    /// surrounding white space and quotes), its column, and for a quoted field its unquoted text. Returns false when
    /// the line has no more fields.
    /// </summary>
    private bool NextField(ReadOnlySpan<char> line, ref int position, out int start, out int length, out int column, out string? unescaped)
    {
        unescaped = null;
        if (Delimiter == WhitespaceRuns)
        {
            while (position < line.Length && line[position] is ' ' or '\t')
            {
                position++;
            }

            if (position >= line.Length)
            {
                start = length = column = 0;
                return false;
            }

            start = position;
            var rest = line[position..].IndexOfAny(' ', '\t');
            length = rest < 0 ? line.Length - position : rest;
            position += length;
            column = start + 1;
            return true;
        }

        if (position > line.Length)
        {
            start = length = column = 0;
            return false;
        }

        while (position < line.Length && IsBlank(line[position]))
        {
            position++;
        }

        column = position + 1;
        if (position < line.Length && line[position] == '"')
        {
            return NextQuotedField(line, ref position, out start, out length, out unescaped);
        }

        start = position;
        var next = line[position..].IndexOf(Delimiter);
        var end = next < 0 ? line.Length : position + next;
        var trimmedEnd = end;
        while (trimmedEnd > start && IsBlank(line[trimmedEnd - 1]))
        {
            trimmedEnd--;
        }

        length = trimmedEnd - start;
        position = end + 1;
        return true;
    }

    private bool NextQuotedField(ReadOnlySpan<char> line, ref int position, out int start, out int length, out string? unescaped)
    {
        var quote = position;
        start = position + 1;
        var escaped = false;
        var i = start;
        while (true)
        {
            var next = line[i..].IndexOf('"');
            if (next < 0)
            {
                throw Error(quote + 1, "a quoted field is not closed before the end of the line.");
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
        unescaped = escaped ? line.Slice(start, length).ToString().Replace("\"\"", "\"", StringComparison.Ordinal) : null;
        i++;
        while (i < line.Length && IsBlank(line[i]))
        {
            i++;
        }

        if (i < line.Length && line[i] != Delimiter)
        {
            throw Error(i + 1, $"expected {Describe(Delimiter)} after the closing quote of a quoted field.");
        }

        position = i + 1;
        return true;
    }

    /// <summary>One field of a line: its text (unquoted, without surrounding white space) and its 1-based column.</summary>
    public readonly record struct Field(string Text, int Column);
}
