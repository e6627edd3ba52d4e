using System.Globalization;
using RelationshipKit.Benefits;
using RelationshipKit.Cli.Infrastructure;

namespace RelationshipKit.Cli.Surveys;

/// <summary>
/// Reads a benefit survey: a CSV in long form with the header <c>respondent,benefit,importance,performance</c>, one
/// row per respondent and benefit, benefit names as on the docs site and whole-number Likert scores. Every problem is
/// reported as a <see cref="CliUsageException"/> naming the file, line and column (docs/reference/survey-format.md).
/// </summary>
internal static class BenefitSurveyReader
{
    /// <summary>The column names, in order.</summary>
    public static readonly IReadOnlyList<string> Columns = ["respondent", "benefit", "importance", "performance"];

    private static readonly string HeaderText = string.Join(',', Columns);

    private static readonly string KnownBenefits = string.Join(", ", Benefit.Standard.Select(b => b.Name));

    /// <summary>Reads the survey at <paramref name="path"/>.</summary>
    public static IReadOnlyList<BenefitRating> ReadFile(string path, LikertScale scale)
    {
        try
        {
            using var reader = new StreamReader(path);
            return Read(path, reader, scale);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot read {path}: {ex.Message}", ex);
        }
    }

    /// <summary>Reads a survey from <paramref name="reader"/>; <paramref name="file"/> names it in errors.</summary>
    public static IReadOnlyList<BenefitRating> Read(string file, TextReader reader, LikertScale scale)
    {
        using var records = SurveyCsv.Records(file, reader).GetEnumerator();
        if (!records.MoveNext())
        {
            throw CliUsageException.AtPosition(file, 1, 1, $"the file is empty; expected the header {HeaderText}.");
        }

        var header = records.Current;
        CheckHeader(file, header);
        var ratings = new List<BenefitRating>();
        var firstLine = new Dictionary<(CustomerId, Benefit), long>();
        while (records.MoveNext())
        {
            var record = records.Current;
            CheckFieldCount(file, record);
            var respondent = ReadRespondent(file, record);
            var benefit = ReadBenefit(file, record, record.Fields[1]);
            var importance = ReadScore(file, record, record.Fields[2], "importance", scale);
            var performance = ReadScore(file, record, record.Fields[3], "performance", scale);
            if (firstLine.TryGetValue((respondent, benefit), out var earlier))
            {
                throw CliUsageException.AtPosition(file, record.Line, 1, $"respondent \"{respondent}\" already rated {benefit} on line {earlier}; give one row per respondent and benefit.");
            }

            firstLine.Add((respondent, benefit), record.Line);
            ratings.Add(new BenefitRating(respondent, benefit, importance, performance));
        }

        if (ratings.Count == 0)
        {
            throw CliUsageException.AtPosition(file, header.Line + 1, 1, "the file has a header but no answers; expected rows such as s01,confidence,5,4.");
        }

        return ratings;
    }

    private static void CheckHeader(string file, SurveyCsvRecord header)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (i >= header.Fields.Count)
            {
                throw CliUsageException.AtPosition(file, header.Line, header.Length + 1, $"the header ends before column \"{Columns[i]}\"; expected the header {HeaderText}.");
            }

            var field = header.Fields[i];
            if (!string.Equals(field.Text, Columns[i], StringComparison.Ordinal))
            {
                throw CliUsageException.AtPosition(file, header.Line, field.Column, $"expected column \"{Columns[i]}\" but found \"{CsvText.Excerpt(field.Text)}\"; the header must be {HeaderText}.");
            }
        }

        if (header.Fields.Count > Columns.Count)
        {
            var extra = header.Fields[Columns.Count];
            throw CliUsageException.AtPosition(file, header.Line, extra.Column, $"unexpected column \"{extra.Text}\"; the header must be {HeaderText}.");
        }
    }

    private static void CheckFieldCount(string file, SurveyCsvRecord record)
    {
        if (record.Fields.Count < Columns.Count)
        {
            throw CliUsageException.AtPosition(file, record.Line, record.Length + 1, $"expected {Columns.Count} fields ({HeaderText}) but the line has {record.Fields.Count}.");
        }

        if (record.Fields.Count > Columns.Count)
        {
            throw CliUsageException.AtPosition(file, record.Line, record.Fields[Columns.Count].Column, $"expected {Columns.Count} fields ({HeaderText}) but the line has {record.Fields.Count}.");
        }
    }

    private static CustomerId ReadRespondent(string file, SurveyCsvRecord record)
    {
        var field = record.Fields[0];
        if (field.Text.Length == 0)
        {
            throw CliUsageException.AtPosition(file, record.Line, field.Column, "respondent must not be empty.");
        }

        if (field.Text.Length > CustomerId.MaxLength)
        {
            throw CliUsageException.AtPosition(file, record.Line, field.Column, $"respondent must be at most {CustomerId.MaxLength} characters; was {field.Text.Length} characters.");
        }

        return new CustomerId(field.Text);
    }

    private static Benefit ReadBenefit(string file, SurveyCsvRecord record, CsvField field)
    {
        foreach (var benefit in Benefit.Standard)
        {
            if (string.Equals(benefit.Name, field.Text, StringComparison.Ordinal))
            {
                return benefit;
            }
        }

        throw CliUsageException.AtPosition(file, record.Line, field.Column, $"unknown benefit \"{field.Text}\"; expected one of {KnownBenefits}.");
    }

    private static int ReadScore(string file, SurveyCsvRecord record, CsvField field, string column, LikertScale scale)
    {
        if (!int.TryParse(field.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var score))
        {
            throw CliUsageException.AtPosition(file, record.Line, field.Column, $"{column} must be a whole number from {scale.Min} to {scale.Max}; was \"{field.Text}\".");
        }

        if (!scale.Contains(score))
        {
            var hint = scale.Points == 5 && LikertScale.SevenPoint.Contains(score) ? " (for a 1-7 survey, pass --scale 7)" : string.Empty;
            throw CliUsageException.AtPosition(file, record.Line, field.Column, $"{column} must be in [{scale.Min}, {scale.Max}] on the {scale.Points}-point scale; was {score}{hint}.");
        }

        return score;
    }
}
