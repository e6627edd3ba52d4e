using RelationshipKit.Cli.Infrastructure;

namespace RelationshipKit.Cli.Surveys;

/// <summary>One CSV line: its 1-based number, its length in characters and its fields.</summary>
internal sealed class SurveyCsvRecord(long line, int length, IReadOnlyList<CsvField> fields)
{
    /// <summary>Gets the 1-based line number.</summary>
    public long Line { get; } = line;

    /// <summary>Gets the length of the line in characters (the column after it is <c>Length + 1</c>).</summary>
    public int Length { get; } = length;

    /// <summary>Gets the fields in order.</summary>
    public IReadOnlyList<CsvField> Fields { get; } = fields;
}
