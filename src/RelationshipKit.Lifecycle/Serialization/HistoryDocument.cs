namespace RelationshipKit.Lifecycle.Serialization;

/// <summary>The JSON shape of a lifecycle history (schema version 1).</summary>
internal sealed class HistoryDocument
{
    public required int SchemaVersion { get; init; }

    public required string Kind { get; init; }

    public string? CustomerId { get; init; }

    public string? Definition { get; init; }

    public required List<EntryDocument> Entries { get; init; }
}
