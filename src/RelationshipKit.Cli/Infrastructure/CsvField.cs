namespace RelationshipKit.Cli.Infrastructure;

/// <summary>One CSV field: its text (unquoted, trimmed) and the 1-based column where it starts.</summary>
internal readonly record struct CsvField(string Text, int Column);
