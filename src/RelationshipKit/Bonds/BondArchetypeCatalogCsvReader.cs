using System.Globalization;
using RelationshipKit.Csv;

namespace RelationshipKit.Bonds;

/// <summary>
/// Represents a reader of a bond archetype catalogue in CSV, in long form: one row per signature term, with the
/// columns <c>archetype</c>, <c>dimension</c> and <c>score</c> and optionally <c>weight</c>, <c>name</c>,
/// <c>description</c> and <c>source</c>, in any order.
/// </summary>
/// <remarks>
/// <para>Column names ignore case and surrounding white space. Commas separate fields, RFC 4180 quoting applies within
/// a line, and blank lines and lines starting with <c>#</c> are skipped. An archetype's rows need not be adjacent;
/// archetypes keep the order of their first row. An empty <c>weight</c> means 1; an empty <c>name</c> gives the id
/// in words (<c>loyal-fan</c> becomes <c>Loyal fan</c>). The format is documented on the archetype-catalog-format page
/// of the documentation.</para>
/// <para>The first problem stops the reader with a <see cref="CsvFormatException"/> naming the line, the column and
/// the rule.</para>
/// <para>This type is not thread-safe. Dispose it to release the underlying reader or file.</para>
/// </remarks>
[Mutable]
public sealed class BondArchetypeCatalogCsvReader : IDisposable
{
    private static readonly string[] Required = ["archetype", "dimension", "score"];
    private static readonly string[] Optional = ["weight", "name", "description", "source"];
    private static readonly string[] Attributes = ["name", "description", "source"];
    private static readonly string KnownColumns = string.Join(", ", Required.Concat(Optional));

    private readonly CsvTokenizer _csv;
    private bool _read;

    /// <summary>Initializes a new <see cref="BondArchetypeCatalogCsvReader"/> over text; the reader is disposed with this one.</summary>
    /// <param name="reader">The text to read.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="reader"/> is null.</exception>
    public BondArchetypeCatalogCsvReader(TextReader reader)
        : this(new CsvTokenizer(reader ?? throw new ArgumentNullException(nameof(reader)), null, null, ',', skipCommentLines: true))
    {
    }

    /// <summary>Initializes a new <see cref="BondArchetypeCatalogCsvReader"/> over a stream of UTF-8 text (a byte-order mark selects another Unicode encoding); the stream is disposed with the reader.</summary>
    /// <param name="stream">The bytes to read.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="stream"/> is null.</exception>
    public BondArchetypeCatalogCsvReader(Stream stream)
        : this(new CsvTokenizer(CsvTokenizer.CreateStreamReader(stream), stream, null, ',', skipCommentLines: true))
    {
    }

    private BondArchetypeCatalogCsvReader(CsvTokenizer csv) => _csv = csv;

    /// <summary>Gets the columns every catalogue has: <c>archetype</c>, <c>dimension</c>, <c>score</c>.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = Array.AsReadOnly(Required);

    /// <summary>Gets the columns a catalogue may have: <c>weight</c>, <c>name</c>, <c>description</c>, <c>source</c>.</summary>
    public static IReadOnlyList<string> OptionalColumns { get; } = Array.AsReadOnly(Optional);

    /// <summary>Gets the file the reader was opened on, or <see langword="null"/> for a stream or a <see cref="TextReader"/>.</summary>
    public string? Path => _csv.Path;

