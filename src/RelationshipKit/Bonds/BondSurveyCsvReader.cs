using System.Globalization;
using RelationshipKit.Csv;

namespace RelationshipKit.Bonds;

/// <summary>
/// Represents a reader of a bond survey in CSV: the header <c>respondent,dimension,score</c>, then one row per
/// answer, with the kebab-case dimension names of <see cref="BondDimensions"/> and scores in [−1, +1].
/// </summary>
/// <remarks>
/// <para>Commas separate fields, RFC 4180 quoting applies within a line, white space around a field is ignored, and
/// blank lines and lines starting with <c>#</c> are skipped. The format is documented on the bond-survey-format page
/// of the documentation.</para>
/// <para>The first problem stops the reader with a <see cref="CsvFormatException"/> naming the line, the column and
/// the rule. A respondent who scores the same dimension twice is an error naming both lines.</para>
/// <para>This type is not thread-safe. Dispose it to release the underlying reader or file.</para>
/// </remarks>
[Mutable]
public sealed class BondSurveyCsvReader : IDisposable
{
    private static readonly string[] Names = ["respondent", "dimension", "score"];
    private static readonly string HeaderText = string.Join(',', Names);
    private static readonly string KnownDimensions = string.Join(", ", BondDimensions.All.Select(i => i.KebabName));

    private readonly CsvTokenizer _csv;
    private bool _read;

    /// <summary>Initializes a new <see cref="BondSurveyCsvReader"/> over text; the reader is disposed with this one.</summary>
    /// <param name="reader">The text to read.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="reader"/> is null.</exception>
    public BondSurveyCsvReader(TextReader reader)
        : this(new CsvTokenizer(reader ?? throw new ArgumentNullException(nameof(reader)), null, null, ',', skipCommentLines: true))
    {
    }

    /// <summary>Initializes a new <see cref="BondSurveyCsvReader"/> over a stream of UTF-8 text (a byte-order mark selects another Unicode encoding); the stream is disposed with the reader.</summary>
    /// <param name="stream">The bytes to read.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="stream"/> is null.</exception>
    public BondSurveyCsvReader(Stream stream)
        : this(new CsvTokenizer(CsvTokenizer.CreateStreamReader(stream), stream, null, ',', skipCommentLines: true))
    {
    }

    private BondSurveyCsvReader(CsvTokenizer csv) => _csv = csv;

    /// <summary>Gets the column names, in the order the header must list them.</summary>
    public static IReadOnlyList<string> ColumnNames { get; } = Array.AsReadOnly(Names);

    /// <summary>Gets the file the reader was opened on, or <see langword="null"/> for a stream or a <see cref="TextReader"/>.</summary>
    public string? Path => _csv.Path;

