using System.Globalization;
using RelationshipKit.Value;

namespace RelationshipKit.Cli.Infrastructure;

/// <summary>
/// Reads a customer-summary CSV (one row per customer or per weighted pattern) and recognises its columns by the
/// names analysts use: <c>frequency</c>/<c>x</c>, <c>recency</c>/<c>t_x</c>, <c>T</c>, <c>periods</c>/<c>n</c>,
/// <c>monetary_value</c>/<c>zbar</c>/<c>m</c>, <c>weights</c>/<c>weight</c>/<c>count</c>, id
/// <c>id</c>/<c>ID</c>/<c>customer_id</c>. Every CSV in the shared datasets reads unchanged. Errors name the
/// file, line and column (1-based, characters).
/// </summary>
internal sealed class SummaryCsv
{
    private static readonly string[] IdNames = ["id", "ID", "customer_id", "Id", "CustomerId", "customerid"];
    private static readonly string[] FrequencyNames = ["frequency", "x"];
    private static readonly string[] RecencyNames = ["recency", "t_x"];
    private static readonly string[] TNames = ["T"];
    private static readonly string[] PeriodNames = ["periods", "n"];
    private static readonly string[] MonetaryNames = ["monetary_value", "zbar", "m"];
    private static readonly string[] WeightNames = ["weights", "weight", "count"];
    private static readonly string[] FrequencyHoldoutNames = ["frequency_holdout"];
    private static readonly string[] DurationHoldoutNames = ["duration_holdout"];

    private SummaryCsv(string path, string[] ids, bool hasIdColumn, double[] frequency, double[] recency, double[] t, double[]? monetary, double[] weights, bool hasWeightColumn, int[] lines, Dictionary<string, int> columnIndex)
    {
        Path = path;
        Ids = ids;
        HasIdColumn = hasIdColumn;
        Frequency = frequency;
        Recency = recency;
        T = t;
        MonetaryValue = monetary;
        Weights = weights;
        HasWeightColumn = hasWeightColumn;
        Lines = lines;
        ColumnIndex = columnIndex;
    }

    /// <summary>Gets the file path as the user gave it.</summary>
    public string Path { get; }

    /// <summary>Gets the row ids: the id column, else the 1-based row number as a string.</summary>
    public string[] Ids { get; }

    /// <summary>Gets a value indicating whether the file has an id column.</summary>
    public bool HasIdColumn { get; }

    /// <summary>Gets the frequencies.</summary>
    public double[] Frequency { get; }

    /// <summary>Gets the recencies (zeros when the file has none, for spend-only input).</summary>
    public double[] Recency { get; }

    /// <summary>Gets T, or the number of periods for discrete data (zeros when absent for spend-only input).</summary>
    public double[] T { get; }

    /// <summary>Gets the monetary values, or null when the file has none.</summary>
    public double[]? MonetaryValue { get; }

    /// <summary>Gets the weights (ones when the file has no weight column).</summary>
    public double[] Weights { get; }

    /// <summary>Gets a value indicating whether the file has a weight column.</summary>
    public bool HasWeightColumn { get; }

    /// <summary>Gets the holdout frequencies (<c>frequency_holdout</c>, as <c>summarize --calibration-end</c> writes them), or null when the file has none.</summary>
    public double[]? FrequencyHoldout { get; private init; }

    /// <summary>Gets the holdout durations (<c>duration_holdout</c>), or null when the file has none.</summary>
    public double[]? DurationHoldout { get; private init; }

    /// <summary>Gets the 1-based file line of each row.</summary>
    public int[] Lines { get; }

    /// <summary>Gets the number of rows.</summary>
    public int Count => Frequency.Length;

    private Dictionary<string, int> ColumnIndex { get; }

    private char Delimiter { get; init; } = ',';

