using NodaTime;

namespace RelationshipKit.Lifecycle.Storage;

/// <summary>
/// The argument checks of <see cref="ILifecycleStore{TStage, TTrigger}"/> shared by every store in this repository
/// (in memory, SQLite, PostgreSQL), with the messages the store contract of RelationshipKit.Testing expects. A store of
/// your own calls them first in each method to reject bad arguments the same way.
/// </summary>
public static class LifecycleStoreArguments
{
    /// <summary>Throws when <paramref name="customerId"/> is the default (unset) id.</summary>
    /// <param name="customerId">The customer id passed to the store.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="customerId"/> is the default value.</exception>
    public static void CheckCustomer(CustomerId customerId)
    {
        if (customerId.IsDefault)
        {
            throw new ArgumentException("customerId must not be the default (unset) id.", nameof(customerId));
        }
    }

    /// <summary>Throws when <paramref name="eventId"/> is the default (unset) id.</summary>
    /// <param name="eventId">The event id passed to the store.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="eventId"/> is the default value.</exception>
    public static void CheckEvent(LifecycleEventId eventId)
    {
        if (eventId.IsDefault)
        {
            throw new ArgumentException("eventId must not be the default (unset) id.", nameof(eventId));
        }
    }

    /// <summary>Throws when <paramref name="write"/> is the default value rather than a write made from an accepted transition.</summary>
    /// <typeparam name="TStage">The stage enum.</typeparam>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <param name="write">The write passed to the store.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="write"/> is the default value.</exception>
    public static void CheckWrite<TStage, TTrigger>(LifecycleWrite<TStage, TTrigger> write)
        where TStage : struct, Enum
        where TTrigger : struct, Enum =>
        CheckWrite(write, nameof(write));

    /// <summary>Throws when <paramref name="writes"/> is null or one of its writes is the default value (named by its index).</summary>
    /// <typeparam name="TStage">The stage enum.</typeparam>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <param name="writes">The batch passed to the store.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="writes"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when a write is the default value.</exception>
    public static void CheckWrites<TStage, TTrigger>(IReadOnlyList<LifecycleWrite<TStage, TTrigger>> writes)
        where TStage : struct, Enum
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(writes);
        for (var i = 0; i < writes.Count; i++)
        {
            CheckWrite(writes[i], $"writes[{i}]");
        }
    }

    /// <summary>Throws when the arguments of <see cref="ILifecycleStore{TStage, TTrigger}.GetInStageLongerThanAsync"/> are bad.</summary>
    /// <typeparam name="TStage">The stage enum.</typeparam>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <param name="definition">The store's definition.</param>
    /// <param name="stage">The stage asked about.</param>
    /// <param name="duration">The least time in the stage.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="definition"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="stage"/> is not configured in <paramref name="definition"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="duration"/> is negative.</exception>
    public static void CheckStageQuery<TStage, TTrigger>(LifecycleDefinition<TStage, TTrigger> definition, TStage stage, Duration duration)
        where TStage : struct, Enum
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (!definition.Stages.Contains(stage))
        {
            throw new ArgumentException($"stage must be configured in \"{definition.Name}\"; was {definition.NameOf(stage)}.", nameof(stage));
        }

        if (duration < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, $"duration must be zero or more; was {duration}.");
        }
    }

    private static void CheckWrite<TStage, TTrigger>(LifecycleWrite<TStage, TTrigger> write, string paramName)
        where TStage : struct, Enum
        where TTrigger : struct, Enum
    {
        if (write.IsDefault)
        {
            throw new ArgumentException($"{paramName} must be a write made from an accepted transition; was the default value.", paramName);
        }
    }
}
