using System.Globalization;
using RelationshipKit.Csv;

namespace RelationshipKit.Benefits;

/// <summary>
/// Represents a reader of a benefit survey in CSV: the header <c>respondent,benefit,importance,performance</c>, then
/// one row per respondent and benefit, with the standard benefit names and whole-number Likert scores.
/// </summary>
/// <remarks>
/// <para>Optional competitor columns may follow, one per competitor, named <c>performance:</c> and the competitor's
/// name (<c>performance:cityshop</c>): how well the respondent thinks that competitor delivers the benefit, on the same
/// scale; an empty field means the respondent did not rate it. They are read into <see cref="CompetitorRatings"/> for
/// <see cref="CompetitiveImportancePerformanceAnalysis"/>.</para>
/// <para>Commas separate fields, RFC 4180 quoting applies within a line, white space around a field is ignored, and
/// blank lines and lines starting with <c>#</c> are skipped, so a file can describe itself. The format is documented
/// on the survey-format page of the documentation.</para>
/// <para>The first problem stops the reader with a <see cref="CsvFormatException"/> naming the line, the column and
/// the rule; nothing is skipped silently. A respondent who rates the same benefit twice is an error naming both
/// lines.</para>
/// <para>This type is not thread-safe. Dispose it to release the underlying reader or file.</para>
/// </remarks>
[Mutable]
public sealed class BenefitSurveyCsvReader : IDisposable
{
    private static readonly string[] Names = ["respondent", "benefit", "importance", "performance"];
    private static readonly string HeaderText = string.Join(',', Names);
    private static readonly string KnownBenefits = string.Join(", ", Benefit.Standard.Select(b => b.Name));

    private readonly CsvTokenizer _csv;
    private readonly LikertScale _scale;
    private bool _read;
    private IReadOnlyList<CompetitorRating> _competitorRatings = [];

    /// <summary>Initializes a new <see cref="BenefitSurveyCsvReader"/> over text; the reader is disposed with this one.</summary>
    /// <param name="reader">The text to read.</param>
    /// <param name="scale">The Likert scale of the answers; the default is 1-5.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="reader"/> is null.</exception>
    public BenefitSurveyCsvReader(TextReader reader, LikertScale scale = default)
        : this(new CsvTokenizer(reader ?? throw new ArgumentNullException(nameof(reader)), null, null, ',', skipCommentLines: true), scale)
    {
    }

    /// <summary>Initializes a new <see cref="BenefitSurveyCsvReader"/> over a stream of UTF-8 text (a byte-order mark selects another Unicode encoding); the stream is disposed with the reader.</summary>
    /// <param name="stream">The bytes to read.</param>
    /// <param name="scale">The Likert scale of the answers; the default is 1-5.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="stream"/> is null.</exception>
    public BenefitSurveyCsvReader(Stream stream, LikertScale scale = default)
        : this(new CsvTokenizer(CsvTokenizer.CreateStreamReader(stream), stream, null, ',', skipCommentLines: true), scale)
    {
    }

    private BenefitSurveyCsvReader(CsvTokenizer csv, LikertScale scale)
    {
        _csv = csv;
        _scale = scale;
    }

    /// <summary>Gets the column names, in the order the header must list them.</summary>
    public static IReadOnlyList<string> ColumnNames { get; } = Array.AsReadOnly(Names);

    /// <summary>Gets the prefix of an optional competitor column: <c>performance:</c> followed by the competitor's name.</summary>
    public static string CompetitorColumnPrefix => "performance:";

    /// <summary>Gets the competitor ratings of the optional <c>performance:NAME</c> columns, in file order; empty until the survey is read, and when it has no such column.</summary>
    public IReadOnlyList<CompetitorRating> CompetitorRatings => _competitorRatings;

    /// <summary>Gets the file the reader was opened on, or <see langword="null"/> for a stream or a <see cref="TextReader"/>.</summary>
    public string? Path => _csv.Path;

