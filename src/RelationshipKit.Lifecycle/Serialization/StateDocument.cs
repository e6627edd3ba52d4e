using NodaTime;

namespace RelationshipKit.Lifecycle.Serialization;

/// <summary>The JSON shape of a relationship state (schema version 1).</summary>
internal sealed class StateDocument
{
    public required int SchemaVersion { get; init; }

    public required string Kind { get; init; }

    public required string CustomerId { get; init; }

    public required string Definition { get; init; }

    public required int DefinitionVersion { get; init; }

    public required string Stage { get; init; }

    public required long Version { get; init; }

    public required int Episode { get; init; }

    public required Instant EnteredAt { get; init; }

    public required Instant LastTransitionAt { get; init; }

    public required string LastEventId { get; init; }
}