    /// <summary>Opens a catalogue file for reading; errors name <paramref name="path"/> as given.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The reader, which owns the file until disposed.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">Thrown when the file cannot be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">Thrown when the file may not be read.</exception>
    public static BondArchetypeCatalogCsvReader Open(string path)
    {
        var stream = CsvTokenizer.OpenFile(path);
        try
        {
            return new BondArchetypeCatalogCsvReader(new CsvTokenizer(CsvTokenizer.CreateStreamReader(stream), stream, path, ',', skipCommentLines: true));
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Reads the whole catalogue.</summary>
    /// <returns>The catalogue, archetypes in the order of their first row.</returns>
    /// <exception cref="CsvFormatException">Thrown at the first problem: a missing, unknown or repeated column, no rows, a bad field, a dimension given twice for one archetype, two different names for one archetype.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the reader has already been read; open a new one.</exception>
    /// <exception cref="ObjectDisposedException">Thrown when the reader was disposed.</exception>
    public BondArchetypeCatalog ReadAll()
    {
        var state = Start();
        while (_csv.ReadLine())
        {
            state.Add(_csv);
        }

        return state.Finish(_csv);
    }

    /// <summary>Reads the whole catalogue asynchronously.</summary>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The catalogue, archetypes in the order of their first row.</returns>
    /// <exception cref="CsvFormatException">Thrown at the first problem: a missing, unknown or repeated column, no rows, a bad field, a dimension given twice for one archetype, two different names for one archetype.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the reader has already been read; open a new one.</exception>
    /// <exception cref="ObjectDisposedException">Thrown when the reader was disposed.</exception>
    /// <exception cref="OperationCanceledException">Thrown when <paramref name="cancellationToken"/> is cancelled.</exception>
    public async Task<BondArchetypeCatalog> ReadAllAsync(CancellationToken cancellationToken = default)
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
            throw new InvalidOperationException("This catalogue reader has already been read; open a new reader to read the catalogue again.");
        }

        _read = true;
        return new State();
    }

