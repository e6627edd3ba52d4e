using RelationshipKit.Bonds;
using RelationshipKit.Cli.Bonds;
using RelationshipKit.Cli.Infrastructure;

namespace RelationshipKit.Cli.Analysis;

/// <summary>
/// A bond survey read from CSV: a header <c>respondent,dimension,score</c>, then one row per answer, scores in [-1, 1]
/// (see docs/reference/bond-survey-format.md). Reading validates everything and names the line and column of the
/// first problem.
/// </summary>
internal sealed class BondSurvey
{
    /// <summary>The required header fields, in order.</summary>
    public static readonly string[] Header = ["respondent", "dimension", "score"];

    private BondSurvey(IReadOnlyList<string> respondents, IReadOnlyDictionary<string, BondProfile> profiles, IReadOnlyList<(BondDimension Dimension, int Count, double Mean)> dimensions, int answers)
    {
        Respondents = respondents;
        Profiles = profiles;
        Dimensions = dimensions;
        Answers = answers;
    }

    /// <summary>Gets the respondents in order of first appearance.</summary>
    public IReadOnlyList<string> Respondents { get; }

    /// <summary>Gets each respondent's bond profile.</summary>
    public IReadOnlyDictionary<string, BondProfile> Profiles { get; }

    /// <summary>Gets, per dimension answered at least once (in dimension order), the number of answers and their mean.</summary>
    public IReadOnlyList<(BondDimension Dimension, int Count, double Mean)> Dimensions { get; }

    /// <summary>Gets the number of answer rows.</summary>
    public int Answers { get; }

    /// <summary>Gets the profile of per-dimension means.</summary>
    public BondProfile MeanProfile => new(Dimensions.Select(d => new BondScore(d.Dimension, d.Mean)));

    /// <summary>Parses <paramref name="text"/>; <paramref name="file"/> names the input in error messages.</summary>
    /// <exception cref="CliUsageException">Thrown at the first problem, naming file, line and column.</exception>
    public static BondSurvey Parse(string text, string file)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var headerIndex = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (headerIndex < 0)
        {
            throw CliUsageException.AtPosition(file, 1, 1, "the bond survey is empty; expected the header respondent,dimension,score.");
        }

        var header = CsvLine.Split(file, headerIndex + 1, lines[headerIndex]);
        if (header.Count != Header.Length || !header.Select(h => h.Text.Trim()).SequenceEqual(Header, StringComparer.OrdinalIgnoreCase))
        {
            throw CliUsageException.AtPosition(file, headerIndex + 1, 1, $"expected the header respondent,dimension,score; was \"{CsvText.Excerpt(lines[headerIndex].Trim())}\".");
        }

        var respondents = new List<string>();
        var scores = new Dictionary<string, Dictionary<BondDimension, (decimal Score, int Line)>>(StringComparer.Ordinal);
        var answers = 0;
        for (var i = headerIndex + 1; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var fields = CsvLine.Split(file, lineNumber, lines[i]);
            if (fields.Count != Header.Length)
            {
                throw CliUsageException.AtPosition(file, lineNumber, 1, $"expected 3 fields (respondent,dimension,score); found {fields.Count}.");
            }

            var respondent = fields[0].Text.Trim();
            if (respondent.Length == 0)
            {
                throw CliUsageException.AtPosition(file, lineNumber, fields[0].Column, "respondent must not be empty.");
            }

            var dimensionError = BondText.TryDimension(fields[1].Text, out var dimension);
            if (dimensionError is not null)
            {
                throw CliUsageException.AtPosition(file, lineNumber, fields[1].Column, dimensionError);
            }

            var scoreError = BondText.TryScore(fields[2].Text, out var score);
            if (scoreError is not null)
            {
                throw CliUsageException.AtPosition(file, lineNumber, fields[2].Column, scoreError);
            }

            if (!scores.TryGetValue(respondent, out var byDimension))
            {
                byDimension = [];
                scores.Add(respondent, byDimension);
                respondents.Add(respondent);
            }

            if (byDimension.TryGetValue(dimension, out var earlier))
            {
                throw CliUsageException.AtPosition(file, lineNumber, fields[1].Column,
                    $"respondent {respondent} already has a {BondDimensions.Get(dimension).KebabName} score (line {earlier.Line}); give each dimension once per respondent.");
            }

            byDimension.Add(dimension, (score, lineNumber));
            answers++;
        }

        if (answers == 0)
        {
            throw CliUsageException.AtPosition(file, headerIndex + 2, 1, "the bond survey has no answers after the header.");
        }

        var dimensions = new List<(BondDimension, int, double)>();
        foreach (var dimension in Enum.GetValues<BondDimension>())
        {
            var values = scores.Values.Where(s => s.ContainsKey(dimension)).Select(s => s[dimension].Score).ToList();
            if (values.Count > 0)
            {
                // Means in decimal: the scores are decimal text, so 0.7 and 0.9 average to exactly 0.8.
                dimensions.Add((dimension, values.Count, (double)(values.Sum() / values.Count)));
            }
        }

        var profiles = scores.ToDictionary(
            pair => pair.Key,
            pair => new BondProfile(pair.Value.Select(s => new BondScore(s.Key, (double)s.Value.Score))),
            StringComparer.Ordinal);
        return new BondSurvey(respondents, profiles, dimensions, answers);
    }
}
