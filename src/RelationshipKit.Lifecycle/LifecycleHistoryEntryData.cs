using System.Collections.Immutable;
using NodaTime;

namespace RelationshipKit.Lifecycle;

/// <summary>
/// Represents a history entry as plain data (stage and trigger names, text, hashes): what a store or a serializer
/// persists, and reads back through <see cref="LifecycleDefinition{TStage, TTrigger}.RestoreEntry"/>.
/// </summary>
/// <remarks>
/// <para>Nothing is checked when the properties are set; <c>RestoreEntry</c> checks the values and the names, and
/// <see cref="LifecycleHistoryEntry{TStage, TTrigger}.CheckIntegrity"/> or <c>Replay</c> checks the hashes.</para>
/// <para>The properties are init-only; this type is immutable once initialised and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class LifecycleHistoryEntryData
{
    /// <summary>Gets the customer id.</summary>
    public required string CustomerId { get; init; }

    /// <summary>Gets the name of the definition that wrote the entry.</summary>
    public required string DefinitionName { get; init; }

    /// <summary>Gets the version of the definition that wrote the entry.</summary>
    public required int DefinitionVersion { get; init; }

    /// <summary>Gets the position in the history (1 for the first entry).</summary>
    public required long Sequence { get; init; }

    /// <summary>Gets the episode.</summary>
    public required int Episode { get; init; }

    /// <summary>Gets the kind of step.</summary>
    public required HistoryEntryKind Kind { get; init; }

    /// <summary>Gets the name of the stage before the step; null for the first entry.</summary>
    public string? From { get; init; }

    /// <summary>Gets the name of the stage after the step.</summary>
    public required string To { get; init; }

    /// <summary>Gets the trigger's name; null for the first entry.</summary>
    public string? Trigger { get; init; }

    /// <summary>Gets the argument summary; null for parameterless triggers.</summary>
    public string? ArgumentSummary { get; init; }

    /// <summary>Gets the event id.</summary>
    public required string EventId { get; init; }

    /// <summary>Gets when the step happened.</summary>
    public required Instant At { get; init; }

    /// <summary>Gets the actor; null when not recorded or erased.</summary>
    public string? Actor { get; init; }

    /// <summary>Gets the reason; null when not recorded or erased.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets what drove the change.</summary>
    public ChangeDriver Driver { get; init; }

    /// <summary>Gets a value indicating whether the personal data was erased.</summary>
    public bool PersonalDataErased { get; init; }

    /// <summary>Gets the personal-data salt; empty when none.</summary>
    public ImmutableArray<byte> PersonalDataSalt { get; init; } = [];

    /// <summary>Gets the personal-data digest.</summary>
    public LifecycleHash PersonalDataDigest { get; init; }

    /// <summary>Gets the previous entry's hash.</summary>
    public LifecycleHash PreviousHash { get; init; }

    /// <summary>Gets the entry's hash.</summary>
    public required LifecycleHash Hash { get; init; }
}
