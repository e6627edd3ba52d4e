using NodaTime;

namespace RelationshipKit.Lifecycle.Serialization;

/// <summary>The JSON shape of one history entry (schema version 1); hashes and salts are lower-case hexadecimal.</summary>
internal sealed class EntryDocument
{
    public required long Sequence { get; init; }

    public required int Episode { get; init; }

    public required HistoryEntryKind Kind { get; init; }

    public required int DefinitionVersion { get; init; }

    public string? From { get; init; }

    public required string To { get; init; }

    public string? Trigger { get; init; }

    public string? ArgumentSummary { get; init; }

    public required string EventId { get; init; }

    public required Instant At { get; init; }

    public string? Actor { get; init; }

    public string? Reason { get; init; }

    public required ChangeDriver Driver { get; init; }

    public required bool PersonalDataErased { get; init; }

    public string? PersonalDataSalt { get; init; }

    public required string PersonalDataDigest { get; init; }

    public required string PreviousHash { get; init; }

    public required string Hash { get; init; }
}
