using System.Globalization;
using RelationshipKit.Csv;

namespace RelationshipKit.Benefits;

/// <summary>
/// Represents a reader of respondents' outcomes in CSV: the header <c>respondent,outcome</c>, then one row per
/// respondent with a number (repeat purchases, spend, P(alive), satisfaction) for
/// <see cref="DerivedImportance.Analyze(IEnumerable{BenefitRating}, LikertScale, IReadOnlyDictionary{CustomerId, double})"/>.
/// </summary>
/// <remarks>
/// <para>The same rules as <see cref="BenefitSurveyCsvReader"/>: commas separate fields, RFC 4180 quoting, white space
/// around a field ignored, blank lines and lines starting with <c>#</c> skipped. Numbers are read in the invariant
/// culture (<c>12.5</c>, <c>1e3</c>). The first problem stops the reader with a <see cref="CsvFormatException"/> naming
/// the line, the column and the rule; a respondent given twice is an error naming both lines.</para>
/// <para>This type is not thread-safe. Dispose it to release the underlying reader or file.</para>
/// </remarks>
[Mutable]
public sealed class RespondentOutcomeCsvReader : IDisposable
{
    private static readonly string[] Names = ["respondent", "outcome"];
    private static readonly string HeaderText = string.Join(',', Names);

    private readonly CsvTokenizer _csv;
    private bool _read;

    /// <summary>Initializes a new <see cref="RespondentOutcomeCsvReader"/> over text; the reader is disposed with this one.</summary>
    /// <param name="reader">The text to read.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="reader"/> is null.</exception>
    public RespondentOutcomeCsvReader(TextReader reader)
        : this(new CsvTokenizer(reader ?? throw new ArgumentNullException(nameof(reader)), null, null, ',', skipCommentLines: true))
    {
    }

    /// <summary>Initializes a new <see cref="RespondentOutcomeCsvReader"/> over a stream of UTF-8 text (a byte-order mark selects another Unicode encoding); the stream is disposed with the reader.</summary>
    /// <param name="stream">The bytes to read.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="stream"/> is null.</exception>
    public RespondentOutcomeCsvReader(Stream stream)
        : this(new CsvTokenizer(CsvTokenizer.CreateStreamReader(stream), stream, null, ',', skipCommentLines: true))
    {
    }

    private RespondentOutcomeCsvReader(CsvTokenizer csv) => _csv = csv;

    /// <summary>Gets the column names, in the order the header must list them.</summary>
    public static IReadOnlyList<string> ColumnNames { get; } = Array.AsReadOnly(Names);

    /// <summary>Gets the file the reader was opened on, or <see langword="null"/> for a stream or a <see cref="TextReader"/>.</summary>
    public string? Path => _csv.Path;

