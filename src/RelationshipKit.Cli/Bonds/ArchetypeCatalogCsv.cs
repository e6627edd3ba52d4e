using System.Globalization;
using RelationshipKit.Bonds;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Cli.Surveys;

namespace RelationshipKit.Cli.Bonds;

/// <summary>
/// Reads and writes a bond archetype catalogue as CSV in long form: one row per signature term, header
/// <c>archetype,dimension,score</c> plus the optional columns <c>weight</c>, <c>name</c>, <c>description</c> and
/// <c>source</c> in any order (see docs/reference/archetype-catalog-format.md). <c>relationshipkit bonds archetypes
/// --format csv</c> writes Fournier's catalogue in this form, so a user's catalogue can start from it.
/// </summary>
internal static class ArchetypeCatalogCsv
{
    /// <summary>The columns every catalogue has.</summary>
    public static readonly string[] RequiredColumns = ["archetype", "dimension", "score"];

    /// <summary>The columns a catalogue may have.</summary>
    public static readonly string[] OptionalColumns = ["weight", "name", "description", "source"];

    /// <summary>The columns <see cref="Write"/> prints, in order.</summary>
    public static readonly string[] WrittenColumns = ["archetype", "name", "dimension", "score", "weight", "description", "source"];

    private static readonly string KnownColumns = string.Join(", ", RequiredColumns.Concat(OptionalColumns));

