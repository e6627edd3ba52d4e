using System.Globalization;
using RelationshipKit.Csv;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Value.Summaries;

/// <summary>
/// Represents a reader of a customer-summary file: one row per customer (or per weighted pattern) with frequency,
/// recency, T and optionally monetary value, weights and holdout columns, recognised by the names analysts use.
/// </summary>
/// <remarks>
/// <para>Columns are found by name (ordinal, case-sensitive): id <c>id</c>/<c>ID</c>/<c>customer_id</c>; frequency
/// <c>frequency</c>/<c>x</c>; recency <c>recency</c>/<c>t_x</c>; <c>T</c>; opportunities <c>periods</c>/<c>n</c>
/// (or <c>T</c>) for <see cref="SummaryLayout.Discrete"/>; monetary value <c>monetary_value</c>/<c>zbar</c>/<c>m</c>;
/// weights <c>weights</c>/<c>weight</c>/<c>count</c>; <c>frequency_holdout</c>, <c>monetary_value_holdout</c>,
/// <c>duration_holdout</c>; and <c>time_unit</c>, the unit the file records (the same on every row). Other columns
/// are ignored. Every CSV of lifetimes' and Hardie's published summaries reads unchanged.</para>
/// <para>The delimiter is chosen from the header: a comma, else a semicolon (exports with a decimal comma), else a
/// tab. Numbers are read in <see cref="SummaryCsvOptions.Culture"/>, correctly rounded.</para>
/// <para>Every row is checked as it is read, by the rules of <see cref="RfmTable"/>; a customer id on two rows is an
/// error naming both lines (a weights column is the way to say that a row stands for many customers). The first
/// problem stops the reader with a <see cref="CsvFormatException"/> naming the line, the column and the rule.</para>
/// <para>This type is not thread-safe. Dispose it to release the underlying reader or file.</para>
/// </remarks>
[Mutable]
public sealed class SummaryCsvReader : IDisposable
{
    private const int IdSlot = 0;
    private const int FrequencySlot = 1;
    private const int RecencySlot = 2;
    private const int TSlot = 3;
    private const int MonetarySlot = 4;
    private const int WeightSlot = 5;
    private const int FrequencyHoldoutSlot = 6;
    private const int MonetaryHoldoutSlot = 7;
    private const int DurationHoldoutSlot = 8;
    private const int UnitSlot = 9;
    private const int SlotCount = 10;

    // After this many rows the columns are sized for the whole file, estimated from the share of it read.
    private const int PresizeAfter = 8192;

    // The names each slot is recognised by, and the name messages use.
    private static readonly string[][] SlotNames =
    [
        ["id", "ID", "customer_id", "Id", "CustomerId", "customerid"],
        ["frequency", "x"],
        ["recency", "t_x"],
        ["T"],
        ["monetary_value", "zbar", "m"],
        ["weights", "weight", "count"],
        ["frequency_holdout"],
        ["monetary_value_holdout"],
        ["duration_holdout"],
        ["time_unit"],
    ];

    private static readonly string[] PeriodNames = ["periods", "n", "T"];

    private static readonly string[] SlotTitles =
        ["id", "frequency", "recency", "T", "monetary_value", "weights", "frequency_holdout", "monetary_value_holdout", "duration_holdout", "time_unit"];

    private readonly CsvTokenizer _csv;
    private readonly SummaryLayout _layout;
    private readonly DoubleText _numbers;
    private readonly TimeUnit? _requestedUnit;
    private bool _read;

    /// <summary>Initializes a new <see cref="SummaryCsvReader"/> over text; the reader is disposed with this one.</summary>
    /// <param name="reader">The text to read.</param>
    /// <param name="options">How to read it; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="reader"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="options"/> is invalid; the message names the setting.</exception>
    public SummaryCsvReader(TextReader reader, SummaryCsvOptions? options = null)
        : this(reader ?? throw new ArgumentNullException(nameof(reader)), null, null, options ?? new SummaryCsvOptions())
    {
    }

