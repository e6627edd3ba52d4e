using NodaTime;

namespace RelationshipKit.Lifecycle.Batch;

/// <summary>Creates <see cref="LifecycleEvent{TStage, TTrigger}"/> values.</summary>
public static class LifecycleEvent
{
    /// <summary>Creates an event that starts a customer's relationship.</summary>
    /// <typeparam name="TStage">The stage enum.</typeparam>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <param name="customerId">The customer.</param>
    /// <param name="eventId">The caller's event id.</param>
    /// <param name="at">When the relationship started.</param>
    /// <param name="metadata">Who, why and what drove it.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="customerId"/> or <paramref name="eventId"/> is the default value.</exception>
    public static LifecycleEvent<TStage, TTrigger> Start<TStage, TTrigger>(CustomerId customerId, LifecycleEventId eventId, Instant at, TransitionMetadata metadata = default)
        where TStage : struct, Enum
        where TTrigger : struct, Enum
    {
        Check(customerId, eventId);
        return new(LifecycleEventKind.Start, customerId, default, eventId, at, metadata, null);
    }

    /// <summary>Creates an event that fires a parameterless trigger.</summary>
    /// <typeparam name="TStage">The stage enum.</typeparam>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <param name="customerId">The customer.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="eventId">The caller's event id.</param>
    /// <param name="at">When the event happened.</param>
    /// <param name="metadata">Who, why and what drove it.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="customerId"/> or <paramref name="eventId"/> is the default value.</exception>
    public static LifecycleEvent<TStage, TTrigger> Fire<TStage, TTrigger>(CustomerId customerId, TTrigger trigger, LifecycleEventId eventId, Instant at, TransitionMetadata metadata = default)
        where TStage : struct, Enum
        where TTrigger : struct, Enum
    {
        Check(customerId, eventId);
        return new(LifecycleEventKind.Fire, customerId, trigger, eventId, at, metadata, null);
    }

    /// <summary>Creates an event that fires a trigger carrying an argument.</summary>
    /// <typeparam name="TStage">The stage enum.</typeparam>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <typeparam name="TArg">The argument type.</typeparam>
    /// <param name="customerId">The customer.</param>
    /// <param name="trigger">The trigger's token.</param>
    /// <param name="argument">The argument.</param>
    /// <param name="eventId">The caller's event id.</param>
    /// <param name="at">When the event happened.</param>
    /// <param name="metadata">Who, why and what drove it.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="trigger"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="customerId"/> or <paramref name="eventId"/> is the default value.</exception>
    public static LifecycleEvent<TStage, TTrigger> Fire<TStage, TTrigger, TArg>(
        CustomerId customerId, TypedTrigger<TTrigger, TArg> trigger, TArg argument, LifecycleEventId eventId, Instant at, TransitionMetadata metadata = default)
        where TStage : struct, Enum
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(trigger);
        Check(customerId, eventId);
        return new(LifecycleEventKind.Fire, customerId, trigger.Trigger, eventId, at, metadata,
            (definition, state) => definition.Fire(state, trigger, argument, eventId, at, metadata));
    }

    private static void Check(CustomerId customerId, LifecycleEventId eventId)
    {
        if (customerId.IsDefault)
        {
            throw new ArgumentException("customerId must not be the default (unset) id.", nameof(customerId));
        }

        if (eventId.IsDefault)
        {
            throw new ArgumentException("eventId must not be the default (unset) id.", nameof(eventId));
        }
    }
}