    /// <summary>Opens a bond survey file for reading; errors name <paramref name="path"/> as given.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The reader, which owns the file until disposed.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">Thrown when the file cannot be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">Thrown when the file may not be read.</exception>
    public static BondSurveyCsvReader Open(string path)
    {
        var stream = CsvTokenizer.OpenFile(path);
        try
        {
            return new BondSurveyCsvReader(new CsvTokenizer(CsvTokenizer.CreateStreamReader(stream), stream, path, ',', skipCommentLines: true));
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Reads every answer into a survey.</summary>
    /// <returns>The survey.</returns>
    /// <exception cref="CsvFormatException">Thrown at the first problem: a wrong header, no answers, a bad field, a dimension scored twice by one respondent.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the reader has already been read; open a new one.</exception>
    /// <exception cref="ObjectDisposedException">Thrown when the reader was disposed.</exception>
    public BondSurvey ReadAll()
    {
        var state = Start();
        while (_csv.ReadLine())
        {
            state.Add(_csv);
        }

        return state.Finish(_csv);
    }

    /// <summary>Reads every answer into a survey asynchronously.</summary>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The survey.</returns>
    /// <exception cref="CsvFormatException">Thrown at the first problem: a wrong header, no answers, a bad field, a dimension scored twice by one respondent.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the reader has already been read; open a new one.</exception>
    /// <exception cref="ObjectDisposedException">Thrown when the reader was disposed.</exception>
    /// <exception cref="OperationCanceledException">Thrown when <paramref name="cancellationToken"/> is cancelled.</exception>
    public async Task<BondSurvey> ReadAllAsync(CancellationToken cancellationToken = default)
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

    /// <summary>Reads a score in [−1, +1] written in the invariant culture; returns the error message, or null.</summary>
    internal static string? TryScore(string text, out decimal score)
    {
        var trimmed = text.Trim();
        if (!decimal.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out score))
        {
            return $"score must be a number; was \"{CsvTokenizer.Excerpt(trimmed)}\".";
        }

        return score is < -1m or > 1m ? $"score must be in [-1, 1]; was {CsvTokenizer.Excerpt(trimmed)}." : null;
    }

    /// <summary>Reads a kebab-case dimension name; returns the error message, or null.</summary>
    internal static string? TryDimension(string text, out BondDimension dimension) =>
        BondDimensions.TryParse(text, out dimension)
            ? null
            : $"unknown bond dimension \"{CsvTokenizer.Excerpt(text.Trim())}\"; known dimensions: {KnownDimensions}.";

    private State Start()
    {
        if (_read)
        {
            throw new InvalidOperationException("This bond survey reader has already been read; open a new reader to read the survey again.");
        }

        _read = true;
        return new State();
    }

    /// <summary>What has been read so far.</summary>
    private sealed class State
    {
        private readonly List<CustomerId> _respondents = [];
        private readonly Dictionary<CustomerId, Dictionary<BondDimension, (decimal Score, long Line)>> _scores = [];
        private long _headerLine;
        private int _answers;

        public void Add(CsvTokenizer csv)
        {
            var fields = csv.SplitAll();
            if (_headerLine == 0)
            {
                csv.RejectRepeatedNames(fields);
                if (fields.Count != Names.Length || !fields.Select(f => f.Text).SequenceEqual(Names, StringComparer.OrdinalIgnoreCase))
                {
                    throw csv.Error(1, $"expected the header {HeaderText}; was \"{CsvTokenizer.Excerpt(csv.Line.Trim())}\".");
                }

                _headerLine = csv.LineNumber;
                return;
            }

            if (fields.Count != Names.Length)
            {
                throw csv.Error(1, $"expected {Names.Length} fields ({HeaderText}); found {fields.Count}.");
            }

            var respondentText = fields[0].Text.Trim();
            if (respondentText.Length == 0)
            {
                throw csv.Error(fields[0].Column, "respondent must not be empty.", "respondent");
            }

            if (respondentText.Length > CustomerId.MaxLength)
            {
                throw csv.Error(fields[0].Column, $"respondent must be at most {CustomerId.MaxLength} characters; was {respondentText.Length} characters.", "respondent");
            }

            var dimensionError = TryDimension(fields[1].Text, out var dimension);
            if (dimensionError is not null)
            {
                throw csv.Error(fields[1].Column, dimensionError, "dimension");
            }

            var scoreError = TryScore(fields[2].Text, out var score);
            if (scoreError is not null)
            {
                throw csv.Error(fields[2].Column, scoreError, "score");
            }

            var respondent = new CustomerId(respondentText);
            if (!_scores.TryGetValue(respondent, out var byDimension))
            {
                byDimension = [];
                _scores.Add(respondent, byDimension);
                _respondents.Add(respondent);
            }

            if (byDimension.TryGetValue(dimension, out var earlier))
            {
                throw csv.Error(
                    fields[1].Column,
                    string.Create(CultureInfo.InvariantCulture, $"respondent {respondent} already has a {BondDimensions.Get(dimension).KebabName} score (line {earlier.Line}); give each dimension once per respondent."),
                    "dimension");
            }

            byDimension.Add(dimension, (score, csv.LineNumber));
            _answers++;
        }

        public BondSurvey Finish(CsvTokenizer csv)
        {
            if (_headerLine == 0)
            {
                throw new CsvFormatException(csv.Path, 1, 1, $"the bond survey is empty; expected the header {HeaderText}.");
            }

            if (_answers == 0)
            {
                throw new CsvFormatException(csv.Path, _headerLine + 1, 1, "the bond survey has no answers after the header.");
            }

            var counts = new int[BondDimensions.Count];
            var sums = new decimal[BondDimensions.Count];
            foreach (var byDimension in _scores.Values)
            {
                foreach (var (dimension, answer) in byDimension)
                {
                    counts[(int)dimension]++;
                    sums[(int)dimension] += answer.Score;
                }
            }

            var means = new List<BondScore>();
            for (var d = 0; d < counts.Length; d++)
            {
                if (counts[d] > 0)
                {
                    // Means in decimal: the scores are decimal text, so 0.7 and 0.9 average to exactly 0.8.
                    means.Add(new BondScore((BondDimension)d, (double)(sums[d] / counts[d])));
                }
            }

            var profiles = _scores.ToDictionary(
                pair => pair.Key,
                pair => new BondProfile(pair.Value.Select(s => new BondScore(s.Key, (double)s.Value.Score))));
            return new BondSurvey(_respondents.AsReadOnly(), profiles, counts, new BondProfile(means), _answers);
        }
    }
}