    /// <summary>Reads and validates the shape of a summary file (numbers, columns); the model rules are checked by <see cref="ToRfmTable"/>.</summary>
    public static SummaryCsv Read(string path, SummaryColumns needs, CultureInfo culture)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot read {path}: {ex.Message}", ex);
        }

        var firstLine = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (firstLine < 0)
        {
            throw CliUsageException.AtPosition(path, 1, 1, "the file is empty; expected a header such as frequency,recency,T.");
        }

        var delimiter = DetectDelimiter(lines[firstLine]);

        var header = CsvLine.Split(path, firstLine + 1, lines[firstLine], delimiter).Select(h => h.Text.Trim()).ToArray();
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        int Find(string key, string[] names, bool required)
        {
            for (var i = 0; i < header.Length; i++)
            {
                if (names.Contains(header[i], StringComparer.Ordinal))
                {
                    columns[key] = i;
                    return i;
                }
            }

            if (required)
            {
                throw CliUsageException.AtPosition(path, firstLine + 1, 1, $"the header has no {key} column (accepted names: {string.Join(", ", names)}); found {CsvText.Excerpt(string.Join(",", header))}.");
            }

            return -1;
        }

        var idColumn = Find("id", IdNames, required: false);
        var frequencyColumn = Find("frequency", FrequencyNames, required: true);
        var recencyColumn = Find("recency", RecencyNames, required: needs != SummaryColumns.Spend);
        var tColumn = needs == SummaryColumns.Discrete
            ? (Find("periods", PeriodNames, required: false) is var p and >= 0 ? p : Find("T", TNames, required: false))
            : Find("T", TNames, required: needs == SummaryColumns.Continuous);
        if (needs == SummaryColumns.Discrete && tColumn < 0)
        {
            throw CliUsageException.AtPosition(path, firstLine + 1, 1, $"the header has no periods column (accepted names: {string.Join(", ", PeriodNames)}, T); found {CsvText.Excerpt(string.Join(",", header))}.");
        }

        var monetaryColumn = Find("monetary_value", MonetaryNames, required: needs == SummaryColumns.Spend);
        var weightColumn = Find("weights", WeightNames, required: false);
        var frequencyHoldoutColumn = Find("frequency_holdout", FrequencyHoldoutNames, required: false);
        var durationHoldoutColumn = Find("duration_holdout", DurationHoldoutNames, required: false);

        var ids = new List<string>();
        var frequency = new List<double>();
        var recency = new List<double>();
        var t = new List<double>();
        var monetary = monetaryColumn >= 0 ? new List<double>() : null;
        var weights = new List<double>();
        var frequencyHoldout = frequencyHoldoutColumn >= 0 ? new List<double>() : null;
        var durationHoldout = durationHoldoutColumn >= 0 ? new List<double>() : null;
        var lineNumbers = new List<int>();
        for (var index = firstLine + 1; index < lines.Length; index++)
        {
            var line = lines[index];
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var lineNumber = index + 1;
            var fields = CsvLine.Split(path, lineNumber, line, delimiter);
            if (fields.Count != header.Length)
            {
                throw CliUsageException.AtPosition(path, lineNumber, 1, $"expected {header.Length} fields as in the header; found {fields.Count}.");
            }

            double Number(int column, string name)
            {
                var field = fields[column];
                var text = field.Text.Trim();
                if (!double.TryParse(text, NumberStyles.Float, culture, out var value) || !double.IsFinite(value))
                {
                    throw CliUsageException.AtPosition(path, lineNumber, field.Column, $"{name} must be a number; was \"{text}\".");
                }

                return value;
            }

            lineNumbers.Add(lineNumber);
            ids.Add(idColumn >= 0 ? fields[idColumn].Text.Trim() : lineNumbers.Count.ToString(CultureInfo.InvariantCulture));
            frequency.Add(Number(frequencyColumn, "frequency"));
            recency.Add(recencyColumn >= 0 ? Number(recencyColumn, "recency") : 0);
            t.Add(tColumn >= 0 ? Number(tColumn, needs == SummaryColumns.Discrete ? "periods" : "T") : 0);
            monetary?.Add(Number(monetaryColumn, "monetary_value"));
            weights.Add(weightColumn >= 0 ? Number(weightColumn, "weights") : 1);
            frequencyHoldout?.Add(Number(frequencyHoldoutColumn, "frequency_holdout"));
            durationHoldout?.Add(Number(durationHoldoutColumn, "duration_holdout"));
        }

        if (frequency.Count == 0)
        {
            throw CliUsageException.AtPosition(path, firstLine + 2, 1, "the file has a header but no data rows.");
        }

        return new SummaryCsv(path, [.. ids], idColumn >= 0, [.. frequency], [.. recency], [.. t], monetary is null ? null : [.. monetary], [.. weights], weightColumn >= 0, [.. lineNumbers], columns)
        {
            Delimiter = delimiter,
            HeaderLine = firstLine + 1,
            FrequencyHoldout = frequencyHoldout is null ? null : [.. frequencyHoldout],
            DurationHoldout = durationHoldout is null ? null : [.. durationHoldout],
        };
    }

    /// <summary>Gets the 1-based line of the header (the first non-blank line).</summary>
    public int HeaderLine { get; private init; }

    /// <summary>Builds the validated table; a rule broken by a row is reported at that row's line and column.</summary>
    public RfmTable ToRfmTable(TimeUnit unit)
    {
        try
        {
            return RfmTable.Create(Frequency, Recency, T, unit, Weights, MonetaryValue is null ? default : MonetaryValue.AsSpan());
        }
        catch (DataRowException ex)
        {
            throw AtRow(ex.RowNumber, ex.ColumnName, LibraryErrors.FirstSentence(ex.Message), ex);
        }
    }

    /// <summary>Creates an error at the given 1-based row and column name, with the file's line and character column.</summary>
    public CliUsageException AtRow(int rowNumber, string columnName, string message, Exception? inner = null)
    {
        var line = Lines[rowNumber - 1];
        var key = columnName switch
        {
            "T" => ColumnIndex.ContainsKey("T") ? "T" : "periods",
            "monetary_value" => "monetary_value",
            "weight" => "weights",
            _ => columnName,
        };
        var column = 1;
        if (ColumnIndex.TryGetValue(key, out var fieldIndex))
        {
            var text = File.ReadLines(Path).Skip(line - 1).First();
            var fields = CsvLine.Split(Path, line, text, Delimiter);
            column = fieldIndex < fields.Count ? fields[fieldIndex].Column : 1;
        }

        var error = CliUsageException.AtPosition(Path, line, column, message);
        return inner is null ? error : new CliUsageException(error.Message, inner);
    }

    /// <summary>Chooses the delimiter from the header: comma, else semicolon (decimal-comma exports), else tab.</summary>
    private static char DetectDelimiter(string header) =>
        header.Contains(',', StringComparison.Ordinal) ? ','
        : header.Contains(';', StringComparison.Ordinal) ? ';'
        : header.Contains('\t', StringComparison.Ordinal) ? '\t'
        : ',';
}