    /// <summary>Turns <c>committed-partnership</c> into <c>Committed partnership</c>.</summary>
    private static string DisplayNameOf(string id)
    {
        var words = id.Replace('-', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>What has been read so far.</summary>
    private sealed class State
    {
        private readonly List<Draft> _drafts = [];
        private readonly Dictionary<string, Draft> _byId = new(StringComparer.Ordinal);
        private Dictionary<string, int>? _columns;
        private long _lastLine;

        public void Add(CsvTokenizer csv)
        {
            _lastLine = csv.LineNumber;
            var fields = csv.SplitAll();
            if (_columns is null)
            {
                _columns = ReadHeader(csv, fields);
                return;
            }

            if (fields.Count != _columns.Count)
            {
                throw csv.Error(1, $"expected {_columns.Count} fields ({string.Join(",", _columns.Keys)}); found {fields.Count}.");
            }

            var idField = fields[_columns["archetype"]];
            var id = idField.Text.Trim();
            if (id.Length == 0)
            {
                throw csv.Error(idField.Column, "archetype must not be empty.", "archetype");
            }

            if (!_byId.TryGetValue(id, out var draft))
            {
                draft = new Draft(id, csv.LineNumber, idField.Column);
                _byId.Add(id, draft);
                _drafts.Add(draft);
            }

            draft.AddTerm(csv, fields, _columns);
            foreach (var attribute in Attributes)
            {
                if (_columns.TryGetValue(attribute, out var index))
                {
                    draft.SetAttribute(csv, attribute, fields[index]);
                }
            }
        }

        public BondArchetypeCatalog Finish(CsvTokenizer csv)
        {
            if (_columns is null)
            {
                throw new CsvFormatException(csv.Path, 1, 1, $"the archetype catalogue is empty; expected a header with the columns {string.Join(",", Required)}.");
            }

            if (_drafts.Count == 0)
            {
                throw new CsvFormatException(csv.Path, _lastLine + 1, 1, "the archetype catalogue has no rows after the header.");
            }

            return new BondArchetypeCatalog(_drafts.Select(d => d.Build(csv.Path)));
        }

        private static Dictionary<string, int> ReadHeader(CsvTokenizer csv, List<CsvTokenizer.Field> header)
        {
            csv.RejectRepeatedNames(header);
            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                var name = header[i].Text.Trim().ToLowerInvariant();
                if (!Required.Contains(name) && !Optional.Contains(name))
                {
                    throw csv.Error(header[i].Column, $"unknown column \"{CsvTokenizer.Excerpt(header[i].Text.Trim())}\"; the columns are {KnownColumns}.");
                }

                columns.Add(name, i);
            }

            var missing = Required.Where(c => !columns.ContainsKey(c)).ToList();
            if (missing.Count > 0)
            {
                throw csv.Error(1, $"the header must have the columns {string.Join(",", Required)}; {string.Join(", ", missing)} {(missing.Count == 1 ? "is" : "are")} missing.");
            }

            return columns;
        }
    }

    /// <summary>An archetype being read: its terms and attributes, with the lines they came from.</summary>
    private sealed class Draft(string id, long line, int column)
    {
        private readonly List<BondTarget> _terms = [];
        private readonly Dictionary<BondDimension, long> _termLines = [];
        private readonly Dictionary<string, (string Value, long Line)> _attributes = new(StringComparer.Ordinal);

        public void AddTerm(CsvTokenizer csv, List<CsvTokenizer.Field> fields, Dictionary<string, int> columns)
        {
            var dimensionField = fields[columns["dimension"]];
            var dimensionError = BondSurveyCsvReader.TryDimension(dimensionField.Text, out var dimension);
            if (dimensionError is not null)
            {
                throw csv.Error(dimensionField.Column, dimensionError, "dimension");
            }

            if (_termLines.TryGetValue(dimension, out var earlier))
            {
                throw csv.Error(
                    dimensionField.Column,
                    string.Create(CultureInfo.InvariantCulture, $"archetype {id} already has a term on {BondDimensions.Get(dimension).KebabName} (line {earlier}); give each dimension once per archetype."),
                    "dimension");
            }

            var scoreField = fields[columns["score"]];
            var scoreError = BondSurveyCsvReader.TryScore(scoreField.Text, out var score);
            if (scoreError is not null)
            {
                throw csv.Error(scoreField.Column, scoreError, "score");
            }

            var weight = 1.0;
            if (columns.TryGetValue("weight", out var weightIndex) && fields[weightIndex].Text.Trim().Length > 0)
            {
                var weightField = fields[weightIndex];
                var weightText = weightField.Text.Trim();
                if (!double.TryParse(weightText, NumberStyles.Float, CultureInfo.InvariantCulture, out weight) || !double.IsFinite(weight))
                {
                    throw csv.Error(weightField.Column, $"weight must be a number; was \"{CsvTokenizer.Excerpt(weightText)}\".", "weight");
                }

                if (!(weight > 0 && weight <= BondTarget.MaxWeight))
                {
                    throw csv.Error(
                        weightField.Column,
                        $"weight must be in (0, {BondTarget.MaxWeight.ToString(CultureInfo.InvariantCulture)}]; was {CsvTokenizer.Excerpt(weightText)}.",
                        "weight");
                }
            }

            _terms.Add(new BondTarget(dimension, (double)score, weight));
            _termLines.Add(dimension, csv.LineNumber);
        }

        public void SetAttribute(CsvTokenizer csv, string attribute, CsvTokenizer.Field field)
        {
            var value = field.Text.Trim();
            if (value.Length == 0)
            {
                return;
            }

            if (_attributes.TryGetValue(attribute, out var earlier))
            {
                if (!string.Equals(earlier.Value, value, StringComparison.Ordinal))
                {
                    throw csv.Error(
                        field.Column,
                        string.Create(CultureInfo.InvariantCulture, $"archetype {id} has the {attribute} \"{CsvTokenizer.Excerpt(earlier.Value)}\" on line {earlier.Line}; a second {attribute} \"{CsvTokenizer.Excerpt(value)}\" is not allowed (leave the field empty or repeat it exactly)."),
                        attribute);
                }

                return;
            }

            _attributes.Add(attribute, (value, csv.LineNumber));
        }

        public BondArchetype Build(string? path)
        {
            var name = _attributes.TryGetValue("name", out var n) ? n.Value : DisplayNameOf(id);
            var description = _attributes.TryGetValue("description", out var d) ? d.Value : string.Empty;
            var source = _attributes.TryGetValue("source", out var s) ? s.Value : string.Empty;
            try
            {
                return new BondArchetype(id, name, description, _terms, source);
            }
            catch (ArgumentException ex) when (ex.ParamName == "id")
            {
                // The position is the archetype's first row.
                throw new CsvFormatException(
                    path,
                    line,
                    column,
                    $"archetype must be kebab-case (lower-case letters and digits, words joined by single hyphens, at most {BondArchetype.MaxIdLength} characters); was \"{CsvTokenizer.Excerpt(id)}\".",
                    "archetype",
                    ex);
            }
        }
    }
}