    /// <summary>Initializes a new <see cref="SummaryCsvReader"/> over a stream of UTF-8 text (a byte-order mark selects another Unicode encoding); the stream is disposed with the reader.</summary>
    /// <param name="stream">The bytes to read.</param>
    /// <param name="options">How to read it; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="options"/> is invalid; the message names the setting.</exception>
    public SummaryCsvReader(Stream stream, SummaryCsvOptions? options = null)
        : this(CsvTokenizer.CreateStreamReader(stream), stream, null, options ?? new SummaryCsvOptions())
    {
    }

    private SummaryCsvReader(TextReader reader, Stream? stream, string? path, SummaryCsvOptions options)
    {
        options.Validate(nameof(options));
        _layout = options.Layout;
        _numbers = new DoubleText(options.Culture);
        _requestedUnit = options.TimeUnit;
        _csv = new CsvTokenizer(reader, stream, path, ',');
    }

    /// <summary>Gets the file the reader was opened on, or <see langword="null"/> for a stream or a <see cref="TextReader"/>.</summary>
    public string? Path => _csv.Path;

    /// <summary>Opens a summary file for reading; errors name <paramref name="path"/> as given.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">How to read it; <see langword="null"/> for the defaults.</param>
    /// <returns>The reader, which owns the file until disposed.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="options"/> is invalid; the message names the setting.</exception>
    /// <exception cref="IOException">Thrown when the file cannot be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">Thrown when the file may not be read.</exception>
    public static SummaryCsvReader Open(string path, SummaryCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new SummaryCsvOptions();
        options.Validate(nameof(options));
        var stream = CsvTokenizer.OpenFile(path);
        try
        {
            return new SummaryCsvReader(CsvTokenizer.CreateStreamReader(stream), stream, path, options);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Reads every row.</summary>
    /// <returns>The summaries.</returns>
    /// <exception cref="CsvFormatException">Thrown at the first problem: no header or no rows, a missing or repeated column, a field that is not a number, a row that breaks a rule of <see cref="RfmTable"/>, a repeated customer id, a time unit that differs between rows or from <see cref="SummaryCsvOptions.TimeUnit"/>.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the reader has already been read; open a new one.</exception>
    /// <exception cref="ObjectDisposedException">Thrown when the reader was disposed.</exception>
    public SummaryTable ReadAll()
    {
        var state = Start();
        try
        {
            while (_csv.ReadLine())
            {
                state.Add();
            }
        }
        catch (CsvFormatException) when (state.RepeatedId() is { } repeated)
        {
            // A repeated id on an earlier line is the first problem in the file.
            throw repeated;
        }

        return state.Finish();
    }

    /// <summary>Reads every row asynchronously.</summary>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The summaries.</returns>
    /// <exception cref="CsvFormatException">Thrown at the first problem; see <see cref="ReadAll"/>.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the reader has already been read; open a new one.</exception>
    /// <exception cref="ObjectDisposedException">Thrown when the reader was disposed.</exception>
    /// <exception cref="OperationCanceledException">Thrown when <paramref name="cancellationToken"/> is cancelled.</exception>
    public async Task<SummaryTable> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        var state = Start();
        try
        {
            while (await _csv.ReadLineAsync(cancellationToken).ConfigureAwait(false))
            {
                state.Add();
            }
        }
        catch (CsvFormatException) when (state.RepeatedId() is { } repeated)
        {
            // A repeated id on an earlier line is the first problem in the file.
            throw repeated;
        }

        return state.Finish();
    }

    /// <summary>Releases the underlying reader or file.</summary>
    public void Dispose() => _csv.Dispose();

    /// <summary>Gets the slot of an <see cref="RfmTable"/> column as <see cref="DataRowException.ColumnName"/> names it, or -1.</summary>
    internal static int SlotOf(string columnName) => columnName switch
    {
        "frequency" => FrequencySlot,
        "recency" => RecencySlot,
        "T" => TSlot,
        "weight" => WeightSlot,
        "monetary_value" => MonetarySlot,
        _ => -1,
    };

    private State Start()
    {
        if (_read)
        {
            throw new InvalidOperationException("This summary reader has already been read; open a new reader to read the file again.");
        }

        _read = true;
        return new State(this);
    }

    /// <summary>What has been read so far, column by column.</summary>
    private sealed class State(SummaryCsvReader reader)
    {
        private readonly CsvTokenizer _csv = reader._csv;
        private readonly int[] _fieldOf = [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1];
        private readonly string[] _columnNames = [.. SlotTitles];
        private readonly IdColumn _ids = new();
        private long _headerLine;
        private int _headerCount;
        private int _count;
        private double[] _frequency = new double[1024];
        private double[] _recency = new double[1024];
        private double[] _t = new double[1024];
        private double[] _monetary = [];
        private double[] _weight = [];
        private double[] _frequencyHoldout = [];
        private double[] _monetaryHoldout = [];
        private double _durationHoldout;
        private int[] _lines = new int[1024];
        private long _idCharacters;
        private string? _unitText;
        private TimeUnit _unit;

        private bool Has(int slot) => _fieldOf[slot] >= 0;

        public void Add()
        {
            if (_headerLine == 0)
            {
                ReadHeader();
                return;
            }

            var fields = _csv.Split(countAll: true);
            if (fields != _headerCount)
            {
                throw _csv.Error(1, $"expected {_headerCount} fields as in the header; found {fields}.");
            }

            var row = _count;
            if (row == _lines.Length)
            {
                Grow();
            }

            _lines[row] = _csv.LineNumber <= int.MaxValue ? (int)_csv.LineNumber : throw _csv.Error(1, "the file has more lines than a summary table can hold.");
            if (Has(UnitSlot))
            {
                CheckUnit();
            }

            if (Has(IdSlot))
            {
                ReadId();
            }

            var x = _frequency[row] = Number(FrequencySlot);
            var tx = _recency[row] = Has(RecencySlot) ? Number(RecencySlot) : 0;
            var t = _t[row] = Has(TSlot) ? Number(TSlot) : 0;
            var m = Has(MonetarySlot) ? _monetary[row] = Number(MonetarySlot) : 0;
            var w = Has(WeightSlot) ? _weight[row] = Number(WeightSlot) : 1;
            if (Has(FrequencyHoldoutSlot))
            {
                _frequencyHoldout[row] = ReadHoldoutFrequency();
            }

            if (Has(MonetaryHoldoutSlot))
            {
                _monetaryHoldout[row] = ReadHoldoutSpend();
            }

            if (Has(DurationHoldoutSlot))
            {
                ReadHoldoutDuration(row);
            }

            try
            {
                RfmTable.ValidateRow(row + 1, x, tx, t, w, m);
            }
            catch (DataRowException ex)
            {
                var slot = SlotOf(ex.ColumnName);
                throw _csv.SlotError(slot, ex.Reason, _columnNames[slot]);
            }

            _count++;
            if (_count == PresizeAfter)
            {
                Presize();
            }
        }

        public SummaryTable Finish()
        {
            if (_headerLine == 0)
            {
                throw new CsvFormatException(_csv.Path, 1, 1, "the file is empty; expected a header such as frequency,recency,T.");
            }

            if (_count == 0)
            {
                throw new CsvFormatException(_csv.Path, _headerLine + 1, 1, "the file has a header but no data rows.");
            }

            var unit = reader._layout == SummaryLayout.Discrete ? TimeUnit.Period
                : _unitText is not null ? _unit
                : reader._requestedUnit ?? SummaryCsvDefaults.TimeUnit;
            double[] weights;
            if (Has(WeightSlot))
            {
                weights = _weight;
            }
            else
            {
                weights = GC.AllocateUninitializedArray<double>(_count);
                Array.Fill(weights, 1.0);
            }

            if (RepeatedId() is { } repeated)
            {
                throw repeated;
            }

            // The columns keep the room reserved beyond the last row (a copy of a million-row file costs more than the room).
            var table = RfmTable.FromValidated(_frequency, _recency, _t, weights, Has(MonetarySlot) ? _monetary : null, unit, _count);
            return new SummaryTable(
                table,
                Has(IdSlot) ? Sealed(_ids) : [],
                Has(WeightSlot),
                Has(FrequencyHoldoutSlot) ? _frequencyHoldout : null,
                Has(MonetaryHoldoutSlot) ? _monetaryHoldout : null,
                Has(DurationHoldoutSlot) ? _durationHoldout : null,
                _unitText is not null,
                _csv.Path,
                _lines,
                _fieldOf,
                _columnNames,
                _csv.Delimiter);
        }

        private void ReadHeader()
        {
            _csv.Delimiter = CsvTokenizer.DetectDelimiter(_csv.Line);
            var header = _csv.SplitAll();
            _csv.RejectRepeatedNames(header);
            var layout = reader._layout;
            for (var slot = 0; slot < SlotCount; slot++)
            {
                var names = slot == TSlot && layout == SummaryLayout.Discrete ? PeriodNames : SlotNames[slot];
                var required = slot == FrequencySlot
                    || (slot is RecencySlot or TSlot && layout != SummaryLayout.Spend)
                    || (slot == MonetarySlot && layout == SummaryLayout.Spend);
                if (slot == TSlot && layout == SummaryLayout.Discrete)
                {
                    _columnNames[slot] = "periods";
                }

                foreach (var name in names)
                {
                    var index = header.FindIndex(f => string.Equals(f.Text, name, StringComparison.Ordinal));
                    if (index >= 0)
                    {
                        _fieldOf[slot] = index;
                        _columnNames[slot] = header[index].Text;
                        break;
                    }
                }

                if (required && _fieldOf[slot] < 0)
                {
                    throw _csv.Error(
                        1,
                        $"the header has no {_columnNames[slot]} column (accepted names: {string.Join(", ", names)}); found {CsvTokenizer.Excerpt(string.Join(",", header.Select(f => f.Text)))}.");
                }
            }

            _csv.Select(_fieldOf);
            _headerLine = _csv.LineNumber;
            _headerCount = header.Count;
            _monetary = Has(MonetarySlot) ? new double[_lines.Length] : [];
            _weight = Has(WeightSlot) ? new double[_lines.Length] : [];
            _frequencyHoldout = Has(FrequencyHoldoutSlot) ? new double[_lines.Length] : [];
            _monetaryHoldout = Has(MonetaryHoldoutSlot) ? new double[_lines.Length] : [];
        }

        private static IdColumn Sealed(IdColumn ids)
        {
            ids.Seal();
            return ids;
        }

        /// <summary>Once the first rows are read, sizes the columns for the whole file from the share of it read (a seekable file).</summary>
        private void Presize()
        {
            if (_csv.Fraction is not { } fraction || fraction is <= 0 or >= 1)
            {
                return;
            }

            var estimate = Math.Min(Array.MaxLength / 2, (long)(_count / fraction * 1.05) + 1024);
            if (estimate > _lines.Length)
            {
                Resize((int)estimate);
                _ids.Reserve((int)estimate, (int)Math.Max(1, _idCharacters / _count));
            }
        }

        private void Grow() => Resize(_lines.Length * 2);

        private void Resize(int size)
        {
            Array.Resize(ref _lines, size);
            Array.Resize(ref _frequency, size);
            Array.Resize(ref _recency, size);
            Array.Resize(ref _t, size);
            ResizeIfUsed(ref _monetary, size);
            ResizeIfUsed(ref _weight, size);
            ResizeIfUsed(ref _frequencyHoldout, size);
            ResizeIfUsed(ref _monetaryHoldout, size);
        }

        private static void ResizeIfUsed<T>(ref T[] array, int size)
        {
            if (array.Length > 0)
            {
                Array.Resize(ref array, size);
            }
        }

        private double Number(int slot)
        {
            var text = _csv.Slot(slot);
            if (!reader._numbers.TryParse(text, out var value) || !double.IsFinite(value))
            {
                throw _csv.SlotError(slot, $"{SlotTitle(slot)} must be a number; was \"{CsvTokenizer.Excerpt(text)}\".", _columnNames[slot]);
            }

            return value;
        }

        private double ReadHoldoutFrequency()
        {
            var value = Number(FrequencyHoldoutSlot);
            if (!RfmTable.IsValidFrequency(value))
            {
                throw _csv.SlotError(FrequencyHoldoutSlot, $"frequency_holdout must be a whole number in [0, {Guard.Format(RfmTable.MaxFrequency)}]; was {Guard.Format(value)}.", _columnNames[FrequencyHoldoutSlot]);
            }

            return value;
        }

        private double ReadHoldoutSpend()
        {
            var value = Number(MonetaryHoldoutSlot);
            if (!(value >= 0 && value <= RfmTable.MaxMonetaryValue))
            {
                throw _csv.SlotError(MonetaryHoldoutSlot, $"monetary_value_holdout must be a number in [0, {Guard.Format(RfmTable.MaxMonetaryValue)}]; was {Guard.Format(value)}.", _columnNames[MonetaryHoldoutSlot]);
            }

            return value;
        }

        private void ReadHoldoutDuration(int row)
        {
            var value = Number(DurationHoldoutSlot);
            if (!(value > 0 && value <= RfmTable.MaxTime))
            {
                throw _csv.SlotError(DurationHoldoutSlot, $"duration_holdout must be in (0, {Guard.Format(RfmTable.MaxTime)}] (the length of the holdout); was {Guard.Format(value)}.", _columnNames[DurationHoldoutSlot]);
            }

            if (row == 0)
            {
                _durationHoldout = value;
            }
            else if (value != _durationHoldout)
            {
                throw _csv.SlotError(
                    DurationHoldoutSlot,
                    $"duration_holdout must be the same on every row (the length of the holdout); was {Guard.Format(_durationHoldout)} on line {_lines[0]} and {Guard.Format(value)} here.",
                    _columnNames[DurationHoldoutSlot]);
            }
        }

        private string SlotTitle(int slot) => slot == TSlot && reader._layout == SummaryLayout.Discrete ? "periods" : SlotTitles[slot];

        private void ReadId()
        {
            var text = _csv.Slot(IdSlot).Trim();
            if (text.IsEmpty)
            {
                throw _csv.SlotError(IdSlot, "customer id is empty.", _columnNames[IdSlot]);
            }

            if (text.Length > CustomerId.MaxLength)
            {
                throw _csv.SlotError(IdSlot, $"customer id is longer than {CustomerId.MaxLength} characters (was {text.Length}).", _columnNames[IdSlot]);
            }

            _idCharacters += text.Length;
            _ids.Add(text, _csv.SlotColumn(IdSlot));
        }

        /// <summary>The error for the first row whose customer id an earlier row has, or null (ids are compared once all rows are read; see <see cref="IdColumn"/>).</summary>
        public CsvFormatException? RepeatedId()
        {
            if (!Has(IdSlot) || !_ids.FindRepeat(out var earlier, out var later))
            {
                return null;
            }

            return new CsvFormatException(
                _csv.Path,
                _lines[later],
                _ids.Column(later),
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"customer id \"{CsvTokenizer.Excerpt(_ids.Text(later))}\" is on line {_lines[earlier]} and on line {_lines[later]}; a summary has one row per customer (a weights column says how many customers a row stands for)."),
                _columnNames[IdSlot]);
        }

        private void CheckUnit()
        {
            var text = _csv.Slot(UnitSlot);
            if (_unitText is not null)
            {
                if (!text.SequenceEqual(_unitText))
                {
                    throw _csv.SlotError(
                        UnitSlot,
                        $"time_unit must be the same on every row; was \"{_unitText}\" on line {_lines[0]} and \"{CsvTokenizer.Excerpt(text)}\" here.",
                        _columnNames[UnitSlot]);
                }

                return;
            }

            var unitText = text.ToString();
            if (!TimeUnit.TryParse(unitText, out var unit))
            {
                throw _csv.SlotError(UnitSlot, $"time_unit must be day, week, N days or period; was \"{CsvTokenizer.Excerpt(unitText)}\".", _columnNames[UnitSlot]);
            }

            var discrete = reader._layout == SummaryLayout.Discrete;
            if (discrete != (unit == TimeUnit.Period))
            {
                throw _csv.SlotError(
                    UnitSlot,
                    discrete
                        ? $"time_unit must be period for discrete-time summaries, which count opportunities; was \"{unitText}\"."
                        : $"time_unit must have a calendar length (day, week, N days) for continuous-time summaries; was \"{unitText}\".",
                    _columnNames[UnitSlot]);
            }

            if (reader._requestedUnit is { } requested && requested != unit)
            {
                throw _csv.SlotError(
                    UnitSlot,
                    $"the file records its time unit as {unit.Name}, which contradicts the requested unit {requested.Name}; ask for {unit.Name} or for none.",
                    _columnNames[UnitSlot]);
            }

            _unitText = unitText;
            _unit = unit;
        }
    }
}