    /// <summary>Opens a survey file for reading; errors name <paramref name="path"/> as given.</summary>
    /// <param name="path">The file.</param>
    /// <param name="scale">The Likert scale of the answers; the default is 1-5.</param>
    /// <returns>The reader, which owns the file until disposed.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">Thrown when the file cannot be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">Thrown when the file may not be read.</exception>
    public static BenefitSurveyCsvReader Open(string path, LikertScale scale = default)
    {
        var stream = CsvTokenizer.OpenFile(path);
        try
        {
            return new BenefitSurveyCsvReader(new CsvTokenizer(CsvTokenizer.CreateStreamReader(stream), stream, path, ',', skipCommentLines: true), scale);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Reads every rating.</summary>
    /// <returns>The ratings, in file order.</returns>
    /// <exception cref="CsvFormatException">Thrown at the first problem: a wrong header, no answers, a bad field, a benefit rated twice by one respondent.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the reader has already been read; open a new one.</exception>
    /// <exception cref="ObjectDisposedException">Thrown when the reader was disposed.</exception>
    public IReadOnlyList<BenefitRating> ReadAll()
    {
        var state = Start();
        while (_csv.ReadLine())
        {
            state.Add(_csv);
        }

        var ratings = state.Finish(_csv);
        _competitorRatings = state.CompetitorRatings;
        return ratings;
    }

    /// <summary>Reads every rating asynchronously.</summary>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The ratings, in file order.</returns>
    /// <exception cref="CsvFormatException">Thrown at the first problem: a wrong header, no answers, a bad field, a benefit rated twice by one respondent.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the reader has already been read; open a new one.</exception>
    /// <exception cref="ObjectDisposedException">Thrown when the reader was disposed.</exception>
    /// <exception cref="OperationCanceledException">Thrown when <paramref name="cancellationToken"/> is cancelled.</exception>
    public async Task<IReadOnlyList<BenefitRating>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        var state = Start();
        while (await _csv.ReadLineAsync(cancellationToken).ConfigureAwait(false))
        {
            state.Add(_csv);
        }

        var ratings = state.Finish(_csv);
        _competitorRatings = state.CompetitorRatings;
        return ratings;
    }

    /// <summary>Releases the underlying reader or file.</summary>
    public void Dispose() => _csv.Dispose();

    private State Start()
    {
        if (_read)
        {
            throw new InvalidOperationException("This survey reader has already been read; open a new reader to read the survey again.");
        }

        _read = true;
        return new State(_scale);
    }

    /// <summary>What has been read so far.</summary>
    private sealed class State(LikertScale scale)
    {
        private readonly List<BenefitRating> _ratings = [];
        private readonly List<CompetitorRating> _competitorRatings = [];
        private readonly Dictionary<(CustomerId, Benefit), long> _firstLine = [];
        private readonly List<string> _competitors = [];
        private long _headerLine;

        public System.Collections.ObjectModel.ReadOnlyCollection<CompetitorRating> CompetitorRatings => _competitorRatings.AsReadOnly();

        public void Add(CsvTokenizer csv)
        {
            var fields = csv.SplitAll();
            if (_headerLine == 0)
            {
                CheckHeader(csv, fields);
                _headerLine = csv.LineNumber;
                return;
            }

            var expected = ColumnNames.Count + _competitors.Count;
            if (fields.Count != expected)
            {
                var column = fields.Count < expected ? csv.EndColumn : fields[expected].Column;
                throw csv.Error(column, $"expected {expected} fields ({HeaderText}{string.Concat(_competitors.Select(c => "," + CompetitorColumnPrefix + c))}) but the line has {fields.Count}.");
            }

            var respondent = ReadRespondent(csv, fields[0]);
            var benefit = ReadBenefit(csv, fields[1]);
            var importance = ReadScore(csv, fields[2], "importance");
            var performance = ReadScore(csv, fields[3], "performance");
            if (_firstLine.TryGetValue((respondent, benefit), out var earlier))
            {
                throw csv.Error(1, string.Create(CultureInfo.InvariantCulture, $"respondent \"{respondent}\" already rated {benefit} on line {earlier}; give one row per respondent and benefit."));
            }

            _firstLine.Add((respondent, benefit), csv.LineNumber);
            _ratings.Add(new BenefitRating(respondent, benefit, importance, performance));
            for (var c = 0; c < _competitors.Count; c++)
            {
                var field = fields[ColumnNames.Count + c];
                if (field.Text.Trim().Length > 0)
                {
                    var score = ReadScore(csv, field, CompetitorColumnPrefix + _competitors[c]);
                    _competitorRatings.Add(new CompetitorRating(respondent, _competitors[c], benefit, score));
                }
            }
        }

        public System.Collections.ObjectModel.ReadOnlyCollection<BenefitRating> Finish(CsvTokenizer csv)
        {
            if (_headerLine == 0)
            {
                throw new CsvFormatException(csv.Path, 1, 1, $"the file is empty; expected the header {HeaderText}.");
            }

            if (_ratings.Count == 0)
            {
                throw new CsvFormatException(csv.Path, _headerLine + 1, 1, "the file has a header but no answers; expected rows such as s01,confidence,5,4.");
            }

            return _ratings.AsReadOnly();
        }

        private void CheckHeader(CsvTokenizer csv, List<CsvTokenizer.Field> header)
        {
            csv.RejectRepeatedNames(header);
            for (var i = 0; i < ColumnNames.Count; i++)
            {
                if (i >= header.Count)
                {
                    throw csv.Error(csv.EndColumn, $"the header ends before column \"{ColumnNames[i]}\"; expected the header {HeaderText}.");
                }

                if (!string.Equals(header[i].Text, ColumnNames[i], StringComparison.Ordinal))
                {
                    throw csv.Error(header[i].Column, $"expected column \"{ColumnNames[i]}\" but found \"{CsvTokenizer.Excerpt(header[i].Text)}\"; the header must be {HeaderText}.");
                }
            }

            for (var i = ColumnNames.Count; i < header.Count; i++)
            {
                var extra = header[i];
                var name = extra.Text.StartsWith(CompetitorColumnPrefix, StringComparison.Ordinal) ? extra.Text[CompetitorColumnPrefix.Length..].Trim() : null;
                if (name is null)
                {
                    throw csv.Error(extra.Column, $"unexpected column \"{CsvTokenizer.Excerpt(extra.Text)}\"; the header must be {HeaderText}, optionally followed by competitor columns such as {CompetitorColumnPrefix}cityshop.");
                }

                if (name.Length == 0 || name.Length > CompetitorRating.MaxCompetitorLength)
                {
                    throw csv.Error(extra.Column, $"a competitor column must name the competitor in 1 to {CompetitorRating.MaxCompetitorLength} characters after \"{CompetitorColumnPrefix}\"; was \"{CsvTokenizer.Excerpt(extra.Text)}\".");
                }

                if (_competitors.Contains(name, StringComparer.Ordinal))
                {
                    throw csv.Error(extra.Column, $"competitor \"{CsvTokenizer.Excerpt(name)}\" has two columns; give each competitor one column.");
                }

                _competitors.Add(name);
            }
        }

        private static CustomerId ReadRespondent(CsvTokenizer csv, CsvTokenizer.Field field)
        {
            if (field.Text.Trim().Length == 0)
            {
                throw csv.Error(field.Column, "respondent must not be empty.", "respondent");
            }

            if (field.Text.Length > CustomerId.MaxLength)
            {
                throw csv.Error(field.Column, $"respondent must be at most {CustomerId.MaxLength} characters; was {field.Text.Length} characters.", "respondent");
            }

            return new CustomerId(field.Text);
        }

        private static Benefit ReadBenefit(CsvTokenizer csv, CsvTokenizer.Field field)
        {
            foreach (var benefit in Benefit.Standard)
            {
                if (string.Equals(benefit.Name, field.Text, StringComparison.Ordinal))
                {
                    return benefit;
                }
            }

            throw csv.Error(field.Column, $"unknown benefit \"{CsvTokenizer.Excerpt(field.Text)}\"; expected one of {KnownBenefits}.", "benefit");
        }

        private int ReadScore(CsvTokenizer csv, CsvTokenizer.Field field, string column)
        {
            if (!int.TryParse(field.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var score))
            {
                throw csv.Error(field.Column, $"{column} must be a whole number from {scale.Min} to {scale.Max}; was \"{CsvTokenizer.Excerpt(field.Text)}\".", column);
            }

            if (!scale.Contains(score))
            {
                var hint = scale.Points == 5 && LikertScale.SevenPoint.Contains(score) ? " (a 1-7 survey is read with the 7-point scale)" : string.Empty;
                throw csv.Error(field.Column, $"{column} must be in [{scale.Min}, {scale.Max}] on the {scale.Points}-point scale; was {score}{hint}.", column);
            }

            return score;
        }
    }
}
