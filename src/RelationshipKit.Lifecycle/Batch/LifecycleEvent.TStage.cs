using NodaTime;

namespace RelationshipKit.Lifecycle.Batch;

/// <summary>
/// Represents one event for one customer in a batch: start the relationship, or fire a trigger (with its argument
/// for a typed trigger), with the caller's event id, the instant and the audit metadata.
/// </summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>Made by <see cref="LifecycleEvent"/>'s factory methods. The <c>default</c> value is not an event. Immutable and thread-safe.</remarks>
[Immutable]
public readonly struct LifecycleEvent<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly Func<LifecycleDefinition<TStage, TTrigger>, RelationshipState<TStage>, TransitionResult<TStage, TTrigger>>? _typedFire;

    internal LifecycleEvent(
        LifecycleEventKind kind,
        CustomerId customerId,
        TTrigger trigger,
        LifecycleEventId eventId,
        Instant at,
        TransitionMetadata metadata,
        Func<LifecycleDefinition<TStage, TTrigger>, RelationshipState<TStage>, TransitionResult<TStage, TTrigger>>? typedFire)
    {
        Kind = kind;
        CustomerId = customerId;
        Trigger = trigger;
        EventId = eventId;
        At = at;
        Metadata = metadata;
        _typedFire = typedFire;
    }

    /// <summary>Gets what the event asks for.</summary>
    public LifecycleEventKind Kind { get; }

    /// <summary>Gets the customer.</summary>
    public CustomerId CustomerId { get; }

    /// <summary>Gets the trigger (the enum's default value for a start).</summary>
    public TTrigger Trigger { get; }

    /// <summary>Gets the caller's event id.</summary>
    public LifecycleEventId EventId { get; }

    /// <summary>Gets when the event happened.</summary>
    public Instant At { get; }

    /// <summary>Gets who, why and what drove it.</summary>
    public TransitionMetadata Metadata { get; }

    /// <summary>Gets a value indicating whether this is the <c>default</c> value (not an event).</summary>
    public bool IsDefault => EventId.IsDefault;

    /// <summary>Applies the event to a state (the default state for a start).</summary>
    internal TransitionResult<TStage, TTrigger> ApplyTo(LifecycleDefinition<TStage, TTrigger> definition, in RelationshipState<TStage> state) =>
        Kind == LifecycleEventKind.Start
            ? definition.Start(CustomerId, EventId, At, Metadata)
            : _typedFire is not null ? _typedFire(definition, state) : definition.Fire(state, Trigger, EventId, At, Metadata);
}