    /// <summary>Reads the catalogue file at <paramref name="path"/>.</summary>
    /// <exception cref="CliUsageException">Thrown when the file cannot be read or holds a problem (named by file, line and column).</exception>
    public static BondArchetypeCatalog Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot read {path}: {ex.Message}", ex);
        }

        return Parse(text, path);
    }

    /// <summary>Parses <paramref name="text"/>; <paramref name="file"/> names the input in error messages.</summary>
    /// <exception cref="CliUsageException">Thrown at the first problem, naming file, line and column.</exception>
    public static BondArchetypeCatalog Parse(string text, string file)
    {
        using var reader = new StringReader(text.TrimStart('\uFEFF'));
        using var records = SurveyCsv.Records(file, reader).GetEnumerator();
        if (!records.MoveNext())
        {
            throw CliUsageException.AtPosition(file, 1, 1, $"the archetype catalogue is empty; expected a header with the columns {string.Join(",", RequiredColumns)}.");
        }

        var columns = ReadHeader(file, records.Current);
        var lastLine = records.Current.Line;
        var drafts = new List<Draft>();
        var byId = new Dictionary<string, Draft>(StringComparer.Ordinal);
        while (records.MoveNext())
        {
            var record = records.Current;
            lastLine = record.Line;
            if (record.Fields.Count != columns.Count)
            {
                throw CliUsageException.AtPosition(file, record.Line, 1, $"expected {columns.Count} fields ({string.Join(",", columns.Keys)}); found {record.Fields.Count}.");
            }

            var idField = record.Fields[columns["archetype"]];
            var id = idField.Text.Trim();
            if (id.Length == 0)
            {
                throw CliUsageException.AtPosition(file, record.Line, idField.Column, "archetype must not be empty.");
            }

            if (!byId.TryGetValue(id, out var draft))
            {
                draft = new Draft(id, record.Line, idField.Column);
                byId.Add(id, draft);
                drafts.Add(draft);
            }

            draft.AddTerm(file, record, columns);
            foreach (var attribute in new[] { "name", "description", "source" })
            {
                if (columns.TryGetValue(attribute, out var index))
                {
                    draft.SetAttribute(file, record.Line, attribute, record.Fields[index]);
                }
            }
        }

        if (drafts.Count == 0)
        {
            throw CliUsageException.AtPosition(file, lastLine + 1, 1, "the archetype catalogue has no rows after the header.");
        }

        return new BondArchetypeCatalog(drafts.Select(d => d.Build(file)));
    }

    /// <summary>Writes <paramref name="catalog"/> in the long form that <see cref="Parse"/> reads back.</summary>
    public static string Write(BondArchetypeCatalog catalog) =>
        CsvText.Write(
            WrittenColumns,
            catalog.Archetypes.SelectMany(archetype => archetype.Signature.Select(target => (IReadOnlyList<string>)
            [
                archetype.Id,
                archetype.DisplayName,
                BondDimensions.Get(target.Dimension).KebabName,
                CsvText.Number(target.Score),
                CsvText.Number(target.Weight),
                archetype.Description,
                archetype.Source,
            ])));

    private static Dictionary<string, int> ReadHeader(string file, SurveyCsvRecord header)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var field = header.Fields[i];
            var name = field.Text.Trim().ToLowerInvariant();
            if (!RequiredColumns.Contains(name) && !OptionalColumns.Contains(name))
            {
                throw CliUsageException.AtPosition(file, header.Line, field.Column, $"unknown column \"{CsvText.Excerpt(field.Text.Trim())}\"; the columns are {KnownColumns}.");
            }

            if (!columns.TryAdd(name, i))
            {
                throw CliUsageException.AtPosition(file, header.Line, field.Column, $"column {name} appears twice in the header.");
            }
        }

        var missing = RequiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw CliUsageException.AtPosition(file, header.Line, 1,
                $"the header must have the columns {string.Join(",", RequiredColumns)}; {string.Join(", ", missing)} {(missing.Count == 1 ? "is" : "are")} missing.");
        }

        return columns;
    }

    /// <summary>An archetype being read: its terms and attributes, with the lines they came from.</summary>
    private sealed class Draft(string id, long line, int column)
    {
        private readonly List<BondTarget> _terms = [];
        private readonly Dictionary<BondDimension, long> _termLines = [];
        private readonly Dictionary<string, (string Value, long Line)> _attributes = new(StringComparer.Ordinal);

        public void AddTerm(string file, SurveyCsvRecord record, Dictionary<string, int> columns)
        {
            var dimensionField = record.Fields[columns["dimension"]];
            var dimensionError = BondText.TryDimension(dimensionField.Text, out var dimension);
            if (dimensionError is not null)
            {
                throw CliUsageException.AtPosition(file, record.Line, dimensionField.Column, dimensionError);
            }

            if (_termLines.TryGetValue(dimension, out var earlier))
            {
                throw CliUsageException.AtPosition(file, record.Line, dimensionField.Column,
                    $"archetype {id} already has a term on {BondDimensions.Get(dimension).KebabName} (line {earlier}); give each dimension once per archetype.");
            }

            var scoreField = record.Fields[columns["score"]];
            var scoreError = BondText.TryScore(scoreField.Text, out var score);
            if (scoreError is not null)
            {
                throw CliUsageException.AtPosition(file, record.Line, scoreField.Column, scoreError);
            }

            var weight = 1.0;
            if (columns.TryGetValue("weight", out var weightIndex) && record.Fields[weightIndex].Text.Trim().Length > 0)
            {
                var weightField = record.Fields[weightIndex];
                var weightText = weightField.Text.Trim();
                if (!double.TryParse(weightText, NumberStyles.Float, CultureInfo.InvariantCulture, out weight) || !double.IsFinite(weight))
                {
                    throw CliUsageException.AtPosition(file, record.Line, weightField.Column, $"weight must be a number; was \"{weightText}\".");
                }

                if (!(weight > 0 && weight <= BondTarget.MaxWeight))
                {
                    throw CliUsageException.AtPosition(file, record.Line, weightField.Column,
                        $"weight must be in (0, {BondTarget.MaxWeight.ToString(CultureInfo.InvariantCulture)}]; was {weightText}.");
                }
            }

            _terms.Add(new BondTarget(dimension, (double)score, weight));
            _termLines.Add(dimension, record.Line);
        }

        public void SetAttribute(string file, long lineNumber, string attribute, CsvField field)
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
                    throw CliUsageException.AtPosition(file, lineNumber, field.Column,
                        $"archetype {id} has the {attribute} \"{earlier.Value}\" on line {earlier.Line}; a second {attribute} \"{value}\" is not allowed (leave the field empty or repeat it exactly).");
                }

                return;
            }

            _attributes.Add(attribute, (value, lineNumber));
        }

        public BondArchetype Build(string file)
        {
            var name = _attributes.TryGetValue("name", out var n) ? n.Value : DisplayNameOf(id);
            var description = _attributes.TryGetValue("description", out var d) ? d.Value : string.Empty;
            var source = _attributes.TryGetValue("source", out var s) ? s.Value : string.Empty;
            try
            {
                return new BondArchetype(id, name, description, _terms, source);
            }
            catch (ArgumentException ex)
            {
                // The library states the rule (for example kebab-case identifiers); the position is the archetype's first row.
                throw CliUsageException.AtPosition(file, line, column, LibraryErrors.FirstSentence(ex.Message));
            }
        }

        /// <summary>Turns <c>committed-partnership</c> into <c>Committed partnership</c>.</summary>
        private static string DisplayNameOf(string id)
        {
            var words = id.Replace('-', ' ');
            return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
        }
    }
}