    /// <summary>Opens an outcomes file for reading; errors name <paramref name="path"/> as given.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The reader, which owns the file until disposed.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">Thrown when the file cannot be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">Thrown when the file may not be read.</exception>
    public static RespondentOutcomeCsvReader Open(string path)
    {
        var stream = CsvTokenizer.OpenFile(path);
        try
        {
            return new RespondentOutcomeCsvReader(new CsvTokenizer(CsvTokenizer.CreateStreamReader(stream), stream, path, ',', skipCommentLines: true));
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Reads every respondent's outcome.</summary>
    /// <returns>The outcomes by respondent.</returns>
    /// <exception cref="CsvFormatException">Thrown at the first problem: a wrong header, no rows, a bad field, a respondent given twice.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the reader has already been read; open a new one.</exception>
    /// <exception cref="ObjectDisposedException">Thrown when the reader was disposed.</exception>
    public IReadOnlyDictionary<CustomerId, double> ReadAll()
    {
        var state = Start();
        while (_csv.ReadLine())
        {
            state.Add(_csv);
        }

        return state.Finish(_csv);
    }

    /// <summary>Reads every respondent's outcome asynchronously.</summary>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The outcomes by respondent.</returns>
    /// <exception cref="CsvFormatException">Thrown at the first problem: a wrong header, no rows, a bad field, a respondent given twice.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the reader has already been read; open a new one.</exception>
    /// <exception cref="ObjectDisposedException">Thrown when the reader was disposed.</exception>
    /// <exception cref="OperationCanceledException">Thrown when <paramref name="cancellationToken"/> is cancelled.</exception>
    public async Task<IReadOnlyDictionary<CustomerId, double>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        var state = Start();
        while (await _csv.ReadLineAsync(cancellationToken).ConfigureAwait(false))
        {
            state.Add(_csv);
        }

        return state.Finish(_csv);
    }

    /// <summary>Releases the underlying reader or file.</summary>
    public void Dispose() => _csv.Dispose();

    private State Start()
    {
        if (_read)
        {
            throw new InvalidOperationException("This outcome reader has already been read; open a new reader to read the file again.");
        }

        _read = true;
        return new State();
    }

    /// <summary>What has been read so far.</summary>
    private sealed class State
    {
        private readonly Dictionary<CustomerId, double> _outcomes = [];
        private readonly Dictionary<CustomerId, long> _lines = [];
        private long _headerLine;

        public void Add(CsvTokenizer csv)
        {
            var fields = csv.SplitAll();
            if (_headerLine == 0)
            {
                csv.RejectRepeatedNames(fields);
                for (var i = 0; i < Names.Length; i++)
                {
                    if (i >= fields.Count)
                    {
                        throw csv.Error(csv.EndColumn, $"the header ends before column \"{Names[i]}\"; expected the header {HeaderText}.");
                    }

                    if (!string.Equals(fields[i].Text, Names[i], StringComparison.Ordinal))
                    {
                        throw csv.Error(fields[i].Column, $"expected column \"{Names[i]}\" but found \"{CsvTokenizer.Excerpt(fields[i].Text)}\"; the header must be {HeaderText}.");
                    }
                }

                if (fields.Count > Names.Length)
                {
                    throw csv.Error(fields[Names.Length].Column, $"unexpected column \"{CsvTokenizer.Excerpt(fields[Names.Length].Text)}\"; the header must be {HeaderText}.");
                }

                _headerLine = csv.LineNumber;
                return;
            }

            if (fields.Count != Names.Length)
            {
                var column = fields.Count < Names.Length ? csv.EndColumn : fields[Names.Length].Column;
                throw csv.Error(column, $"expected {Names.Length} fields ({HeaderText}) but the line has {fields.Count}.");
            }

            var respondentField = fields[0];
            if (respondentField.Text.Trim().Length == 0 || respondentField.Text.Length > CustomerId.MaxLength)
            {
                throw csv.Error(respondentField.Column, $"respondent must be 1 to {CustomerId.MaxLength} characters; was \"{CsvTokenizer.Excerpt(respondentField.Text)}\".", "respondent");
            }

            var respondent = new CustomerId(respondentField.Text);
            var outcomeField = fields[1];
            if (!double.TryParse(outcomeField.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var outcome) || !double.IsFinite(outcome))
            {
                throw csv.Error(outcomeField.Column, $"outcome must be a finite number such as 12.5; was \"{CsvTokenizer.Excerpt(outcomeField.Text)}\".", "outcome");
            }

            if (_lines.TryGetValue(respondent, out var earlier))
            {
                throw csv.Error(1, string.Create(CultureInfo.InvariantCulture, $"respondent \"{respondent}\" already has an outcome on line {earlier}; give one row per respondent."));
            }

            _lines.Add(respondent, csv.LineNumber);
            _outcomes.Add(respondent, outcome);
        }

        public System.Collections.ObjectModel.ReadOnlyDictionary<CustomerId, double> Finish(CsvTokenizer csv)
        {
            if (_headerLine == 0)
            {
                throw new CsvFormatException(csv.Path, 1, 1, $"the file is empty; expected the header {HeaderText}.");
            }

            if (_outcomes.Count == 0)
            {
                throw new CsvFormatException(csv.Path, _headerLine + 1, 1, "the file has a header but no outcomes; expected rows such as s01,7.");
            }

            return _outcomes.AsReadOnly();
        }
    }
}
