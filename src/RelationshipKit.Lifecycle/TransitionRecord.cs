using NodaTime;

namespace RelationshipKit.Lifecycle;

/// <summary>
/// Represents the history entry that an accepted transition asks the caller to append: from, to, trigger, argument
/// summary, event id, instant, actor, reason and driver. A store turns it into a hash-chained
/// <see cref="LifecycleHistoryEntry{TStage, TTrigger}"/> when it writes it.
/// </summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>
/// <para>The <c>default</c> value is "no record" (<see cref="IsDefault"/>), carried by rejected and duplicate results.</para>
/// <para>This type is immutable and thread-safe; copying it copies references only.</para>
/// </remarks>
[Immutable]
public readonly struct TransitionRecord<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    internal TransitionRecord(
        CustomerId customerId,
        string definitionName,
        int definitionVersion,
        long sequence,
        int episode,
        HistoryEntryKind kind,
        TStage? from,
        TStage to,
        TTrigger? trigger,
        string? argumentSummary,
        LifecycleEventId eventId,
        Instant at,
        TransitionMetadata metadata)
    {
        CustomerId = customerId;
        DefinitionName = definitionName;
        DefinitionVersion = definitionVersion;
        Sequence = sequence;
        Episode = episode;
        Kind = kind;
        From = from;
        To = to;
        Trigger = trigger;
        ArgumentSummary = argumentSummary;
        EventId = eventId;
        At = at;
        Metadata = metadata;
    }

    /// <summary>Gets the customer.</summary>
    public CustomerId CustomerId { get; }

    /// <summary>Gets the name of the definition that accepted the transition; null for the <c>default</c> value.</summary>
    public string? DefinitionName { get; }

    /// <summary>Gets the version of the definition that accepted the transition.</summary>
    public int DefinitionVersion { get; }

    /// <summary>Gets the position of the entry in the history (1 for the first), equal to the new state's version.</summary>
    public long Sequence { get; }

    /// <summary>Gets the episode of the relationship after the step (a win-back starts a new one).</summary>
    public int Episode { get; }

    /// <summary>Gets what kind of step this is.</summary>
    public HistoryEntryKind Kind { get; }

    /// <summary>Gets the stage before the step; null for <see cref="HistoryEntryKind.Started"/> and <see cref="HistoryEntryKind.Imported"/>.</summary>
    public TStage? From { get; }

    /// <summary>Gets the stage after the step.</summary>
    public TStage To { get; }

    /// <summary>Gets the trigger; null for <see cref="HistoryEntryKind.Started"/> and <see cref="HistoryEntryKind.Imported"/>.</summary>
    public TTrigger? Trigger { get; }

    /// <summary>Gets a short text of the trigger's argument (null for parameterless triggers).</summary>
    public string? ArgumentSummary { get; }

    /// <summary>Gets the caller's event id.</summary>
    public LifecycleEventId EventId { get; }

    /// <summary>Gets when the step happened.</summary>
    public Instant At { get; }

    /// <summary>Gets who moved the relationship, why and what drove it.</summary>
    public TransitionMetadata Metadata { get; }

    /// <summary>Gets a value indicating whether this is the <c>default</c> value ("no record").</summary>
    public bool IsDefault => DefinitionName is null;
}
