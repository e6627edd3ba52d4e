using NodaTime;

namespace RelationshipKit.Lifecycle;

/// <summary>
/// Represents a relationship state as plain data (the stage by name): what a store or a serializer persists, and
/// reads back through <see cref="LifecycleDefinition{TStage, TTrigger}.RestoreState"/>, which applies the definition's
/// declared migrations.
/// </summary>
/// <remarks>Nothing is checked when the properties are set; <c>RestoreState</c> checks everything. The properties are
/// init-only; this type is immutable once initialised and thread-safe.</remarks>
[Immutable]
public sealed class RelationshipStateData
{
    /// <summary>Gets the customer id.</summary>
    public required string CustomerId { get; init; }

    /// <summary>Gets the name of the definition that wrote the state.</summary>
    public required string DefinitionName { get; init; }

    /// <summary>Gets the version of the definition that wrote the state.</summary>
    public required int DefinitionVersion { get; init; }

    /// <summary>Gets the stage's name as written.</summary>
    public required string Stage { get; init; }

    /// <summary>Gets the number of history entries.</summary>
    public required long Version { get; init; }

    /// <summary>Gets the episode.</summary>
    public required int Episode { get; init; }

    /// <summary>Gets when the relationship entered the stage.</summary>
    public required Instant EnteredAt { get; init; }

    /// <summary>Gets when the last history entry was recorded.</summary>
    public required Instant LastTransitionAt { get; init; }

    /// <summary>Gets the event id of the last history entry.</summary>
    public required string LastEventId { get; init; }
}
